"""Rounding float32 to a 16-bit dtype inside Triton kernels, to nearest even, as torch and the GPU round.

By hand for bfloat16, not `.to(tl.bfloat16)`: Triton's interpreter truncates there (and mishandles subnormals), and
one code path for both keeps the CPU tests of the kernels meaningful."""

from __future__ import annotations

from lorasmith.fast.kernels import triton as _import_triton

triton = _import_triton()
tl = triton.language


@triton.jit
def bf16_bits(x):
    """float32 `x` rounded to bfloat16: its bits, in the high half of a uint32. NaNs become the canonical one:
    rounding a payload could carry into the exponent or the sign."""
    bits = x.to(tl.uint32, bitcast=True)
    bits = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000
    return tl.where(x == x, bits, 0x7FC00000)


@triton.jit
def round_to(x, ty: tl.constexpr):
    """`x` (float32) rounded to `ty`'s precision, still as float32: the value torch would store."""
    if ty == tl.bfloat16:
        return bf16_bits(x).to(tl.float32, bitcast=True)
    elif ty == tl.float16:
        return x.to(tl.float16).to(tl.float32)
    else:
        return x


@triton.jit
def cast(x, ty: tl.constexpr):
    """`x` (float32) rounded to `ty`."""
    if ty == tl.bfloat16:
        return (bf16_bits(x) >> 16).to(tl.uint16).to(tl.bfloat16, bitcast=True)
    else:
        return x.to(ty)
