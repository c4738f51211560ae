"""NF4 weights dequantized in one pass: each byte's two 4-bit codes looked up, times their block's scale.

Every fused projection dequantizes its frozen weight twice a step (forward and backward: keeping the bf16 weight
would cost 2.2 GB for a 1.1B model). bitsandbytes' kernel took 2.8 ms of a reference step's 23.4 ms of GPU time
on an H200 (305 calls, `docs/gpu/kernel-owners-session9.txt`), about 1.7 TB/s for what is a pure stream: read half
a byte and write two bytes per weight. This kernel gives the same values bit for bit (the code times the block's
float32 scale, rounded once to the output dtype) with wider programs.

The scales are float32 with double quantization already undone (`lora.Frozen4bit`).
"""

from __future__ import annotations

import torch

from lorasmith.fast.kernels import triton
from lorasmith.fast.kernels.rounding import cast

tr = triton()
tl = tr.language

BYTES = 2048  # packed bytes per program: 4,096 weights


@tr.jit(do_not_specialize=["n_bytes"])
def _dequant(q_ptr, absmax_ptr, code_ptr, out_ptr, n_bytes, HALF_BLOCK: tl.constexpr, BYTES: tl.constexpr):
    """Bytes [pid * BYTES, +BYTES) of the packed weight: the high nibble is the even weight, the low one the odd."""
    offs = tl.program_id(0).to(tl.int64) * BYTES + tl.arange(0, BYTES)
    inside = offs < n_bytes
    q = tl.load(q_ptr + offs, mask=inside, other=0).to(tl.int32)
    scale = tl.load(absmax_ptr + offs // HALF_BLOCK, mask=inside, other=0.0)  # both weights of a byte share a block
    hi = tl.load(code_ptr + (q >> 4)) * scale
    lo = tl.load(code_ptr + (q & 0xF)) * scale
    ty = out_ptr.dtype.element_ty
    pair = tl.join(cast(hi, ty), cast(lo, ty))  # (BYTES, 2): weight 2i, then 2i + 1
    outs = tl.program_id(0).to(tl.int64) * (2 * BYTES) + tl.arange(0, 2 * BYTES)
    tl.store(out_ptr + outs, tl.reshape(pair, (2 * BYTES,)), mask=outs < 2 * n_bytes)


def supports(quant_type: str, blocksize: int, shape, dtype) -> bool:
    """NF4, an even block size, an even number of weights (two per byte), a floating output dtype."""
    n = 1
    for d in shape:
        n *= d
    return (quant_type == "nf4" and blocksize % 2 == 0 and n % 2 == 0
            and dtype in (torch.float32, torch.bfloat16, torch.float16))


def dequantize(data: torch.Tensor, absmax: torch.Tensor, code: torch.Tensor, blocksize: int, shape,
               dtype: torch.dtype) -> torch.Tensor:
    """The `shape` matrix in `dtype` from packed NF4 `data` (uint8, two codes per byte), float32 `absmax` (one per
    `blocksize` weights) and the 16-entry float32 `code`."""
    q = data.reshape(-1)
    if q.dtype != torch.uint8:
        q = q.view(torch.uint8)
    out = torch.empty(shape, device=q.device, dtype=dtype)
    n_bytes = q.numel()
    _dequant[(tr.cdiv(n_bytes, BYTES),)](q, absmax, code, out, n_bytes, HALF_BLOCK=blocksize // 2, BYTES=BYTES)
    return out
