"""The compiled Triton RMSNorm against RMSNormFn's torch ops on CUDA, at the shape of a TinyLlama training step
(16,384 tokens, hidden 2048) in bfloat16 (skipped without CUDA; run through the device tool).

Tolerances (`close_*` in tests/unit/test_norm_kernel.py): the kernels round where the torch ops round, so results
differ only where a float32 value (a sum in another order, a few float32 ulps apart) falls on the other side of a
rounding boundary: by one ulp of the dtype (or of x's, for the normalized input inside the output and dw), here on
under 0.1% of the output's and dx's elements. dw also allows 1e-5 of its terms' summed magnitudes (float32
summation order over 16,384 tokens). rstd: 2e-6 relative (a couple of float32 ulps: rsqrt and the sum)."""

import pytest
import torch

from lorasmith.fast.norm import RMSNormFn
from tests.unit.test_norm_kernel import close_dw, close_dx, close_output

pytestmark = pytest.mark.gpu

TOKENS, HIDDEN, EPS = 16384, 2048, 1e-5


def _inputs(w_dtype=torch.bfloat16):
    torch.manual_seed(0)
    x = (3 * torch.randn(TOKENS, HIDDEN, device="cuda")).to(torch.bfloat16)
    w = (1 + 0.3 * torch.randn(HIDDEN, device="cuda")).to(w_dtype)
    dy = torch.randn(TOKENS, HIDDEN, device="cuda").to(torch.promote_types(torch.bfloat16, w_dtype))
    return x, w, dy


def _run(x, w, dy, use_triton, need=(True, True)):
    x, w = x.clone().requires_grad_(need[0]), w.clone().requires_grad_(need[1])
    y = RMSNormFn.apply(x, w, EPS, use_triton)
    y.backward(dy)
    return y.detach(), x.grad, w.grad


@pytest.mark.parametrize("w_dtype", [torch.bfloat16, torch.float32])
def test_kernels_match_the_torch_path(w_dtype):
    from lorasmith.fast.kernels.norm import rmsnorm_forward

    x, w, dy = _inputs(w_dtype)
    y, dx, dw = _run(x, w, dy, True)
    y_ref, dx_ref, dw_ref = _run(x, w, dy, False)
    close_output(y, y_ref, x.dtype, frac=1e-3)
    close_dx(dx, dx_ref, frac=1e-3)
    close_dw(dw, dw_ref, x, dy)
    _, rstd = rmsnorm_forward(x, w, EPS)
    want = torch.rsqrt(x.float().pow(2).mean(-1, keepdim=True) + EPS)
    torch.testing.assert_close(rstd, want, rtol=2e-6, atol=0)


@pytest.mark.parametrize("need", [(True, False), (False, True)])
def test_only_the_gradients_asked_for(need):
    x, w, dy = _inputs()
    _, dx, dw = _run(x, w, dy, True, need)
    _, dx_ref, dw_ref = _run(x, w, dy, False, need)
    assert (dx is None) == (dx_ref is None) and (dw is None) == (dw_ref is None)
    if need[0]:
        close_dx(dx, dx_ref, frac=1e-3)
    if need[1]:
        close_dw(dw, dw_ref, x, dy)


def test_weight_gradient_is_deterministic():
    from lorasmith.fast.kernels.norm import rmsnorm_backward, rmsnorm_forward

    x, w, dy = _inputs()
    _, rstd = rmsnorm_forward(x, w, EPS)
    first = rmsnorm_backward(dy, x, w, rstd, True, True)
    second = rmsnorm_backward(dy, x, w, rstd, True, True)
    assert torch.equal(first[0], second[0]) and torch.equal(first[1], second[1])


def test_kernels_replay_in_a_cuda_graph():
    from lorasmith.fast.kernels.norm import rmsnorm_backward, rmsnorm_forward

    x, w, dy = _inputs()
    static_x, static_dy = x.clone(), dy.clone()

    def step():
        y, rstd = rmsnorm_forward(static_x, w, EPS)
        return (y, *rmsnorm_backward(static_dy, static_x, w, rstd, True, True))

    side = torch.cuda.Stream()
    side.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(side):  # compiles the kernels before the capture
        step()
    torch.cuda.current_stream().wait_stream(side)
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        out = step()
    x2, dy2 = x.flip(0), -dy
    static_x.copy_(x2)
    static_dy.copy_(dy2)
    graph.replay()
    y, rstd = rmsnorm_forward(x2, w, EPS)
    want = (y, *rmsnorm_backward(dy2, x2, w, rstd, True, True))
    for got, ref in zip(out, want):
        assert torch.equal(got, ref)
