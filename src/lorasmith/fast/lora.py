"""One autograd node for a 4-bit base projection plus its LoRA adapter, with a hand-written backward.

    y = x W^T + s * (drop(x) A^T) B^T            W: NF4/FP4 weight, dequantized on the fly, frozen

PEFT runs this as ~10 separately recorded ops (dequantize, matmul, clone, cast, dropout, two linears, scale, add),
each with its own autograd bookkeeping, and saves the dropped-out input in the compute dtype for every projection.
Here the forward and backward are each a handful of kernels, and what is saved for the backward is the input `x`
itself (shared by q/k/v and by gate/up, so it costs nothing extra), a one-byte dropout mask and the rank-r
activation. The weight is dequantized again in the backward instead of being kept.

The layer subclasses PEFT's own `Linear4bit` and is registered through LoraConfig's custom-module hook, so the
adapter's parameter names, saving, loading and merging are PEFT's: a checkpoint trained here is a plain PEFT adapter.
"""

from __future__ import annotations

import functools

import torch

from lorasmith.deps import require

_bnb_functional = None  # bitsandbytes.functional, imported once by bnb_functional() (plain global: compile-friendly)


def bnb_functional():
    global _bnb_functional
    if _bnb_functional is None:
        _bnb_functional = require("bitsandbytes.functional", "4-bit base weights")
    return _bnb_functional


class Frozen4bit:
    """What the kernel needs of a frozen 4-bit weight, resolved once: packed data, float32 block scales (double
    quantization undone once: 4 bytes per 64 weights, instead of two extra kernels and a host-to-device copy of
    the offset on every call), block size, type, shape and dtype."""

    __slots__ = ("data", "absmax", "blocksize", "quant_type", "shape", "dtype")

    def __init__(self, weight):
        qs = weight.quant_state
        absmax = qs.absmax
        if qs.nested:
            absmax = bnb_functional().dequantize_blockwise(qs.absmax, qs.state2) + qs.offset
        self.data, self.absmax = weight.data, absmax.float()
        self.blocksize, self.quant_type, self.shape, self.dtype = qs.blocksize, qs.quant_type, tuple(qs.shape), qs.dtype


def dequantize(weight) -> torch.Tensor:
    """The full-precision (out, in) matrix of a bitsandbytes `Params4bit` (or of its `Frozen4bit`)."""
    w = weight if isinstance(weight, Frozen4bit) else Frozen4bit(weight)
    return torch.ops.bitsandbytes.dequantize_4bit.default(w.data, w.absmax, w.blocksize, w.quant_type, w.shape,
                                                          w.dtype)


class LoraNF4(torch.autograd.Function):
    """Forward/backward of `x W^T + s * ((x * mask / keep) A^T) B^T`; `mask` (bool) is None without dropout.

    The 1/keep of inverted dropout is folded into the scale, so dropping is a single select on the input."""

    @staticmethod
    def forward(ctx, x, weight, A, B, scaling: float, mask, keep: float):
        s = scaling / keep if mask is not None else scaling
        W = dequantize(weight).to(x.dtype)
        xd = x if mask is None else torch.where(mask, x, 0)
        h = xd @ A.t()                                     # (..., r)
        y = torch.addmm((x @ W.t()).flatten(0, -2), h.flatten(0, -2), B.t(), alpha=s)
        ctx.save_for_backward(x, A, B, h, mask)
        ctx.weight, ctx.s = weight, s
        return y.view(*x.shape[:-1], W.shape[0])

    @staticmethod
    def backward(ctx, dy):
        x, A, B, h, mask = ctx.saved_tensors
        s = ctx.s
        dy2 = dy.flatten(0, -2)
        dh = (dy2 @ B).mul_(s)                             # (n, r)
        dx = dA = dB = None
        if ctx.needs_input_grad[0]:
            lora = dh @ A
            if mask is not None:
                lora = torch.where(mask.flatten(0, -2), lora, 0)
            dx = torch.addmm(lora, dy2, dequantize(ctx.weight).to(dy.dtype)).view(x.shape)
        if ctx.needs_input_grad[2]:
            x2 = x.flatten(0, -2)
            dA = dh.t() @ (x2 if mask is None else torch.where(mask.flatten(0, -2), x2, 0))
        if ctx.needs_input_grad[3]:
            dB = (dy2.t() @ h.flatten(0, -2)).mul_(s)
        return dx, None, dA, dB, None, None, None


def lora_nf4(x: torch.Tensor, weight, A: torch.Tensor, B: torch.Tensor, scaling: float, p: float,
             training: bool) -> torch.Tensor:
    """The fused projection; dropout with probability `p` on the adapter's input only, as PEFT does."""
    mask = None
    if training and p > 0:
        mask = torch.rand(x.shape, device=x.device) >= p  # float32 draws: a bfloat16 draw would skew p
    return LoraNF4.apply(x, weight, A, B, scaling, mask, 1 - p if mask is not None else 1.0)


def reference(x, W, A, B, scaling: float, mask, keep: float) -> torch.Tensor:
    """The same computation in plain autograd ops, for the tests."""
    xd = x if mask is None else x * mask / keep
    return x @ W.t() + scaling * (xd @ A.t()) @ B.t()


@functools.cache
def layer_class():
    """PEFT's 4-bit LoRA layer with the fused forward when it applies (one plain adapter, not merged, no mixed batch);
    any other case goes to PEFT's own forward."""
    from peft.tuners.lora.bnb import Linear4bit

    bnb_functional()

    class FusedLinear4bit(Linear4bit):
        def forward(self, x: torch.Tensor, *args, **kwargs) -> torch.Tensor:
            names = self.active_adapters
            base = self.get_base_layer()
            if (self.disable_adapters or self.merged or args or kwargs or len(names) != 1 or base.bias is not None
                    or names[0] not in self.lora_A or names[0] in self.lora_variant):
                return super().forward(x, *args, **kwargs)
            name = names[0]
            A, B = self.lora_A[name].weight, self.lora_B[name].weight
            drop = self.lora_dropout[name]
            p = drop.p if isinstance(drop, torch.nn.Dropout) else 0.0
            # The adapter's dtype is the compute dtype (train keeps it so); autocast would only re-cast each matmul.
            frozen = getattr(self, "_frozen", None)
            if frozen is None or frozen.data.data_ptr() != base.weight.data_ptr():  # first call, or weight moved
                frozen = self._frozen = Frozen4bit(base.weight)
            with torch.autocast(x.device.type, enabled=False):
                y = lora_nf4(x.to(A.dtype), frozen, A, B.to(A.dtype), self.scaling[name], p, self.training)
            return y.to(x.dtype)

    return FusedLinear4bit
