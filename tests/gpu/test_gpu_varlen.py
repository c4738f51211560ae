"""The variable-length flash attention kernel on CUDA against the per-example reference, and a long packed row
through the model against the dense block mask (skipped without CUDA)."""

import pytest
import torch

from lorasmith import fast
from lorasmith.fast import varlen
from tests.conftest import lora_model

pytestmark = pytest.mark.gpu


def _rel(a, b):
    return ((a.float() - b.float()).norm() / b.float().norm()).item()


@pytest.mark.parametrize("lengths", [(1, 300, 5000, 77, 1200), (4096,)])
def test_flash_varlen_matches_the_reference_forward_and_backward(lengths):
    torch.manual_seed(0)
    t, h, hk, d = sum(lengths), 32, 4, 64
    q, k, v = (torch.randn(t, n, d, device="cuda", dtype=torch.bfloat16, requires_grad=True) for n in (h, hk, hk))
    cu = torch.tensor([0, *torch.tensor(lengths).cumsum(0).tolist()], dtype=torch.int32, device="cuda")
    dout = torch.randn(t, h, d, device="cuda", dtype=torch.bfloat16)
    out = varlen.FlashVarlen.apply(q, k, v, cu, max(lengths), d ** -0.5)
    grads = torch.autograd.grad(out, (q, k, v), dout)
    q32, k32, v32 = (x.detach().float().requires_grad_() for x in (q, k, v))
    ref = varlen.reference(q32, k32, v32, cu, d ** -0.5)
    ref_grads = torch.autograd.grad(ref, (q32, k32, v32), dout.float())
    assert _rel(out, ref) < 0.01
    for g, r in zip(grads, ref_grads):
        assert _rel(g, r) < 0.02


def test_long_packed_row_through_the_model_matches_the_dense_mask(tiny_model_dir, tiny_data_dir, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(fast, "graph_layers", lambda model, p: None)  # eager on both sides
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{
        "train.fast": "on", "lora.dropout": 0.0, "model.compute_dtype": "bfloat16"})
    assert model.config._attn_implementation == varlen.NAME
    model.train()
    torch.manual_seed(3)
    lengths = (40, 300, 25, 500)
    ids = torch.randint(3, 200, (1, sum(lengths)), device="cuda")
    pos = torch.cat([torch.arange(n) for n in lengths])[None].cuda()
    labels = ids.clone()
    labels[pos == 0] = -100
    cu = torch.tensor([0, *torch.tensor(lengths).cumsum(0).tolist()], dtype=torch.int32, device="cuda")
    batch = dict(input_ids=ids, labels=labels, position_ids=pos, cu_seq_lens_q=cu, max_length_q=max(lengths))
    results = []
    for dense_max in (4096, 16):  # the dense block mask, then the variable-length kernel
        monkeypatch.setattr(varlen, "DENSE_MAX", dense_max)
        model.zero_grad(set_to_none=True)
        loss = model(**batch).loss
        loss.backward()
        results.append((loss.detach().float(), {n: p.grad.clone() for n, p in model.named_parameters()
                                                if p.requires_grad}))
    (dense_loss, dense_grads), (var_loss, var_grads) = results
    assert abs(var_loss - dense_loss) / dense_loss < 0.01
    for n, g in dense_grads.items():
        assert _rel(var_grads[n], g) < 0.05, n
