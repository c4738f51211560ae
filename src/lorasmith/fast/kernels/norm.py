"""RMSNorm in Triton: one kernel for the forward, one for the backward, with the math and rounding steps of the torch
ops in `lorasmith.fast.norm.RMSNormFn`.

Each program holds whole rows of hidden size H in registers (a block of the next power of two, masked), so the input
is read once each way: memory-bound. The weight's gradient needs a sum over all tokens: each backward program adds
up its own block of rows into a float32 partial row and torch sums the partials, which is deterministic (no atomics).
No autotuning and no host syncs, so both launches can be captured in a CUDA graph.

Any mix of float32 / bfloat16 / float16 for the input and the weight works: the output has the dtype torch's
`weight * t` would give (`torch.promote_types`), from a float32 product rounded once, which is what torch does too.
The reciprocal RMS comes back as float32 of shape (..., 1), as the torch path saves it.
"""

from __future__ import annotations

import os

import torch

from lorasmith.fast.kernels import triton as _triton

triton = _triton()
tl = triton.language

from lorasmith.fast.kernels.rounding import cast as _cast  # noqa: E402
from lorasmith.fast.kernels.rounding import round_to as _rounded  # noqa: E402

DTYPES = (torch.float32, torch.bfloat16, torch.float16)
MAX_HIDDEN = 8192  # whole rows live in registers: for sm_90 the backward spills a little here, much more past it
DW_PARTIALS = 1024  # at most this many float32 partial rows for the weight's gradient (8 MiB at H = 2048)


@triton.jit
def _forward_kernel(x_ptr, w_ptr, y_ptr, rstd_ptr, H, eps, BLOCK: tl.constexpr):
    row = tl.program_id(0).to(tl.int64)
    cols = tl.arange(0, BLOCK)
    mask = cols < H
    x = tl.load(x_ptr + row * H + cols, mask=mask, other=0.0).to(tl.float32)
    rstd = tl.rsqrt(tl.sum(x * x, axis=0) / H + eps)
    # rounded to the input's dtype before the weight multiplies it, as in the torch path
    n = _rounded(x * rstd, x_ptr.dtype.element_ty)
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    tl.store(y_ptr + row * H + cols, _cast(w * n, y_ptr.dtype.element_ty), mask=mask)
    tl.store(rstd_ptr + row, rstd)


@triton.jit
def _backward_kernel(dy_ptr, x_ptr, w_ptr, rstd_ptr, dx_ptr, dw_partial_ptr, N, H, ROWS: tl.constexpr,
                     NEED_DX: tl.constexpr, NEED_DW: tl.constexpr, BLOCK: tl.constexpr):
    pid = tl.program_id(0)
    cols = tl.arange(0, BLOCK)
    mask = cols < H
    w = tl.load(w_ptr + cols, mask=mask, other=0.0).to(tl.float32)
    dw = tl.zeros([BLOCK], dtype=tl.float32)
    first = pid.to(tl.int64) * ROWS
    for i in range(0, ROWS):
        row = first + i
        inside = row < N  # the last program's block may run past the end; its extra rows add zeros
        m = mask & inside
        x = tl.load(x_ptr + row * H + cols, mask=m, other=0.0).to(tl.float32)
        dy = tl.load(dy_ptr + row * H + cols, mask=m, other=0.0).to(tl.float32)
        rstd = tl.load(rstd_ptr + row, mask=inside, other=0.0)
        n = x * rstd
        if NEED_DX:
            g = dy * w
            dx = rstd * (g - n * (tl.sum(g * n, axis=0) / H))
            tl.store(dx_ptr + row * H + cols, _cast(dx, dx_ptr.dtype.element_ty), mask=m)
        if NEED_DW:
            # the forward multiplied the weight by n rounded to the input's dtype
            dw += dy * _rounded(n, x_ptr.dtype.element_ty)
    if NEED_DW:
        tl.store(dw_partial_ptr + pid * H + cols, dw, mask=mask)


def _launch(H: int) -> dict:
    block = triton.next_power_of_2(H)
    return {"BLOCK": block, "num_warps": min(16, max(1, block // 256))}  # about 8 elements a thread


def supported(x: torch.Tensor, weight: torch.Tensor) -> bool:
    """Whether the kernels take these tensors; where not, the caller keeps to the torch ops."""
    H = x.shape[-1] if x.dim() else 0
    on_device = x.is_cuda or os.environ.get("TRITON_INTERPRET") == "1"
    return (on_device and x.device == weight.device and x.dtype in DTYPES and weight.dtype in DTYPES
            and weight.dim() == 1 and weight.shape[0] == H and 0 < H <= MAX_HIDDEN)


def rmsnorm_forward(x: torch.Tensor, weight: torch.Tensor, eps: float) -> tuple[torch.Tensor, torch.Tensor]:
    """`weight * (x32 * rstd).to(x.dtype)` with rstd = rsqrt(mean(x32^2) + eps) per row: returns (y, rstd), y in the
    dtype promoted from x's and weight's, rstd float32 of shape x.shape[:-1] + (1,)."""
    H = x.shape[-1]
    x2 = x.reshape(-1, H).contiguous()
    y = torch.empty(x.shape, dtype=torch.promote_types(x.dtype, weight.dtype), device=x.device)
    rstd = torch.empty((*x.shape[:-1], 1), dtype=torch.float32, device=x.device)
    if x2.shape[0]:
        _forward_kernel[(x2.shape[0],)](x2, weight.contiguous(), y, rstd, H, float(eps), **_launch(H))
    return y, rstd


def rmsnorm_backward(dy: torch.Tensor, x: torch.Tensor, weight: torch.Tensor, rstd: torch.Tensor,
                     need_dx: bool = True, need_dw: bool = True) -> tuple[torch.Tensor | None, torch.Tensor | None]:
    """The gradients of `rmsnorm_forward` from its input, weight and rstd: (dx in x.dtype or None, dw in
    weight.dtype or None). float32 throughout; dw sums float32 partial rows in a fixed order."""
    H = x.shape[-1]
    x2 = x.reshape(-1, H).contiguous()
    N = x2.shape[0]
    dx = torch.empty(x.shape, dtype=x.dtype, device=x.device) if need_dx else None
    if not (need_dx or need_dw):
        return None, None
    if N == 0:
        return dx, (torch.zeros_like(weight) if need_dw else None)
    # with dw, a block of rows a program bounds the partial rows; without it, one row a program is the most parallel.
    # A power of two and a constexpr: few compiled variants as N varies (and the interpreter, with numpy 2.4, cannot
    # take a loop bound passed at run time)
    rows = triton.next_power_of_2(triton.cdiv(N, DW_PARTIALS)) if need_dw else 1
    programs = triton.cdiv(N, rows)
    partial = torch.empty((programs, H), dtype=torch.float32, device=x.device) if need_dw else None
    _backward_kernel[(programs,)](
        dy.reshape(-1, H).contiguous(), x2, weight.contiguous(), rstd.reshape(-1).contiguous(),
        dx if need_dx else x2, partial if need_dw else x2, N, H, ROWS=rows,
        NEED_DX=need_dx, NEED_DW=need_dw, **_launch(H))
    return dx, (partial.sum(0).to(weight.dtype) if need_dw else None)
