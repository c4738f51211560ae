"""One autograd node for a 4-bit base projection plus its LoRA adapter, with a hand-written backward.

    y = x W^T + s * (drop(x) A^T) B^T            W: NF4/FP4 weight, dequantized on the fly, frozen

PEFT runs this as ~10 separately recorded ops (dequantize, matmul, clone, cast, dropout, two linears, scale, add),
each with its own autograd bookkeeping, and saves the dropped-out input in the compute dtype for every projection.
Here the forward and backward are each a handful of kernels, and what is saved for the backward is the input `x`
itself (shared by q/k/v and by gate/up, so it costs nothing extra), the dropout mask as bits (or, with the Triton
kernels, only the seed the kernels draw it from: `Seeded`, kernels/lora.py) and the rank-r activation. The weight is
dequantized again in the backward instead of being kept.

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


_GATHER = 0x0102040810204080  # moves the low bit of byte i of a 64-bit word to bit 56 + i


def pack(mask: torch.Tensor) -> torch.Tensor:
    """A boolean mask as bits: 8 elements per byte along the last dimension (which must be a multiple of 8).

    Each 8 bools are one 64-bit word of 0/1 bytes; one multiply gathers their bits into the top byte. Three
    elementwise kernels, where a sum over groups of 8 was a slow reduction (a third of a 16k-token step)."""
    words = mask.contiguous().view(torch.uint8).view(torch.int64)
    return ((words * _GATHER) >> 56).to(torch.uint8)  # int64 wraps; the cast keeps the low byte = bits 56..63


@functools.cache
def _bit_weights(device) -> torch.Tensor:
    return (2 ** torch.arange(8, dtype=torch.int32, device=device)).to(torch.uint8)


def unpack(bits: torch.Tensor) -> torch.Tensor:
    return (bits.unsqueeze(-1) & _bit_weights(bits.device)).ne(0).flatten(-2)


def _keep(mask):
    """What a backward keeps of a dropout mask: its bits (1/8 of the bytes) where the width allows."""
    return None if mask is None else pack(mask) if mask.shape[-1] % 8 == 0 else mask


def _restore(kept):
    return None if kept is None or kept.dtype == torch.bool else unpack(kept)


class Seeded:
    """Dropout drawn inside the Triton kernels (kernels/lora.py) from a seed on the device: no mask is ever stored."""

    __slots__ = ("seed", "p")

    def __init__(self, seed: torch.Tensor, p: float):
        self.seed, self.p = seed, p


def _project(x, A, drop, s: float):
    """The rank-r activation h: drop(x) A^T, without the 1/keep (which the scale carries). With the Triton kernels
    (`drop` Seeded) h is times the scale s, which the kernel applies for free; the torch path leaves s to the
    matmuls' alpha."""
    if isinstance(drop, Seeded):
        from lorasmith.fast.kernels import lora as kernels

        return kernels.project(x.flatten(0, -2), A, drop.seed, drop.p, s).view(*x.shape[:-1], A.shape[0])
    return (x if drop is None else torch.where(drop, x, 0)) @ A.t()


def _forward(x, weight, A, B, s: float, drop):
    """y = x W^T + s (drop(x) A^T) B^T and the rank-r activation h (see _project); `drop` is None, a bool mask or
    Seeded."""
    W = dequantize(weight).to(x.dtype)
    h = _project(x, A, drop, s)                        # (..., r)
    y = (x @ W.t()).flatten(0, -2)
    # in place: addmm with a separate input first copies that input into its output, a pass over y per projection
    y.addmm_(h.flatten(0, -2), B.t(), alpha=1.0 if isinstance(drop, Seeded) else s)
    return y.view(*x.shape[:-1], W.shape[0]), h


def _backward(dy, x, weight, A, B, h, drop, s: float, need_x: bool, need_A: bool, need_B: bool):
    """d input, d A, d B of `_forward` (None where not needed); the weight is dequantized again, not kept."""
    dy2, dh = _dh(dy, B, s, drop)
    dx = _input_grad(dy2, weight, A, dh, drop, x.shape, s) if need_x else None
    return (dx, *_adapter_grads(dy2, x, A, h, dh, drop, s, need_A, need_B))


def _dh(dy, B, s: float, drop):
    """dy as rows, and the gradient of drop(x) A^T: dy B times the scale, which the Triton kernels (`drop` Seeded)
    apply themselves."""
    dy2 = dy.flatten(0, -2)
    dh = dy2 @ B                                       # (n, r)
    return dy2, dh if isinstance(drop, Seeded) else dh.mul_(s)


def _input_grad(dy2, weight, A, dh, drop, shape, s: float):
    """d input of `_forward`: dy W + s (dh A) * mask, shaped `shape` (dh from `_dh`). It needs no input, so a caller
    that recomputes the input (SwiGLUNF4) can take it first."""
    W = dequantize(weight).to(dy2.dtype)
    if isinstance(drop, Seeded):  # the kernel adds the adapter's share into dx in place
        from lorasmith.fast.kernels import lora as kernels

        dx = dy2 @ W
        kernels.add_dx(dx, A, dh, drop.seed, drop.p, s)
        return dx.view(shape)
    lora = dh @ A
    if drop is not None:
        lora = torch.where(drop.flatten(0, -2), lora, 0)
    return torch.addmm(lora, dy2, W).view(shape)


def _adapter_grads(dy2, x, A, h, dh, drop, s: float, need_A: bool, need_B: bool):
    """d A and d B of `_forward` (None where not needed; h and dh as `_project` and `_dh` give them); `x` is read
    only for d A."""
    dA = dB = None
    seeded = isinstance(drop, Seeded)
    if need_A:
        x2 = x.flatten(0, -2)
        if seeded:
            from lorasmith.fast.kernels import lora as kernels

            dA = kernels.grad_A(x2, A, dh, drop.seed, drop.p, s)
        else:
            dA = dh.t() @ (x2 if drop is None else torch.where(drop.flatten(0, -2), x2, 0))
    if need_B:
        dB = dy2.t() @ h.flatten(0, -2)
        if not seeded:  # the kernels' h carries the scale already
            dB.mul_(s)
    return dA, dB


def _save(ctx, drop, *tensors):
    """Saves the tensors plus what the backward needs of the dropout: bits of the mask, or the seed."""
    seeded = isinstance(drop, Seeded)
    ctx.save_for_backward(*tensors, drop.seed if seeded else _keep(drop))
    ctx.p = drop.p if seeded else None


def _saved(ctx):
    *tensors, kept = ctx.saved_tensors
    return (*tensors, Seeded(kept, ctx.p) if ctx.p is not None else _restore(kept))


class LoraNF4(torch.autograd.Function):
    """Forward/backward of `x W^T + s * ((x * mask / keep) A^T) B^T`; `drop` is None without dropout, else a bool
    mask or `Seeded`.

    The 1/keep of inverted dropout is folded into the scale, so dropping is a single select on the input."""

    @staticmethod
    def forward(ctx, x, weight, A, B, scaling: float, drop, keep: float):
        s = scaling / keep if drop is not None else scaling
        y, h = _forward(x, weight, A, B, s, drop)
        _save(ctx, drop, x, A, B, h)
        ctx.weight, ctx.s = weight, s
        return y

    @staticmethod
    def backward(ctx, dy):
        x, A, B, h, drop = _saved(ctx)
        need = ctx.needs_input_grad
        dx, dA, dB = _backward(dy, x, ctx.weight, A, B, h, drop, ctx.s, need[0], need[2], need[3])
        return dx, None, dA, dB, None, None, None


class SwiGLUNF4(torch.autograd.Function):
    """The MLP's tail as one node: `down(silu(g) * u)` with the down projection's LoRA and dropout, as LoraNF4.

    Unfused, the backward keeps silu(g) and the product silu(g) * u (two activations of the MLP's width) on top of
    g and u; here it keeps only g and u and recomputes the product. With `kernels`, the elementwise work is one Triton
    kernel each way (kernels/swiglu.py), rounded as torch rounds; the backward's also writes the product for dA."""

    @staticmethod
    def forward(ctx, g, u, weight, A, B, scaling: float, drop, keep: float, kernels: bool):
        s = scaling / keep if drop is not None else scaling
        y, h = _forward(_swiglu(g, u, kernels), weight, A, B, s, drop)
        _save(ctx, drop, g, u, A, B, h)
        ctx.weight, ctx.s, ctx.kernels = weight, s, kernels
        return y

    @staticmethod
    def backward(ctx, dy):
        g, u, A, B, h, drop = _saved(ctx)
        need = ctx.needs_input_grad
        dy2, dh = _dh(dy, B, ctx.s, drop)
        dg = du = product = None
        if need[0] or need[1]:  # dp first: the pass that computes dg and du also recomputes the product for dA
            dp = _input_grad(dy2, ctx.weight, A, dh, drop, g.shape, ctx.s)
            if ctx.kernels:
                from lorasmith.fast.kernels.swiglu import swiglu_backward

                dg, du, product = swiglu_backward(dp, g, u, need_g=need[0], need_u=need[1], want_h=need[3])
            else:  # the same kernels autograd runs for silu(g) * u
                act = torch.nn.functional.silu(g)  # bit for bit the forward's
                dg = torch.ops.aten.silu_backward(dp * u, g)
                du = dp * act
                product = act * u
        if need[3] and product is None:
            product = _swiglu(g, u, ctx.kernels)
        dA, dB = _adapter_grads(dy2, product, A, h, dh, drop, ctx.s, need[3], need[4])
        return dg, du, None, dA, dB, None, None, None, None


def _swiglu(g, u, kernels: bool):
    if kernels:
        from lorasmith.fast.kernels.swiglu import swiglu_forward

        return swiglu_forward(g, u)
    return torch.nn.functional.silu(g) * u


def _dropout(x: torch.Tensor, A: torch.Tensor, p: float, training: bool, kernels: bool):
    """(drop, keep): drop is None without dropout, `Seeded` for the Triton kernels where asked and they take the
    shapes, else a bool mask; keep is 1 - the probability it was drawn with (the kernels round p to 16 bits)."""
    if not (training and p > 0):
        return None, 1.0
    if kernels:
        from lorasmith.fast.kernels import lora as fused

        if fused.supports(x, A):
            return Seeded(fused.new_seed(x.device), fused.quantized(p)), 1 - fused.quantized(p)
    return torch.rand(x.shape, device=x.device) >= p, 1 - p  # float32 draws: a bfloat16 draw would skew p


def lora_nf4(x: torch.Tensor, weight, A: torch.Tensor, B: torch.Tensor, scaling: float, p: float,
             training: bool, kernels: bool = False) -> torch.Tensor:
    """The fused projection; dropout with probability `p` on the adapter's input only, as PEFT does. `kernels`:
    the dropout is drawn inside Triton kernels (kernels/lora.py) instead of kept as a mask."""
    drop, keep = _dropout(x, A, p, training, kernels)
    return LoraNF4.apply(x, weight, A, B, scaling, drop, keep)


def swiglu_nf4(g, u, weight, A, B, scaling: float, p: float, training: bool, kernels: bool = False) -> torch.Tensor:
    """`down(silu(g) * u)` fused; the dropout is drawn over the product, the down projection's input."""
    drop, keep = _dropout(g, A, p, training, kernels)
    return SwiGLUNF4.apply(g, u, weight, A, B, scaling, drop, keep, kernels)


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
        kernels = False  # draw the adapter's dropout inside Triton kernels (set per module by fast.fuse)

        def _fused(self):
            """(A, B, scaling, dropout p, frozen weight) when the fused path applies, else None."""
            names = self.active_adapters
            base = self.get_base_layer()
            if (self.disable_adapters or self.merged or len(names) != 1 or base.bias is not None
                    or names[0] not in self.lora_A or names[0] in self.lora_variant):
                return None
            name = names[0]
            A, B = self.lora_A[name].weight, self.lora_B[name].weight
            drop = self.lora_dropout[name]
            p = drop.p if isinstance(drop, torch.nn.Dropout) else 0.0
            frozen = getattr(self, "_frozen", None)
            if frozen is None or frozen.data.data_ptr() != base.weight.data_ptr():  # first call, or weight moved
                frozen = self._frozen = Frozen4bit(base.weight)
            return A, B.to(A.dtype), self.scaling[name], p, frozen

        def forward(self, x: torch.Tensor, *args, **kwargs) -> torch.Tensor:
            fused = None if args or kwargs else self._fused()
            if fused is None:
                return super().forward(x, *args, **kwargs)
            A, B, scaling, p, frozen = fused
            # The adapter's dtype is the compute dtype (train keeps it so); autocast would only re-cast each matmul.
            with torch.autocast(x.device.type, enabled=False):
                y = lora_nf4(x.to(A.dtype), frozen, A, B, scaling, p, self.training, self.kernels)
            return y.to(x.dtype)

        def swiglu(self, g: torch.Tensor, u: torch.Tensor) -> torch.Tensor:
            """This projection applied to silu(g) * u, fused with it when it can be (see SwiGLUNF4)."""
            fused = self._fused()
            if fused is None or g.dtype != fused[0].dtype or u.dtype != g.dtype:
                return self(torch.nn.functional.silu(g) * u)
            A, B, scaling, p, frozen = fused
            with torch.autocast(g.device.type, enabled=False):
                return swiglu_nf4(g, u, frozen, A, B, scaling, p, self.training, self.kernels)

    return FusedLinear4bit


def fuse_mlps(model) -> int:
    """Route each Llama MLP whose down projection is our layer through `swiglu` (an attribute of that module object;
    no library class changes). Returns how many."""
    cls, n = layer_class(), 0
    for module in model.modules():
        down = getattr(module, "down_proj", None)
        if (type(module).__name__ == "LlamaMLP" and isinstance(down, cls)
                and type(getattr(module, "act_fn", None)).__name__ in ("SiLU", "SiLUActivation")):
            module.forward = _mlp_forward(module)
            n += 1
    return n


def _mlp_forward(mlp):
    def forward(x):
        return mlp.down_proj.swiglu(mlp.gate_proj(x), mlp.up_proj(x))

    return forward
