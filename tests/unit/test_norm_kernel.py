"""The Triton RMSNorm (lorasmith/fast/kernels/norm.py) against the torch path of RMSNormFn and transformers'
LlamaRMSNorm, run in Triton's interpreter on the CPU (small shapes: the interpreter is slow).

Tolerances: float32 to 1e-6 relative (the kernel sums the row, and dw the tokens, in another order than torch: a few
float32 ulps). In bfloat16 / float16 the roundings are the torch path's, so results may differ only where a float32
value that differs by such ulps falls on the other side of a rounding boundary: by one ulp of the dtype (or of x's,
for the normalized input inside the output and dw), on under 1% of the elements (`close_*`). In the interpreter,
bf16 and fp16 in fact come out bit for bit the torch path's at these shapes."""

import copy

import pytest
import torch

pytest.importorskip("triton")

from transformers.models.llama.modeling_llama import LlamaRMSNorm  # noqa: E402

from lorasmith.fast import norm as fast_norm  # noqa: E402
from lorasmith.fast.kernels import norm as K  # noqa: E402  (switches Triton to its interpreter without CUDA)
from lorasmith.fast.norm import RMSNormFn, install  # noqa: E402

EPS = 1e-5
HIDDENS = (40, 64, 130)  # not all powers of two: the masks matter


def _tensors(x_dtype, w_dtype=None, hidden=64, shape=(5,), seed=0):
    torch.manual_seed(seed)
    x = (3 * torch.randn(*shape, hidden)).to(x_dtype)  # scaled: rstd far from 1, so a missing factor shows
    w = (1 + 0.3 * torch.randn(hidden)).to(w_dtype or x_dtype)
    return x, w


def _torch_path(x, w, dy):
    """RMSNormFn's torch ops: output, dx, dw."""
    x, w = x.clone().requires_grad_(True), w.clone().requires_grad_(True)
    y = RMSNormFn.apply(x, w, EPS)
    y.backward(dy)
    return y.detach(), x.grad, w.grad


def _close(got, want, bound, frac):
    assert got.dtype == want.dtype and got.shape == want.shape
    diff = (got.double() - want.double()).abs()
    assert (diff <= bound).all(), (diff - bound).max()
    assert (diff > 0).double().mean().item() <= frac, (diff > 0).double().mean()


def _eps(dtype):
    return torch.finfo(dtype).eps


def close_output(y, want, x_dtype, frac=0.01):
    """One ulp of x's dtype for n (rounded there before the weight multiplies it), one of y's for the product; all
    float32: 1e-6 relative."""
    rtol = max(1.01 * (_eps(x_dtype) + _eps(y.dtype)), 1e-6)
    _close(y, want, rtol * want.double().abs(), frac if x_dtype != torch.float32 else 1.0)


def close_dx(dx, want, frac=0.01):
    """One ulp of the dtype (float32: 1e-6 relative), and 1e-6 of the largest for values that cancelled to near
    zero."""
    bound = max(_eps(dx.dtype), 1e-6) * want.double().abs() + 1e-6 * want.double().abs().max()
    _close(dx, want, bound, frac if dx.dtype != torch.float32 else 1.0)


def close_dw(dw, want, x, dy):
    """One ulp of the dtype; one term per column whose factor n rounded the other way; and float32 summation in
    another order, 1e-5 of the sum of the terms' magnitudes."""
    terms = (dy.double() * x.double() * torch.rsqrt(x.double().pow(2).mean(-1, keepdim=True) + EPS)).abs()
    terms = terms.reshape(-1, x.shape[-1])
    bound = _eps(dw.dtype) * want.double().abs() + _eps(x.dtype) * terms.max(0).values + 1e-5 * terms.sum(0)
    _close(dw, want, bound, 1.0)


# ------------------------------------------------------------------ forward
@pytest.mark.parametrize("hidden", HIDDENS)
@pytest.mark.parametrize("rows", [1, 7])
def test_float32_forward_matches_stock_norm(hidden, rows):
    x, w = _tensors(torch.float32, hidden=hidden, shape=(rows,))
    stock = LlamaRMSNorm(hidden, eps=EPS)
    with torch.no_grad():
        stock.weight.copy_(w)
        want = stock(x)
    y, rstd = K.rmsnorm_forward(x, w, EPS)
    assert y.dtype == torch.float32 and rstd.dtype == torch.float32 and rstd.shape == (rows, 1)
    torch.testing.assert_close(y, want, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(rstd, torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + EPS), rtol=1e-6, atol=0)


@pytest.mark.parametrize("x_dtype, w_dtype", [(torch.bfloat16, torch.bfloat16), (torch.bfloat16, torch.float32),
                                              (torch.float16, torch.float16), (torch.float32, torch.bfloat16)])
def test_low_precision_forward_rounds_as_the_torch_path(x_dtype, w_dtype):
    x, w = _tensors(x_dtype, w_dtype, hidden=130, shape=(9,))
    want = RMSNormFn.apply(x, w, EPS)
    stock = LlamaRMSNorm(130, eps=EPS).to(w_dtype)
    with torch.no_grad():
        stock.weight.copy_(w)
        assert torch.equal(stock(x), want)  # the torch path is the stock norm bit for bit (test_norm.py)
    y, rstd = K.rmsnorm_forward(x, w, EPS)
    assert y.dtype == torch.promote_types(x_dtype, w_dtype)
    close_output(y, want, x_dtype)
    torch.testing.assert_close(rstd, torch.rsqrt(x.float().pow(2).mean(-1, keepdim=True) + EPS), rtol=1e-6, atol=0)


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
def test_three_dimensional_input(dtype):
    x, w = _tensors(dtype, hidden=40, shape=(2, 3))
    y, rstd = K.rmsnorm_forward(x, w, EPS)
    assert y.shape == x.shape and rstd.shape == (2, 3, 1)
    dy = torch.randn_like(x)
    want, dx_want, dw_want = _torch_path(x, w, dy)
    close_output(y, want, dtype)
    dx, dw = K.rmsnorm_backward(dy, x, w, rstd, True, True)
    assert dx.shape == x.shape and dw.shape == w.shape
    close_dx(dx, dx_want)
    close_dw(dw, dw_want, x, dy)


def test_non_contiguous_input():
    x, w = _tensors(torch.float32, hidden=40, shape=(6,))
    xt = x.reshape(40, 6).t()  # same shape, not contiguous
    y, rstd = K.rmsnorm_forward(xt, w, EPS)
    torch.testing.assert_close(y, RMSNormFn.apply(xt, w, EPS), rtol=1e-6, atol=1e-6)
    dy = torch.randn(40, 6).t()
    dx, dw = K.rmsnorm_backward(dy, xt, w, rstd, True, True)
    _, dx_want, dw_want = _torch_path(xt, w, dy)
    torch.testing.assert_close(dx, dx_want, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(dw, dw_want, rtol=1e-5, atol=1e-5)


@pytest.mark.filterwarnings("ignore:invalid value:RuntimeWarning")  # numpy, in the interpreter: inf * 0
@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_bad_values_propagate(value):
    x, w = _tensors(torch.bfloat16, hidden=40, shape=(2,))
    x[0, 3] = value
    y, _ = K.rmsnorm_forward(x, w, EPS)
    assert y[0].isnan().any() and torch.equal(y[1], RMSNormFn.apply(x[1:], w, EPS)[0])


def test_bfloat16_rounding_is_to_nearest_even():
    """The kernels round to bfloat16 by hand (the interpreter's own conversion truncates): against torch's rounding
    on ties, carries into the exponent, subnormals, overflow, NaNs and random float32 bit patterns."""
    triton, tl = K.triton, K.tl

    @triton.jit
    def round_kernel(x_ptr, y_ptr, r_ptr, n, BLOCK: tl.constexpr):
        cols = tl.arange(0, BLOCK)
        x = tl.load(x_ptr + cols, mask=cols < n)
        tl.store(y_ptr + cols, K._cast(x, tl.bfloat16), mask=cols < n)
        tl.store(r_ptr + cols, K._rounded(x, tl.bfloat16), mask=cols < n)

    torch.manual_seed(0)
    special = torch.tensor([0x3F808000, 0x3F818000, 0x3F7FFFFF, 0x3FFF8000, 0x00008000, 0x00018000, 0x7F7FFFFF,
                            0x80000001, 0x7F800000, 0xFF800000, 0x7FC00000, 0x7F800001, 0x7FFFFFFF],
                           dtype=torch.int64).to(torch.int32)
    bits = torch.cat([special, torch.randint(-2**31, 2**31, (4000,), dtype=torch.int64).to(torch.int32)])
    x = bits.view(torch.float32)
    y, r = torch.empty(x.shape, dtype=torch.bfloat16), torch.empty_like(x)
    round_kernel[(1,)](x, y, r, x.numel(), BLOCK=4096)
    want = x.to(torch.bfloat16)
    nan = want.isnan()
    assert torch.equal(y.isnan(), nan) and torch.equal(r.isnan(), nan)
    assert torch.equal(y[~nan].view(torch.int16), want[~nan].view(torch.int16))
    assert torch.equal(r[~nan].view(torch.int32), want[~nan].float().view(torch.int32))


# ------------------------------------------------------------------ backward
@pytest.mark.parametrize("hidden", HIDDENS)
@pytest.mark.parametrize("rows", [1, 6])
def test_float32_backward_matches_stock_autograd(hidden, rows):
    x, w = _tensors(torch.float32, hidden=hidden, shape=(rows,))
    dy = torch.randn_like(x)
    stock = LlamaRMSNorm(hidden, eps=EPS)
    with torch.no_grad():
        stock.weight.copy_(w)
    xs = x.clone().requires_grad_(True)
    stock(xs).backward(dy)
    _, rstd = K.rmsnorm_forward(x, w, EPS)
    dx, dw = K.rmsnorm_backward(dy, x, w, rstd, True, True)
    assert dx.dtype == torch.float32 and dw.dtype == torch.float32
    torch.testing.assert_close(dx, xs.grad, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(dw, stock.weight.grad, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("x_dtype, w_dtype", [(torch.bfloat16, torch.bfloat16), (torch.bfloat16, torch.float32),
                                              (torch.float16, torch.float16)])
def test_low_precision_backward_rounds_as_the_torch_path(x_dtype, w_dtype):
    x, w = _tensors(x_dtype, w_dtype, hidden=130, shape=(3, 4))
    dy = torch.randn(x.shape).to(torch.promote_types(x_dtype, w_dtype))
    _, dx_want, dw_want = _torch_path(x, w, dy)
    _, rstd = K.rmsnorm_forward(x, w, EPS)
    dx, dw = K.rmsnorm_backward(dy, x, w, rstd, True, True)
    assert dx.dtype == x_dtype and dw.dtype == w_dtype
    close_dx(dx, dx_want)
    close_dw(dw, dw_want, x, dy)


def test_weight_gradient_over_blocks_of_rows(monkeypatch):
    """Few partial rows, so each program sums several rows and the last block runs past the end (13 rows, 4 a
    program)."""
    monkeypatch.setattr(K, "DW_PARTIALS", 4)
    x, w = _tensors(torch.float32, hidden=40, shape=(13,))
    dy = torch.randn_like(x)
    _, dx_want, dw_want = _torch_path(x, w, dy)
    _, rstd = K.rmsnorm_forward(x, w, EPS)
    dx, dw = K.rmsnorm_backward(dy, x, w, rstd, True, True)
    torch.testing.assert_close(dx, dx_want, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(dw, dw_want, rtol=1e-5, atol=1e-5)
    _, dw_alone = K.rmsnorm_backward(dy, x, w, rstd, False, True)
    assert torch.equal(dw_alone, dw)  # deterministic, and the same whether or not dx is computed too


@pytest.mark.parametrize("need_dx, need_dw", [(True, False), (False, True), (False, False)])
def test_only_the_gradients_asked_for(need_dx, need_dw):
    x, w = _tensors(torch.bfloat16, hidden=40, shape=(3,))
    dy = torch.randn_like(x)
    _, rstd = K.rmsnorm_forward(x, w, EPS)
    dx, dw = K.rmsnorm_backward(dy, x, w, rstd, need_dx, need_dw)
    both = K.rmsnorm_backward(dy, x, w, rstd, True, True)
    assert (dx is None) != need_dx and (dw is None) != need_dw
    if need_dx:
        assert torch.equal(dx, both[0])
    if need_dw:
        assert torch.equal(dw, both[1])


@pytest.mark.parametrize("x_grad, w_grad", [(True, False), (False, True), (True, True)])
def test_autograd_function_with_triton(x_grad, w_grad):
    x, w = _tensors(torch.float32, hidden=40, shape=(2, 3))
    dy = torch.randn_like(x)
    got = [t.clone().requires_grad_(g) for t, g in ((x, x_grad), (w, w_grad))]
    want = [t.clone().requires_grad_(g) for t, g in ((x, x_grad), (w, w_grad))]
    y = RMSNormFn.apply(*got, EPS, True)
    y.backward(dy)
    RMSNormFn.apply(*want, EPS).backward(dy)
    for a, b in zip(got, want):
        assert (a.grad is None) == (b.grad is None)
        if b.grad is not None:
            torch.testing.assert_close(a.grad, b.grad, rtol=1e-5, atol=1e-5)


def test_falls_back_to_torch_where_the_kernels_do_not_apply(monkeypatch):
    calls = []
    monkeypatch.setattr(K, "rmsnorm_forward", lambda *a: calls.append(a))
    for x, w in (_tensors(torch.float64, hidden=40), _tensors(torch.float32, hidden=K.MAX_HIDDEN + 8)):
        assert not K.supported(x, w)
        assert torch.equal(RMSNormFn.apply(x, w, EPS, True), RMSNormFn.apply(x, w, EPS))
    assert not calls


# ------------------------------------------------------------------ install on a model
def _tiny_llama():
    from tests.unit.test_norm import _tiny_llama as build

    return build(hidden=40, vocab=64)


def _loss_and_grads(model):
    from tests.unit.test_norm import _loss_and_grads as run

    return run(model, vocab=64, length=6)


def test_install_with_triton_gives_the_torch_paths_loss_and_gradients(monkeypatch):
    ref = _tiny_llama()
    ours = copy.deepcopy(ref)
    assert install(ref) == 5 and install(ours, triton=True) == 5
    calls = {"forward": 0, "backward": 0}
    for name in calls:
        real = getattr(K, f"rmsnorm_{name}")

        def counted(*args, _real=real, _name=name):
            calls[_name] += 1
            return _real(*args)

        monkeypatch.setattr(K, f"rmsnorm_{name}", counted)
    loss_ref, grads_ref = _loss_and_grads(ref)
    assert calls == {"forward": 0, "backward": 0}
    loss, grads = _loss_and_grads(ours)
    assert calls == {"forward": 5, "backward": 5}
    torch.testing.assert_close(loss, loss_ref, rtol=1e-6, atol=1e-6)
    assert grads.keys() == grads_ref.keys()
    for name, g in grads.items():
        assert g is not None, name
        torch.testing.assert_close(g, grads_ref[name], rtol=1e-5, atol=1e-6, msg=name)
    assert ours.model.norm.forward.__func__ is fast_norm._forward_triton
