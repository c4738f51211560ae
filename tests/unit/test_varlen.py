"""Variable-length attention over padding-free rows (lorasmith/fast/varlen.py) on the CPU, where it runs SDPA once per
example. DENSE_MAX is set so that these short rows take it. The kernel itself (flash, CUDA only) is compared
with the same reference in tests/gpu/test_gpu_varlen.py."""

import pytest
import torch

from lorasmith.fast import varlen
from tests.conftest import lora_model

LENGTHS = (40, 70, 25)


def _packed_batch(with_boundaries: bool):
    torch.manual_seed(3)
    t = sum(LENGTHS)
    ids = torch.randint(3, 200, (1, t))
    pos = torch.cat([torch.arange(n) for n in LENGTHS])[None]
    labels = ids.clone()
    labels[pos == 0] = -100
    batch = dict(input_ids=ids, labels=labels, position_ids=pos)
    if with_boundaries:  # as TRL's padding-free collator hands them over
        cu = torch.tensor([0, *torch.tensor(LENGTHS).cumsum(0).tolist()], dtype=torch.int32)
        batch.update(cu_seq_lens_q=cu, cu_seq_lens_k=cu, max_length_q=max(LENGTHS), max_length_k=max(LENGTHS))
    return batch


def _loss_and_grads(model, batch):
    model.zero_grad(set_to_none=True)
    loss = model(**batch).loss
    loss.backward()
    return loss.detach(), {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}


def _models(tiny_model_dir, tiny_data_dir, tmp_path):
    kw = {"lora.dropout": 0.0}
    plain = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "a", **{"train.fast": "off", **kw})
    ours = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "b", **{"train.fast": "on", **kw})
    assert plain.config._attn_implementation == "sdpa"
    assert ours.config._attn_implementation == varlen.NAME
    plain.train(), ours.train()
    return plain, ours


@pytest.mark.parametrize("given", ["collator boundaries", "position ids"])
def test_long_packed_row_gives_the_block_masked_loss_and_gradients(tiny_model_dir, tiny_data_dir, tmp_path,
                                                                   one_torch_thread, long_rows, given):
    """Against transformers' own SDPA with its block-diagonal mask built from the position ids."""
    plain, ours = _models(tiny_model_dir, tiny_data_dir, tmp_path)
    calls = []
    real = varlen.varlen
    spy = lambda q, k, v, cu, longest, scale: calls.append(cu.tolist()) or real(q, k, v, cu, longest, scale)  # noqa: E731
    varlen.varlen = spy
    try:
        ours_loss, ours_grads = _loss_and_grads(ours, _packed_batch(given == "collator boundaries"))
    finally:
        varlen.varlen = real
    plain_loss, plain_grads = _loss_and_grads(plain, _packed_batch(False))
    assert calls and all(c == [0, 40, 110, 135] for c in calls)  # every layer went by the examples' boundaries
    assert torch.allclose(ours_loss, plain_loss, rtol=1e-5), (ours_loss, plain_loss)
    assert len(ours_grads) == len(plain_grads) > 0
    for n, g in plain_grads.items():
        assert torch.allclose(ours_grads[n], g, atol=1e-5, rtol=1e-4), n


def test_wrong_boundaries_change_the_loss(tiny_model_dir, tiny_data_dir, tmp_path, one_torch_thread, long_rows):
    """The boundaries are what keeps the examples apart: one long example instead of three is a different loss."""
    _, ours = _models(tiny_model_dir, tiny_data_dir, tmp_path)
    right = _packed_batch(True)
    wrong = dict(right, cu_seq_lens_q=torch.tensor([0, sum(LENGTHS)], dtype=torch.int32), max_length_q=sum(LENGTHS))
    with torch.no_grad():
        assert not torch.allclose(ours(**right).loss, ours(**wrong).loss, rtol=1e-3)
        bad = dict(right, cu_seq_lens_q=torch.tensor([0, 40, 99], dtype=torch.int32))
        with pytest.raises(ValueError, match="ends at 99"):
            ours(**bad)


def test_short_rows_padded_batches_and_caches_keep_sdpa_and_its_mask(long_rows):
    """Only a long single row without padding goes by boundaries; everything else gets SDPA's own mask."""
    from transformers.masking_utils import causal_mask_function, sdpa_mask

    kw = dict(mask_function=causal_mask_function, allow_is_causal_skip=False)
    assert varlen.mask(1, 100, 100, **kw) is None
    for b, q, k, pad in ((1, 10, 10, None), (2, 100, 100, None), (1, 100, 100, torch.ones(1, 100, dtype=torch.bool)),
                         (1, 1, 100, None)):
        got, want = varlen.mask(b, q, k, attention_mask=pad, **kw), sdpa_mask(b, q, k, attention_mask=pad, **kw)
        assert got is not None and torch.equal(got, want)


def test_reference_keeps_grouped_heads_apart_per_example():
    """The per-example reference against one dense SDPA call with an explicit block-diagonal causal mask."""
    torch.manual_seed(0)
    t, h, hk, d = 60, 8, 2, 16
    q, k, v = torch.randn(t, h, d), torch.randn(t, hk, d), torch.randn(t, hk, d)
    cu = torch.tensor([0, 10, 45, 60], dtype=torch.int32)
    doc = torch.repeat_interleave(torch.arange(3), cu.diff())
    allowed = (doc[:, None] == doc[None, :]) & torch.ones(t, t, dtype=torch.bool).tril()
    dense = torch.nn.functional.scaled_dot_product_attention(
        q.transpose(0, 1), k.repeat_interleave(h // hk, 1).transpose(0, 1),
        v.repeat_interleave(h // hk, 1).transpose(0, 1), attn_mask=allowed, scale=0.3).transpose(0, 1)
    assert torch.allclose(varlen.reference(q, k, v, cu, 0.3), dense, atol=1e-5)


def test_attention_dropout_on_a_long_row_is_refused_not_mixed(long_rows):
    """Without its mask, SDPA would let the packed examples see each other: refuse instead."""
    q = k = v = torch.randn(1, 2, 40, 8)
    module = torch.nn.Module()
    from lorasmith.errors import UserError

    with pytest.raises(UserError, match="train.fast=off"):
        varlen.attention(module, q, k, v, None, dropout=0.1)
    out, _ = varlen.attention(module, q, k, v, None)
    assert out.shape == (1, 40, 2, 8)


def test_the_kernel_is_chosen_only_where_it_runs():
    """On CUDA the flash kernel takes half precision only: float32 rows keep SDPA and its mask there."""
    assert varlen._kernel_takes(torch.device("cuda"), torch.bfloat16)
    assert varlen._kernel_takes("cuda:0", torch.float16)
    assert not varlen._kernel_takes(torch.device("cuda"), torch.float32)
    assert varlen._kernel_takes(torch.device("cpu"), torch.float32)  # the per-example reference
    assert varlen._kernel_takes(None, None)
