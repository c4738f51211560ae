"""The SwiGLU Triton kernels compiled for CUDA against torch's ops at a real MLP width (skipped without CUDA; run
through the device tool).

On CUDA both sides use the same float32 formulas and the same `expf`, so bf16 results are expected bit for bit;
the asserts allow what a compiler may still change (the last float32 bit of exp or of a fused multiply-add), which
can flip a bf16 rounding on a rare element: at most 2 ulps, on at most 1e-4 of the elements."""

import pytest
import torch

pytest.importorskip("triton")

pytestmark = pytest.mark.gpu

TOKENS, WIDTH = 16384, 5632  # a 16k-token step of a 1.1B Llama's MLP


def _kernels():
    from lorasmith.fast.kernels import swiglu  # imported here: on a CPU machine it would switch on the interpreter

    return swiglu


def _inputs(shape, dtype, seed=0):
    gen = torch.Generator(device="cuda").manual_seed(seed)
    g, u, dp = (torch.randn(shape, generator=gen, device="cuda") * sd for sd in (4.0, 1.0, 0.5))
    return g.to(dtype), u.to(dtype), dp.to(dtype)


def _torch(dp, g, u):
    act = torch.nn.functional.silu(g)
    return act * u, torch.ops.aten.silu_backward(dp * u, g), dp * act


def _assert_close_bf16(got, want, name):
    bits = (got.view(torch.int16).int() - want.view(torch.int16).int()).abs()
    ulps = torch.where(got == want, 0, bits)
    differ = (ulps > 0).float().mean().item()
    assert ulps.max().item() <= 2 and differ <= 1e-4, f"{name}: {differ:.2e} differ, max {ulps.max().item()} ulps"


def test_bf16_full_width_matches_torch():
    sw = _kernels()
    g, u, dp = _inputs((TOKENS, WIDTH), torch.bfloat16)
    h_ref, dg_ref, du_ref = _torch(dp, g, u)
    dg, du, h = sw.swiglu_backward(dp, g, u, want_h=True)
    for name, got, want in (("forward h", sw.swiglu_forward(g, u), h_ref), ("backward h", h, h_ref),
                            ("dg", dg, dg_ref), ("du", du, du_ref)):
        _assert_close_bf16(got, want, name)


def test_float32_matches_torch():
    sw = _kernels()
    g, u, dp = _inputs((1000, 4099), torch.float32)
    dg, du, h = sw.swiglu_backward(dp, g, u, want_h=True)
    for name, got, want in zip(("h", "dg", "du"), (h, dg, du), _torch(dp, g, u)):
        torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-6 * want.abs().max().item(), msg=name)
    torch.testing.assert_close(sw.swiglu_forward(g, u), h, rtol=0, atol=0)


def test_captured_in_a_cuda_graph():
    sw = _kernels()
    g, u, dp = _inputs((512, WIDTH), torch.bfloat16)
    sw.swiglu_forward(g, u), sw.swiglu_backward(dp, g, u, want_h=True)  # compile outside the capture
    torch.cuda.synchronize()
    graph = torch.cuda.CUDAGraph()
    with torch.cuda.graph(graph):
        h = sw.swiglu_forward(g, u)
        dg, du, h2 = sw.swiglu_backward(dp, g, u, want_h=True)
    for seed in (1, 2):  # new values through the captured buffers
        for dst, src in zip((g, u, dp), _inputs((512, WIDTH), torch.bfloat16, seed)):
            dst.copy_(src)
        graph.replay()
        torch.cuda.synchronize()
        assert torch.equal(h, sw.swiglu_forward(g, u)) and torch.equal(h2, h)
        want = sw.swiglu_backward(dp, g, u)
        assert torch.equal(dg, want[0]) and torch.equal(du, want[1])

