"""RowCollator (fast/collate.py) gives TRL's padding-free batch: same keys, values, dtypes and shapes."""

import random

import pytest
import torch
from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

from lorasmith.fast.collate import RowCollator, install


def _examples(n, seed, labels=True, extra=False):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        ids = [rng.randrange(3, 32000) for _ in range(rng.randrange(1, 40))]
        e = {"input_ids": ids}
        if labels:
            cut = rng.randrange(0, len(ids) + 1)
            e["labels"] = [-100] * cut + ids[cut:]
        if extra:
            e["completion_mask"] = [1] * len(ids)
        out.append(e)
    return out


def _same(a, b):
    assert a.keys() == b.keys()
    for key in a:
        x, y = a[key], b[key]
        if isinstance(x, torch.Tensor):
            assert x.dtype == y.dtype and x.shape == y.shape and torch.equal(x, y), key
        else:
            assert type(x) is type(y) and x == y, key


@pytest.mark.parametrize("n,labels,extra", [(1, True, False), (4, True, False), (7, False, False), (4, True, True)])
def test_same_batch_as_trls_padding_free_collator(n, labels, extra):
    trl = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True)
    ours = RowCollator.like(trl)
    for seed in range(5):
        ex = _examples(n, seed, labels, extra)
        _same(ours(ex), trl(ex))


def test_one_token_examples_and_cases_it_hands_to_trl():
    trl = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True)
    ours = RowCollator.like(trl)
    single = [{"input_ids": [5], "labels": [5]}, {"input_ids": [6, 7], "labels": [-100, 7]}]
    _same(ours(single), trl(single))
    packed = [{"input_ids": [1, 2, 3, 4], "seq_lengths": [2, 2]}]  # packed rows keep TRL's path
    _same(ours(packed), trl(packed))
    multiple = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True, pad_to_multiple_of=8)
    _same(RowCollator.like(multiple)(_examples(3, 1)), multiple(_examples(3, 1)))
    padded = DataCollatorForLanguageModeling(pad_token_id=0)
    _same(RowCollator.like(padded)(_examples(3, 2)), padded(_examples(3, 2)))


def test_install_takes_only_trls_padding_free_collator():
    class T:
        data_collator = DataCollatorForLanguageModeling(pad_token_id=2, padding_free=True)

    assert install(T) and type(T.data_collator) is RowCollator and T.data_collator.pad_token_id == 2
    T.data_collator = DataCollatorForLanguageModeling(pad_token_id=2)
    assert not install(T) and type(T.data_collator) is DataCollatorForLanguageModeling
