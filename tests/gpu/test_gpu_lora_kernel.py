"""The dropout-in-matmul Triton kernels compiled for CUDA, in bfloat16 at the reference model's widths."""

import pytest
import torch

pytest.importorskip("triton")

from lorasmith.fast.kernels import lora as K  # noqa: E402
from lorasmith.fast.lora import LoraNF4, Seeded, reference  # noqa: E402

pytestmark = pytest.mark.gpu


def _rel(got, want):
    return ((got.float() - want.float()).norm() / want.float().norm()).item()


@pytest.mark.parametrize("T,Kd", [(16384, 2048), (1031, 5632), (7, 256)])
def test_kernels_match_torch_in_bf16(T, Kd):
    torch.manual_seed(0)
    bf = dict(device="cuda", dtype=torch.bfloat16)
    x, A, dh = torch.randn(T, Kd, **bf), torch.randn(16, Kd, **bf) / 40, torch.randn(T, 16, **bf)
    seed, p = K.new_seed("cuda"), 0.05
    keep = K.mask(seed, (T, Kd), p, "cuda")
    assert abs(keep.float().mean().item() - (1 - p)) < 0.01
    xd = torch.where(keep, x, 0)
    assert _rel(K.project(x, A, seed, p), xd @ A.t()) < 1e-2
    dx0 = torch.randn(T, Kd, **bf)
    dx = dx0.clone()
    dA = K.backward(x, A, dh, dx, seed, p, need_A=True)
    assert _rel(dx, dx0.float() + torch.where(keep, dh.float() @ A.float(), 0)) < 1e-2
    assert _rel(dA, dh.float().t() @ xd.float()) < 1e-2


def test_seeded_node_matches_reference_in_bf16():
    torch.manual_seed(1)
    bf = dict(device="cuda", dtype=torch.bfloat16)
    W, A0, B0 = torch.randn(512, 256, **bf) / 16, torch.randn(16, 256, **bf) / 16, torch.randn(512, 16, **bf) / 4
    x0, dy = torch.randn(4, 100, 256, **bf), torch.randn(4, 100, 512, **bf)
    seed, p = K.new_seed("cuda"), 0.1
    keep = K.mask(seed, (400, 256), p, "cuda").view(4, 100, 256)
    import lorasmith.fast.lora as L

    real, L.dequantize = L.dequantize, lambda w: W
    try:
        results = []
        for fn in ("kernel", "reference"):
            x, A, B = (t.clone().requires_grad_(True) for t in (x0, A0, B0))
            y = (LoraNF4.apply(x, None, A, B, 2.0, Seeded(seed, p), 1 - p) if fn == "kernel"
                 else reference(x, W, A, B, 2.0, keep, 1 - p))
            y.backward(dy)
            results.append((y, x.grad, A.grad, B.grad))
    finally:
        L.dequantize = real
    for name, got, want in zip(("output", "d input", "d A", "d B"), *results):
        assert _rel(got, want) < 2e-2, name


def test_a_graph_replay_draws_a_fresh_mask():
    x = torch.ones(64, 128, device="cuda", dtype=torch.bfloat16)
    A = torch.ones(16, 128, device="cuda", dtype=torch.bfloat16)
    K.project(x, A, K.new_seed("cuda"), 0.5)  # compile outside the capture
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            h = K.project(x, A, K.new_seed("cuda"), 0.5)
    torch.cuda.current_stream().wait_stream(stream)
    outs = []
    for _ in range(3):
        graph.replay()
        torch.cuda.synchronize()
        outs.append(h.clone())
    assert not torch.equal(outs[0], outs[1]) and not torch.equal(outs[1], outs[2])


@pytest.mark.parametrize("T,Kd", [(1031, 2048), (4000, 5632)])
def test_split_sums_are_exact_and_repeatable(T, Kd):
    """The last program of each block sums every partial in split order: scaled like torch, the same bits on every
    call while hundreds of programs race to finish, and the same in a CUDA graph replay (the shared counters set
    back to zero by each call's last programs)."""
    torch.manual_seed(2)
    bf = dict(device="cuda", dtype=torch.bfloat16)
    x, A, dh, s = torch.randn(T, Kd, **bf), torch.randn(16, Kd, **bf) / 40, torch.randn(T, 16, **bf), 4.0
    seed, p = K.new_seed("cuda"), 0.05
    assert K.forward_grid(T, Kd)[1] > 1 and K.da_splits(T, Kd) > 1
    xd = torch.where(K.mask(seed, (T, Kd), p, "cuda"), x, 0).float()
    h, dA = K.project(x, A, seed, p, s), K.grad_A(x, A, dh, seed, p, s)
    assert _rel(h, s * (xd @ A.float().t())) < 1e-2 and _rel(dA, s * (dh.float().t() @ xd)) < 1e-2
    for _ in range(20):
        assert torch.equal(K.project(x, A, seed, p, s), h) and torch.equal(K.grad_A(x, A, dh, seed, p, s), dA)
    stream = torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream):
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            gh, gA = K.project(x, A, seed, p, s), K.grad_A(x, A, dh, seed, p, s)
    torch.cuda.current_stream().wait_stream(stream)
    for _ in range(5):
        graph.replay()
        torch.cuda.synchronize()
        assert torch.equal(gh, h) and torch.equal(gA, dA)
