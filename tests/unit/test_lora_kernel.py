"""The Triton dropout-in-matmul kernels (fast/kernels/lora.py) against the torch formulas, in Triton's interpreter.

The kernels draw their mask from a seed; `kernels.mask` recovers it, so every comparison is against plain torch ops
with that very mask. bfloat16 is checked on CUDA (tests/gpu); the interpreter's bfloat16 is not reliable."""

import pytest
import torch

pytest.importorskip("triton")

from lorasmith.fast.kernels import lora as K  # noqa: E402
from lorasmith.fast.lora import LoraNF4, Seeded, SwiGLUNF4, reference  # noqa: E402
from tests.conftest import lora_model  # noqa: E402


def _seed(value: int) -> torch.Tensor:
    return torch.tensor([value], dtype=torch.int64)


@pytest.mark.parametrize("T,Kd,R", [(37, 80, 8), (70, 64, 16), (5, 40, 4)])
def test_project_and_backward_match_torch_with_the_kernels_mask(T, Kd, R):
    torch.manual_seed(T)
    x, A, dh = torch.randn(T, Kd), torch.randn(R, Kd), torch.randn(T, R)
    seed, p = _seed(1234 + T), K.quantized(0.3)
    keep = K.mask(seed, (T, Kd), p, "cpu")
    assert 0 < keep.float().mean() < 1
    xd = torch.where(keep, x, 0)

    assert torch.allclose(K.project(x, A, seed, p), xd @ A.t(), atol=1e-5)
    assert torch.allclose(K.project(x, A, None, p), x @ A.t(), atol=1e-5)

    dx0 = torch.randn(T, Kd)
    dx = dx0.clone()
    dA = K.backward(x, A, dh, dx, seed, p, need_A=True)
    assert torch.allclose(dx, dx0 + torch.where(keep, dh @ A, 0), atol=1e-5)
    assert torch.allclose(dA, dh.t() @ xd, atol=1e-4)
    # each part alone, and without dropout
    assert K.backward(x, A, dh, None, seed, p, need_A=False) is None
    dx = dx0.clone()
    assert K.backward(x, A, dh, dx, None, p, need_A=False) is None
    assert torch.allclose(dx, dx0 + dh @ A, atol=1e-5)


@pytest.mark.parametrize("T,Kd", [(40, 640), (300, 96)])
def test_scaled_split_sums_match_torch(T, Kd):
    """Many programs per output block (their partials summed by the last one to finish), and the scale applied."""
    assert K.forward_grid(T, Kd)[1] > 2 or K.da_splits(T, Kd) > 2
    torch.manual_seed(T)
    x, A, dh, s = torch.randn(T, Kd), torch.randn(8, Kd), torch.randn(T, 8), 2.5
    seed, p = _seed(99), K.quantized(0.1)
    xd = torch.where(K.mask(seed, (T, Kd), p, "cpu"), x, 0)
    assert torch.allclose(K.project(x, A, seed, p, s), s * (xd @ A.t()), atol=1e-4)
    dx0 = torch.randn(T, Kd)
    dx = dx0.clone()
    dA = K.backward(x, A, dh, dx, seed, p, need_A=True, scale=s)
    assert torch.allclose(dx, dx0 + s * torch.where(xd != 0, dh @ A, 0), atol=1e-4)
    assert torch.allclose(dA, s * (dh.t() @ xd), atol=1e-3)
    assert torch.equal(K.backward(x, A, dh, None, seed, p, need_A=True, scale=s), dA)  # the same sums every time
    # each call's last programs set their counters back: the one zeroed buffer serves every later call
    assert all(int(bank[-1].abs().sum()) == 0 for bank in K._COUNTERS.values())


def test_mask_is_a_function_of_the_seed_with_the_right_rate():
    shape, p = (64, 256), 0.3
    a, b, c = (K.mask(_seed(s), shape, p, "cpu") for s in (7, 7, 8))
    assert torch.equal(a, b)  # the backward draws exactly the forward's mask again
    assert not torch.equal(a, c)
    assert abs(a.float().mean().item() - (1 - p)) < 0.02  # 16,384 draws: the standard deviation is 0.0036
    # neither rows nor columns repeat
    assert not torch.equal(a[0], a[1]) and not torch.equal(a[:, 0], a[:, 1])


def test_half_precision_kernels_round_like_torch():
    torch.manual_seed(0)
    x, A = torch.randn(33, 48, dtype=torch.float16), torch.randn(16, 48, dtype=torch.float16)
    seed = _seed(5)
    keep = K.mask(seed, (33, 48), 0.1, "cpu")
    want = torch.where(keep, x, 0).float() @ A.float().t()
    assert torch.allclose(K.project(x, A, seed, 0.1).float(), want, rtol=2e-3, atol=2e-2)


def _float_weight(monkeypatch, W):
    import lorasmith.fast.lora as L

    monkeypatch.setattr(L, "dequantize", lambda w: W)  # a float weight stands in for the 4-bit one


def test_seeded_nodes_match_autograd_reference_and_keep_no_mask(monkeypatch):
    torch.manual_seed(3)
    W, A0, B0 = torch.randn(24, 40), torch.randn(8, 40), torch.randn(24, 8)
    _float_weight(monkeypatch, W)
    seed, p = _seed(99), 0.25
    x0, g0, u0 = torch.randn(2, 9, 40), torch.randn(2, 9, 40), torch.randn(2, 9, 40)
    keep = K.mask(seed, (18, 40), p, "cpu").view(2, 9, 40)
    dy = torch.randn(2, 9, 24)
    for node in ("lora", "swiglu"):
        results = []
        for fn in ("kernel", "reference"):
            x, g, u, A, B = (t.clone().requires_grad_(True) for t in (x0, g0, u0, A0, B0))
            saved = []
            with torch.autograd.graph.saved_tensors_hooks(lambda t: saved.append(t) or t, lambda t: t):
                if fn == "kernel" and node == "lora":
                    y = LoraNF4.apply(x, None, A, B, 2.0, Seeded(seed, p), 1 - p)
                elif fn == "kernel":
                    y = SwiGLUNF4.apply(g, u, None, A, B, 2.0, Seeded(seed, p), 1 - p, True)
                else:
                    inp = x if node == "lora" else torch.nn.functional.silu(g) * u
                    y = reference(inp, W, A, B, 2.0, keep, 1 - p)
            y.backward(dy)
            if fn == "kernel":  # the seed is all that is kept of the dropout
                assert not any(t.dtype in (torch.bool, torch.uint8) for t in saved)
                assert any(t is seed for t in saved)
            grads = (x.grad,) if node == "lora" else (g.grad, u.grad)
            results.append((y.detach(), *grads, A.grad, B.grad))
        for i, (got, want) in enumerate(zip(*results)):
            assert torch.allclose(got, want, rtol=1e-5, atol=1e-4), f"{node} {i}: {(got - want).abs().max()}"
            assert want.abs().sum() > 0


def test_layers_draw_dropout_in_the_kernels_when_told(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on", "lora.dropout": 0.5})
    layer = next(m for m in model.modules() if type(m).__name__ == "FusedLinear4bit")
    x = torch.randn(2, 8, layer.in_features)
    model.train()
    layer.kernels = True
    seen = []
    real = K.project
    monkeypatch.setattr(K, "project", lambda *a: seen.append(a[2]) or real(*a))
    with torch.no_grad():
        c, d = layer(x), layer(x)
    assert len(seen) == 2 and not torch.equal(seen[0], seen[1])  # a fresh seed per call
    assert not torch.equal(c, d)
    model.eval()
    with torch.no_grad():
        assert torch.equal(layer(x), layer(x))
    assert len(seen) == 2  # no dropout, no kernel in eval mode
