"""SwiGLU's elementwise part, `h = silu(g) * u` and its gradients, as one Triton kernel each way.

Unfused, torch runs silu, a multiply, and in the backward silu again, silu_backward and two multiplies: each a
full pass over activations of the MLP's width (at 16k tokens x 5,632, ~13 ms forward and ~25 ms backward per step
over 22 layers on an H200). One kernel per direction reads each input once and writes each output once.

The results are torch's to the bit where the hardware allows: every rounding torch does to the input dtype (silu(g)
before the multiply, dp * u before silu_backward) is done here too, with the same float32 formulas
(`x / (1 + exp(-x))`, IEEE division, the accurate `expf` on CUDA), so switching the kernels on does not change
a run's numbers beyond the odd last-bit difference of exp/FMA between compilers.

Plain 1-D elementwise launches over the flattened tensors: no autotuning and no host synchronisation, so they can
be captured in CUDA graphs.
"""

from __future__ import annotations

import torch

from lorasmith.fast.kernels import triton as _import_triton

triton = _import_triton()  # before the kernels are defined: picks the interpreter without CUDA
tl = triton.language
from triton.language.extra import libdevice  # noqa: E402

from lorasmith.fast.kernels.rounding import cast as _cast  # noqa: E402
from lorasmith.fast.kernels.rounding import round_to as _round_to  # noqa: E402

BLOCK = 4096  # elements per program: 16 per thread at 8 warps, wide vector loads in bf16
NUM_WARPS = 8


@triton.jit
def _one_plus_exp_neg(x, ACCURATE_EXP: tl.constexpr):
    # tl.exp is ex2.approx on CUDA, torch's silu uses expf, i.e. libdevice's (which the interpreter lacks)
    if ACCURATE_EXP:
        return 1.0 + libdevice.exp(-x)
    else:
        return 1.0 + tl.exp(-x)


@triton.jit
def _offsets(n, BLOCK: tl.constexpr):
    offs = tl.program_id(0).to(tl.int64) * BLOCK + tl.arange(0, BLOCK)  # int64: past 2^31 elements too
    return offs, offs < n


@triton.jit
def _forward(g_ptr, u_ptr, h_ptr, n, BLOCK: tl.constexpr, ACCURATE_EXP: tl.constexpr):
    ty: tl.constexpr = h_ptr.dtype.element_ty
    offs, mask = _offsets(n, BLOCK)
    g = tl.load(g_ptr + offs, mask=mask).to(tl.float32)
    u = tl.load(u_ptr + offs, mask=mask).to(tl.float32)
    act = _round_to(tl.math.div_rn(g, _one_plus_exp_neg(g, ACCURATE_EXP)), ty)  # silu(g) as torch stores it
    tl.store(h_ptr + offs, _cast(act * u, ty), mask=mask)


@triton.jit
def _backward(dp_ptr, g_ptr, u_ptr, dg_ptr, du_ptr, h_ptr, n, WRITE_DG: tl.constexpr, WRITE_DU: tl.constexpr,
              WRITE_H: tl.constexpr, BLOCK: tl.constexpr, ACCURATE_EXP: tl.constexpr):
    ty: tl.constexpr = g_ptr.dtype.element_ty
    offs, mask = _offsets(n, BLOCK)
    g = tl.load(g_ptr + offs, mask=mask).to(tl.float32)
    u = tl.load(u_ptr + offs, mask=mask).to(tl.float32)
    e = _one_plus_exp_neg(g, ACCURATE_EXP)
    act = _round_to(tl.math.div_rn(g, e), ty)
    if WRITE_H:
        tl.store(h_ptr + offs, _cast(act * u, ty), mask=mask)
    if WRITE_DG or WRITE_DU:
        dp = tl.load(dp_ptr + offs, mask=mask).to(tl.float32)
        if WRITE_DU:
            tl.store(du_ptr + offs, _cast(dp * act, ty), mask=mask)
        if WRITE_DG:  # silu_backward's formula, on dp * u rounded to the dtype as torch passes it
            s = tl.math.div_rn(1.0, e)
            dpu = _round_to(dp * u, ty)
            tl.store(dg_ptr + offs, _cast(dpu * s * (1.0 + g * (1.0 - s)), ty), mask=mask)


_DTYPES = (torch.bfloat16, torch.float16, torch.float32)  # the kernels compute in float32


def _flat(*ts: torch.Tensor) -> list[torch.Tensor]:
    shape, dtype = ts[0].shape, ts[0].dtype
    if dtype not in _DTYPES:
        raise TypeError(f"swiglu: {dtype} is not one of {_DTYPES}")
    for t in ts:
        if t.shape != shape or t.dtype != dtype or t.device != ts[0].device:
            raise ValueError(f"swiglu: inputs differ: {[(tuple(t.shape), t.dtype, t.device) for t in ts]}")
    return [t.contiguous().view(-1) for t in ts]


def _launch(kernel, n: int, device: torch.device, *args, **flags):
    grid = (triton.cdiv(n, BLOCK),)
    kernel[grid](*args, n, BLOCK=BLOCK, ACCURATE_EXP=device.type == "cuda", num_warps=NUM_WARPS, **flags)


def swiglu_forward(g: torch.Tensor, u: torch.Tensor) -> torch.Tensor:
    """`silu(g) * u`, as torch computes it (same shape and dtype as `g`)."""
    fg, fu = _flat(g, u)
    h = torch.empty_like(fg)
    if fg.numel():
        _launch(_forward, fg.numel(), fg.device, fg, fu, h)
    return h.view(g.shape)


def swiglu_backward(dp: torch.Tensor, g: torch.Tensor, u: torch.Tensor, need_g: bool = True, need_u: bool = True,
                    want_h: bool = False):
    """Gradients of `h = silu(g) * u` given `dp` = dL/dh: `(dg, du, h)`, None for those not asked for.

    dg = silu_backward(dp * u, g) and du = dp * silu(g), as autograd computes them; `h` is the forward's product
    recomputed (bit for bit `swiglu_forward`'s), for a caller that did not keep it, in the same pass."""
    fdp, fg, fu = _flat(dp, g, u)
    n = fg.numel()
    dg = torch.empty_like(fg) if need_g else None
    du = torch.empty_like(fg) if need_u else None
    h = torch.empty_like(fg) if want_h else None
    if n and (need_g or need_u or want_h):
        # outputs not written get a placeholder pointer: their stores are compiled out
        _launch(_backward, n, fg.device, fdp, fg, fu, fg if dg is None else dg, fg if du is None else du,
                fg if h is None else h, WRITE_DG=need_g, WRITE_DU=need_u, WRITE_H=want_h)
    return tuple(None if t is None else t.view(g.shape) for t in (dg, du, h))
