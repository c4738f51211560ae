"""The SwiGLU Triton kernels (lorasmith/fast/kernels/swiglu.py) against torch's own ops, in Triton's interpreter.

The reference is what SwiGLUNF4 runs unfused: h = silu(g) * u, du = dp * silu(g), dg = silu_backward(dp * u, g).
In bf16/fp16 the kernels round where torch rounds, so they agree bit for bit but for the odd element where the
float32 exp of numpy (the interpreter's) and of torch differ in the last bit and that flips a rounding: one ulp of
silu(g), two at most once multiplied by u, on a small fraction of the elements (measured over 2M elements: bf16
0 in h and du, 1.5e-5 in dg; fp16 ~1.7e-4). In float32 they agree to ~1e-7 relative (exp's last bit again); dg is
compared against its largest value, since 1 + g (1 - sigmoid(g)) cancels near g = -1.28."""

import pytest
import torch

pytest.importorskip("triton")

from lorasmith.fast.kernels.swiglu import BLOCK, swiglu_backward, swiglu_forward  # noqa: E402

N = 2 * BLOCK + 77  # three programs, the last one partly masked


def _inputs(shape, dtype, seed=0):
    gen = torch.Generator().manual_seed(seed)
    g, u, dp = (torch.randn(shape, generator=gen) * sd for sd in (4.0, 1.0, 0.5))
    return g.to(dtype), u.to(dtype), dp.to(dtype)


def _torch(dp, g, u):
    """(h, dg, du) as SwiGLUNF4's unfused path computes them."""
    act = torch.nn.functional.silu(g)
    return act * u, torch.ops.aten.silu_backward(dp * u, g), dp * act


def _ulps_apart(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Distance in units in the last place of 16-bit floats of the same sign (0 where equal, -0 == 0 included)."""
    bits = (a.view(torch.int16).int() - b.view(torch.int16).int()).abs()
    return torch.where(a == b, 0, bits)


def _assert_16bit_close(got, want, name):
    assert got.dtype == want.dtype and got.shape == want.shape, name
    ulps = _ulps_apart(got, want)
    differ = (ulps > 0).float().mean().item()
    assert ulps.max() <= 2, f"{name}: {ulps.max()} ulps apart"
    assert differ <= 2e-3, f"{name}: {differ:.2e} of the elements differ"


def _assert_f32_close(got, want, name):
    scale = want.abs().max().item()
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-6 * scale, msg=lambda m: f"{name}: {m}")


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16])
def test_16bit_matches_torch(dtype):
    g, u, dp = _inputs(N, dtype)
    h_ref, dg_ref, du_ref = _torch(dp, g, u)
    dg, du, h = swiglu_backward(dp, g, u, want_h=True)
    for name, got, want in (("forward h", swiglu_forward(g, u), h_ref), ("backward h", h, h_ref), ("dg", dg, dg_ref),
                            ("du", du, du_ref)):
        _assert_16bit_close(got, want, f"{dtype} {name}")


def test_bf16_is_bitwise_here():
    """What is observed with this seed: no element differs at all (ties, frequent for bf16 products, included)."""
    g, u, dp = _inputs(N, torch.bfloat16)
    dg, du, h = swiglu_backward(dp, g, u, want_h=True)
    for got, want in zip((h, dg, du), _torch(dp, g, u)):
        assert torch.equal(got, want)


def test_float32_matches_torch():
    g, u, dp = _inputs(N, torch.float32)
    h_ref, dg_ref, du_ref = _torch(dp, g, u)
    dg, du, h = swiglu_backward(dp, g, u, want_h=True)
    _assert_f32_close(swiglu_forward(g, u), h_ref, "forward h")
    for name, got, want in (("backward h", h, h_ref), ("dg", dg, dg_ref), ("du", du, du_ref)):
        _assert_f32_close(got, want, name)


def test_backward_is_autograd_of_the_forward():
    """The torch formulas are what autograd runs for silu(g) * u, so the kernels stand in for it."""
    g, u, dp = _inputs((3, 50), torch.bfloat16)
    gr, ur = g.clone().requires_grad_(), u.clone().requires_grad_()
    (torch.nn.functional.silu(gr) * ur).backward(dp)
    dg, du, _ = swiglu_backward(dp, g, u)
    assert torch.equal(dg, gr.grad) and torch.equal(du, ur.grad)


def test_3d_and_non_contiguous_inputs():
    g, u, dp = _inputs((2, 7, 333), torch.bfloat16)
    g = g.transpose(0, 1).contiguous().transpose(0, 1)  # same values, strided
    assert not g.is_contiguous()
    h_ref, dg_ref, du_ref = _torch(dp, g, u)
    h = swiglu_forward(g, u)
    dg, du, h2 = swiglu_backward(dp, g, u, want_h=True)
    for got, want in ((h, h_ref), (h2, h_ref), (dg, dg_ref), (du, du_ref)):
        assert got.shape == (2, 7, 333) and got.is_contiguous()
        _assert_16bit_close(got, want, "3-D")


def test_flags_choose_the_outputs():
    g, u, dp = _inputs(1000, torch.bfloat16)
    h_ref, dg_ref, du_ref = _torch(dp, g, u)
    dg, du, h = swiglu_backward(dp, g, u)
    assert h is None and torch.equal(dg, dg_ref) and torch.equal(du, du_ref)
    dg, du, h = swiglu_backward(dp, g, u, need_g=False, want_h=True)
    assert dg is None and torch.equal(du, du_ref) and torch.equal(h, swiglu_forward(g, u))
    dg, du, h = swiglu_backward(dp, g, u, need_u=False)
    assert du is None and h is None and torch.equal(dg, dg_ref)
    assert swiglu_backward(dp, g, u, need_g=False, need_u=False) == (None, None, None)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy's, in the interpreter, on exp overflow and inf/inf
def test_extreme_values_as_torch():
    """exp(-g) overflowing, underflowing, infinities and NaN go where torch's formulas take them."""
    vals = [0.0, -0.0, 1e-30, 20.0, 88.0, 89.0, 100.0, 1e4, 3e38, float("inf"), float("nan")]
    g = torch.tensor(vals + [-v for v in vals])
    u = torch.linspace(-2, 2, len(g))
    dp = torch.linspace(1, -1, len(g))
    for dtype in (torch.float32, torch.bfloat16):
        gd, ud, dpd = g.to(dtype), u.to(dtype), dp.to(dtype)
        dg, du, h = swiglu_backward(dpd, gd, ud, want_h=True)
        for got, want in zip((h, dg, du), _torch(dpd, gd, ud)):
            torch.testing.assert_close(got, want, rtol=1e-6, atol=0, equal_nan=True)


def test_empty_and_mismatched_inputs():
    e = torch.empty(0, 8, dtype=torch.bfloat16)
    assert swiglu_forward(e, e).shape == (0, 8)
    assert swiglu_backward(e, e, e, want_h=True)[2].shape == (0, 8)
    g, u, _ = _inputs(16, torch.bfloat16)
    with pytest.raises(ValueError):
        swiglu_forward(g, u.float())
    with pytest.raises(ValueError):
        swiglu_forward(g, u[:8])
    with pytest.raises(TypeError):
        swiglu_forward(g.double(), u.double())
