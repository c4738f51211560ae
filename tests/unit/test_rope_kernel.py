"""The rotary-embedding Triton kernel (lorasmith/fast/kernels/rope.py) against transformers' own
`apply_rotary_pos_emb` and its autograd backward, in Triton's interpreter: bit for bit in every dtype, since the
kernel rounds each product and sum where torch does. On the GPU (tests/gpu/test_gpu_rope.py) float32 may differ in
the last bit where the compiler fuses a multiply-add."""

import pytest
import torch

pytest.importorskip("triton")

from transformers.models.llama.modeling_llama import apply_rotary_pos_emb  # noqa: E402

from lorasmith.fast.attention import Rope, reference  # noqa: E402
from lorasmith.fast.kernels.rope import BT, supports  # noqa: E402

T, HQ, HK, D = 2 * BT + 13, 4, 2, 16  # three blocks of tokens, the last one partly masked; grouped-query heads


def _inputs(dtype, seed=0):
    gen = torch.Generator().manual_seed(seed)
    q, k = torch.randn(T, HQ, D, generator=gen), torch.randn(T, HK, D, generator=gen)
    angles = torch.rand(T, D // 2, generator=gen) * 50
    angles = torch.cat([angles, angles], -1)  # Llama's tables repeat the half
    dq, dk = torch.randn(T, HQ, D, generator=gen), torch.randn(T, HK, D, generator=gen)
    return [x.to(dtype) for x in (q, k, angles.cos(), angles.sin(), dq, dk)]


def _transformers(q, k, cos, sin, dq, dk):
    """Outputs and input gradients of transformers' function on its (batch, heads, tokens, d) layout."""
    q, k = (x.detach().clone().transpose(0, 1)[None].requires_grad_(True) for x in (q, k))
    oq, ok = apply_rotary_pos_emb(q, k, cos[None], sin[None])
    torch.autograd.backward((oq, ok), (dq.transpose(0, 1)[None], dk.transpose(0, 1)[None]))
    back = lambda x: x[0].transpose(0, 1)  # noqa: E731
    return back(oq), back(ok), back(q.grad), back(k.grad)


def _ours(fn, q, k, cos, sin, dq, dk):
    q, k = (x.detach().clone().requires_grad_(True) for x in (q, k))
    oq, ok = fn(q, k, cos, sin)
    torch.autograd.backward((oq, ok), (dq, dk))
    return oq, ok, q.grad, k.grad


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16, torch.float32])
@pytest.mark.parametrize("fn", [Rope.apply, reference], ids=["kernel", "torch"])
def test_rotation_and_its_gradient_match_transformers_bit_for_bit(dtype, fn):
    inputs = _inputs(dtype)
    assert supports(inputs[0], inputs[2])
    for name, got, want in zip(("q", "k", "dq", "dk"), _ours(fn, *inputs), _transformers(*inputs)):
        assert got.dtype == want.dtype and got.shape == want.shape, name
        assert torch.equal(got, want), f"{dtype} {name}: {(got.float() - want.float()).abs().max()}"


def test_the_rotation_is_not_the_identity_and_the_backward_is_its_inverse():
    """A check that the comparison above can fail: the rotation moves q, and for a table of unit rotations the
    backward (the transpose) undoes it up to rounding."""
    q, k, cos, sin, _, _ = _inputs(torch.float32)
    from lorasmith.fast.kernels.rope import rotate

    oq, ok = rotate(q, k, cos, sin)
    assert (oq - q).abs().max() > 0.1
    bq, bk = rotate(oq, ok, cos, sin, backward=True)
    torch.testing.assert_close(bq, q, atol=1e-5, rtol=1e-5)
    torch.testing.assert_close(bk, k, atol=1e-5, rtol=1e-5)


def test_shapes_the_kernel_does_not_take():
    q, _, cos, *_ = _inputs(torch.float32)
    assert not supports(q[..., :12], cos[:, :12])  # d / 2 = 6 is not a power of two
    assert not supports(q, cos[:-1])
    assert not supports(q, cos.to(torch.bfloat16))
