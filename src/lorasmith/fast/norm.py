"""RMSNorm with a hand-written backward that keeps half of what the stock one keeps.

transformers' LlamaRMSNorm upcasts its (bf16) input to float32 and normalizes that copy; autograd then saves the
float32 copy for the backward of the square and of the multiply by the reciprocal RMS: 4 bytes per hidden unit per
token, 8 KiB per token per norm at hidden 2048, two norms per layer. Here the forward runs the very same ops in the
same order (so its output is bitwise the stock one's, with or without autocast, which leaves these ops alone), and
what is saved is the input in its own dtype plus one float32 reciprocal RMS per token: 2 bytes per hidden unit + 4.
The backward recomputes the normalized input from those in float32. With `use_triton`, the same math and roundings
run as one Triton kernel each way (`kernels/norm.py`) instead of a dozen float32 elementwise ops; not bitwise, as it
sums in another order. Where the kernels do not take the tensors, the torch ops run.

How it plugs in, without touching any library class: `install` sets `forward` on each LlamaRMSNorm module object.
Only that class: other models' norms differ (Gemma scales by 1 + weight, some norms compute in the input dtype).
"""

from __future__ import annotations

import types

import torch

NORM_CLASSES = ("LlamaRMSNorm",)  # norms whose forward is exactly `RMSNormFn`'s


class RMSNormFn(torch.autograd.Function):
    """`weight * (x32 * rsqrt(mean(x32^2) + eps)).to(x.dtype)` with x32 = x in float32; saves x, weight, rstd."""

    @staticmethod
    def forward(ctx, x, weight, eps: float, use_triton: bool = False):
        ctx.triton = use_triton and _kernels().supported(x, weight)
        if ctx.triton:
            y, rstd = _kernels().rmsnorm_forward(x, weight, eps)
            ctx.save_for_backward(x, weight, rstd)
            return y
        x32 = x.to(torch.float32)
        rstd = torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + eps)  # (..., 1) float32: 4 bytes per token
        ctx.save_for_backward(x, weight, rstd)
        return weight * (x32 * rstd).to(x.dtype)

    @staticmethod
    def backward(ctx, dy):
        x, weight, rstd = ctx.saved_tensors
        if ctx.triton:
            dx, dw = _kernels().rmsnorm_backward(dy, x, weight, rstd, *ctx.needs_input_grad[:2])
            return dx, dw, None, None
        n = x.to(torch.float32) * rstd  # the normalized input, recomputed rather than kept
        dx = dw = None
        if ctx.needs_input_grad[0]:
            # float32 throughout: the stock backward rounds dy * weight to the input dtype before using it
            g = dy.to(torch.float32) * weight.to(torch.float32)
            dx = (rstd * (g - n * (g * n).mean(-1, keepdim=True))).to(x.dtype)
        if ctx.needs_input_grad[1]:
            # the forward multiplied the weight by n rounded to x's dtype, so that is its derivative
            dw = (dy.to(torch.float32) * n.to(x.dtype)).reshape(-1, n.shape[-1]).sum(0).to(weight.dtype)
        return dx, dw, None, None


def _kernels():
    from lorasmith.fast.kernels import norm  # imports Triton: only when asked for

    return norm


def _forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
    return RMSNormFn.apply(hidden_states, self.weight, self.variance_epsilon)


def _forward_triton(self, hidden_states: torch.Tensor) -> torch.Tensor:
    return RMSNormFn.apply(hidden_states, self.weight, self.variance_epsilon, True)


def install(model, triton: bool = False) -> int:
    """Give each LlamaRMSNorm module of `model` the forward of `RMSNormFn` (through the Triton kernels if `triton`);
    returns how many were given it."""
    count = 0
    for module in model.modules():
        if type(module).__name__ not in NORM_CLASSES or not hasattr(module, "variance_epsilon"):
            continue
        # a bound method, not a closure: deepcopy rebinds it to the copy, so a copied model uses its own weights
        module.forward = types.MethodType(_forward_triton if triton else _forward, module)
        count += 1
    return count
