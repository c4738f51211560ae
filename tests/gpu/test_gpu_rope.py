"""The rotary-embedding kernel on CUDA against transformers' `apply_rotary_pos_emb` and its autograd backward, and the
fused attention forward through a model against the class's forward (skipped without CUDA)."""

import pytest
import torch

from lorasmith import fast
from lorasmith.fast import attention
from tests.conftest import lora_model
from tests.unit.test_attention import attention_modules
from tests.unit.test_rope_kernel import _ours, _transformers
from tests.unit.test_varlen import _loss_and_grads, _packed_batch

pytestmark = pytest.mark.gpu


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float32])
def test_kernel_matches_transformers_at_the_reference_shapes(dtype):
    torch.manual_seed(0)
    t, hq, hk, d = 1031, 32, 4, 64
    q, k = (torch.randn(t, n, d, device="cuda").to(dtype) for n in (hq, hk))
    angles = torch.arange(t, device="cuda")[:, None] * (10000 ** -(torch.arange(0, d, 2, device="cuda") / d))
    angles = torch.cat([angles, angles], -1)
    cos, sin = angles.cos().to(dtype), angles.sin().to(dtype)
    dq, dk = (torch.randn_like(x) for x in (q, k))
    inputs = (q, k, cos, sin, dq, dk)
    for got, want in zip(_ours(attention.Rope.apply, *inputs), _transformers(*inputs)):
        if dtype == torch.float32:  # the compiler may fuse a multiply-add: the last bit
            torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)
        else:
            differ = (got != want).float().mean().item()
            assert torch.equal(got, want), f"{differ:.2e} differ, by up to {(got.float() - want.float()).abs().max()}"


def test_float16_keeps_torchs_ops_on_cuda():
    """On CUDA the kernel's float16 results were one ulp off torch's on a quarter of the elements: not taken."""
    from lorasmith.fast.kernels.rope import supports

    q, cos = torch.randn(8, 2, 16, device="cuda"), torch.randn(8, 16, device="cuda")
    assert supports(q.bfloat16(), cos.bfloat16()) and supports(q, cos)
    assert not supports(q.half(), cos.half())


def test_fused_attention_through_the_model_in_bf16(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch, long_rows):
    monkeypatch.setattr(fast, "graph_layers", lambda model, p: None)  # eager: the class forward runs too
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{
        "train.fast": "on", "lora.dropout": 0.0, "model.compute_dtype": "bfloat16"})
    model.train()
    modules = attention_modules(model)
    assert modules and all("forward" in vars(m) for m in modules)
    batch = {k: v.cuda() if isinstance(v, torch.Tensor) else v for k, v in _packed_batch(True).items()}
    fused_loss, fused_grads = _loss_and_grads(model, batch)
    for m in modules:
        del m.forward
    plain_loss, plain_grads = _loss_and_grads(model, batch)
    assert abs(fused_loss.item() - plain_loss.item()) <= 1e-3 * abs(plain_loss.item())
    for n, g in plain_grads.items():
        assert ((fused_grads[n].float() - g.float()).norm() / g.float().norm()).item() < 0.02, n
