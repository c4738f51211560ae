"""TRL's padding-free collator, computed with numpy: the same batch in a tenth of the host time.

TRL's `DataCollatorForLanguageModeling(padding_free=True)` builds a step's single row from Python lists with about
twenty small torch calls: a tensor per example and per field, then padding, a boolean write, and a
`repeat_interleave` for the examples' indices. On the CPU of the H200 machine that was ~3.7 ms of a reference step
whose GPU work is ~27 ms (bench/host_probe.py), and the host bounded the step. `RowCollator` is that collator
(a subclass, built from the instance SFTTrainer made, so the pad token and options are SFTTrainer's) whose call
builds the same tensors from one flat numpy array per field. Batches it does not cover (packed rows with their
`seq_lengths`, padding to a multiple, padded rather than padding-free batches, an empty example) go to TRL's own.
test_collate.py checks key for key, dtype for dtype, that the two give the same batch.
"""

from __future__ import annotations

import dataclasses
from itertools import chain

import numpy as np
import torch
from trl.trainer.sft_trainer import DataCollatorForLanguageModeling


class RowCollator(DataCollatorForLanguageModeling):
    @classmethod
    def like(cls, collator: DataCollatorForLanguageModeling) -> "RowCollator":
        return cls(**{f.name: getattr(collator, f.name) for f in dataclasses.fields(collator)})

    def torch_call(self, examples):
        if (not self.padding_free or self.pad_to_multiple_of or not examples or "seq_lengths" in examples[0]
                or any(("labels" in e) != ("labels" in examples[0]) for e in examples)):
            return super().torch_call(examples)
        lengths = np.fromiter((len(e["input_ids"]) for e in examples), dtype=np.int64, count=len(examples))
        if not lengths.all():  # an empty example has no start: TRL's boundaries skip it
            return super().torch_call(examples)
        total = int(lengths.sum())
        ids = _flat(examples, "input_ids", total)
        labels = _flat(examples, "labels", total) if "labels" in examples[0] else ids.copy()
        starts = np.zeros(len(examples) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        positions = np.arange(total, dtype=np.int64) - np.repeat(starts[:-1], lengths)
        labels[starts[:-1]] = -100  # the first token of an example has nothing before it in its example
        cu = torch.from_numpy(starts.astype(np.int32))
        longest = int(lengths.max())
        return {
            "input_ids": torch.from_numpy(ids)[None],
            "labels": torch.from_numpy(labels)[None],
            "position_ids": torch.from_numpy(positions)[None],
            "cu_seq_lens_q": cu, "cu_seq_lens_k": cu,
            "max_length_q": longest, "max_length_k": longest,
            "seq_idx": torch.from_numpy(np.repeat(np.arange(len(examples), dtype=np.int32), lengths))[None],
        }


def _flat(examples, key: str, total: int) -> np.ndarray:
    return np.fromiter(chain.from_iterable(e[key] for e in examples), dtype=np.int64, count=total)


def install(trainer) -> bool:
    """Give `trainer` the RowCollator equivalent of the collator SFTTrainer made, when that is TRL's language-modeling
    collator in padding-free mode."""
    collator = trainer.data_collator
    if type(collator) is not DataCollatorForLanguageModeling or not collator.padding_free:
        return False
    trainer.data_collator = RowCollator.like(collator)
    return True
