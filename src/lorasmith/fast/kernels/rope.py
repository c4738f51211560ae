"""The rotary position embedding of q and k, one Triton kernel each way, rounded as torch rounds.

transformers rotates q and k on their (batch, heads, tokens, d) views with about ten elementwise kernels forward
(two multiplies by broadcast tables, a negation, a concatenation, an add, for each of q and k) and more backward.
Inside a CUDA graph at a reference step's ~1,000 tokens each is a few microseconds of launch-bound work, over 22
layers they add up to milliseconds of a ~26 ms step. Here q and k are rotated by one kernel each way.

    out[:h] = x[:h] cos[:h] - x[h:] sin[:h]        h = d / 2 (the rotate-half convention of Llama)
    out[h:] = x[h:] cos[h:] + x[:h] sin[h:]

Each product and the sum are rounded to the input dtype where torch rounds them, so the result is torch's bit for
bit; the backward likewise (autograd's dx = dy cos + rotate_half^T(dy sin)). Inputs are (tokens, heads, d) and
(tokens, d) tables, contiguous; d / 2 must be a power of two (`supports`).
"""

from __future__ import annotations

import torch

from lorasmith.fast.kernels import triton as _import_triton

triton = _import_triton()  # before the kernels are defined: picks the interpreter without CUDA
tl = triton.language

from lorasmith.fast.kernels.rounding import cast as _cast  # noqa: E402
from lorasmith.fast.kernels.rounding import round_to as _round_to  # noqa: E402

BT = 32  # tokens per program; one program per (block of tokens, head)


@triton.jit
def _rotate_head(x_ptr, out_ptr, cos_ptr, sin_ptr, T, HEADS, head, SIGN: tl.constexpr, HALF: tl.constexpr,
                 BT: tl.constexpr):
    """out = x cos + SIGN * rotate_half(x) sin for one head over BT tokens; SIGN -1 is the backward (the transpose
    of the rotation), with the same roundings as autograd."""
    ty: tl.constexpr = x_ptr.dtype.element_ty
    rows = tl.program_id(0) * BT + tl.arange(0, BT)
    j = tl.arange(0, HALF)
    inside = rows[:, None] < T
    xi = rows[:, None].to(tl.int64) * HEADS * 2 * HALF + head * 2 * HALF + j[None, :]
    ti = rows[:, None] * 2 * HALF + j[None, :]
    x1 = tl.load(x_ptr + xi, mask=inside, other=0.0).to(tl.float32)
    x2 = tl.load(x_ptr + xi + HALF, mask=inside, other=0.0).to(tl.float32)
    c1 = tl.load(cos_ptr + ti, mask=inside, other=0.0).to(tl.float32)
    c2 = tl.load(cos_ptr + ti + HALF, mask=inside, other=0.0).to(tl.float32)
    s1 = tl.load(sin_ptr + ti, mask=inside, other=0.0).to(tl.float32)
    s2 = tl.load(sin_ptr + ti + HALF, mask=inside, other=0.0).to(tl.float32)
    if SIGN > 0:  # forward: rotate_half(x) = (-x2, x1)
        o1 = _round_to(x1 * c1, ty) - _round_to(x2 * s1, ty)
        o2 = _round_to(x2 * c2, ty) + _round_to(x1 * s2, ty)
    else:  # backward: rotate_half^T(y) = (y2, -y1), applied to dy sin
        o1 = _round_to(x1 * c1, ty) + _round_to(x2 * s2, ty)
        o2 = _round_to(x2 * c2, ty) - _round_to(x1 * s1, ty)
    tl.store(out_ptr + xi, _cast(o1, ty), mask=inside)
    tl.store(out_ptr + xi + HALF, _cast(o2, ty), mask=inside)


@triton.jit
def _rotate(q_ptr, k_ptr, qo_ptr, ko_ptr, cos_ptr, sin_ptr, T, HQ, HK, SIGN: tl.constexpr, HALF: tl.constexpr,
            BT: tl.constexpr):
    """q's heads, then k's, along program axis 1: one launch for both."""
    head = tl.program_id(1)
    if head < HQ:
        _rotate_head(q_ptr, qo_ptr, cos_ptr, sin_ptr, T, HQ, head, SIGN, HALF, BT)
    else:
        _rotate_head(k_ptr, ko_ptr, cos_ptr, sin_ptr, T, HK, head - HQ, SIGN, HALF, BT)


def supports(x: torch.Tensor, cos: torch.Tensor) -> bool:
    """Shapes and dtypes the kernel takes: (T, heads, d) with d / 2 a power of two, tables (T, d) of x's dtype.

    Not float16 on CUDA: there a quarter of the results came out one unit in the last place off torch's (measured at
    the reference shapes; the interpreter matches torch), so float16 keeps torch's ops."""
    d = x.shape[-1]
    dtypes = (torch.bfloat16, torch.float32) if x.is_cuda else (torch.bfloat16, torch.float16, torch.float32)
    return (x.dim() == 3 and cos.dim() == 2 and cos.shape == (x.shape[0], d) and cos.dtype == x.dtype
            and x.dtype in dtypes and d >= 2 and (d // 2) & (d // 2 - 1) == 0 and x.numel() < 2**31)


def rotate(q: torch.Tensor, k: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor,
           backward: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
    """q (T, heads, d) and k (T, kv heads, d) rotated by the tables (T, d); `backward`: the gradients' rotation (the
    transpose), given dq and dk."""
    q, k, cos, sin = (t.contiguous() for t in (q, k, cos, sin))
    T, hq, d = q.shape
    qo, ko = torch.empty_like(q), torch.empty_like(k)
    if T:
        _rotate[(triton.cdiv(T, BT), hq + k.shape[1])](q, k, qo, ko, cos, sin, T, hq, k.shape[1],
                                                       SIGN=-1 if backward else 1, HALF=d // 2, BT=BT)
    return qo, ko
