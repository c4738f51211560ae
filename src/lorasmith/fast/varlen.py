"""Attention over packed rows by example boundaries (variable-length attention), not by a dense mask.

A padding-free or packed row holds several examples one after another. SDPA can only keep them apart with a
T x T boolean block mask, which is quadratic in the row: at 16,384 tokens that is 256 MiB of mask per forward and
a masked kernel that computes every cross-example block only to discard it. Variable-length flash attention takes
the examples' start offsets instead (TRL's padding-free collator already computes them on the host, as
`cu_seq_lens_q` and `max_length_q`) and only computes the causal blocks inside each example.

How it plugs in: the attention implementation is registered under its own name in transformers' attention and
mask registries (their documented extension points) and selected on the model. Rows over DENSE_MAX tokens without a
padding mask, and without a cache, go to the variable-length kernel; DENSE_MAX is 0, so every padding-free row does:
even at a reference step's 1,100 tokens SDPA's masked kernel took 4 ms of 30 (docs/speed.md). Other calls
(padded batches, decoding) keep SDPA and its mask. The CUDA graphs (graphs.py) capture either kind of row. On the
CPU, or in float32, the same function runs SDPA once per example, which is also the reference the tests compare with.
"""

from __future__ import annotations

import torch

NAME = "lorasmith_varlen"
DENSE_MAX = 0  # rows this long or shorter keep SDPA's dense mask; the tests raise it to compare the two


def takes(batch: int, q_length: int, kv_length: int, padding_mask, device, dtype) -> bool:
    """A row this attention keeps apart by its examples' boundaries: one row without padding or cache, over
    DENSE_MAX tokens, where the kernel runs (`_kernel_takes`)."""
    return (batch == 1 and padding_mask is None and q_length == kv_length and q_length > DENSE_MAX
            and _kernel_takes(device, dtype))


def _kernel_takes(device, dtype) -> bool:
    """On CUDA the flash kernel takes half precision only; in float32 there, SDPA with its mask is the fast path. On
    the CPU the per-example reference runs (it is what the tests compare with)."""
    return device is None or torch.device(device).type != "cuda" or dtype in (torch.float16, torch.bfloat16)


def mask(batch_size, q_length, kv_length, *args, attention_mask=None, **kwargs):
    """SDPA's mask, except for a row the variable-length kernel takes: `attention` keeps its examples apart by their
    boundaries."""
    from transformers.masking_utils import sdpa_mask

    if (takes(batch_size, q_length, kv_length, attention_mask, kwargs.get("device"), kwargs.get("dtype"))
            and not args and not kwargs.get("q_offset", 0)):
        return None
    return sdpa_mask(batch_size, q_length, kv_length, *args, attention_mask=attention_mask, **kwargs)


def attention(module, query, key, value, attention_mask, dropout: float = 0.0, scaling=None, **kwargs):
    """transformers' attention signature: query (b, heads, T, d), key/value (b, kv_heads, T, d) -> (b, T, heads, d)."""
    from transformers.integrations.sdpa_attention import sdpa_attention_forward

    b, _, t, _ = query.shape
    # a mask of None on a row the kernel does not take is SDPA's own causal shortcut: one example, no padding
    if not (attention_mask is None and takes(b, t, key.shape[2], None, query.device, query.dtype)):
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      **kwargs)
    if dropout or not getattr(module, "is_causal", True):  # SDPA without the mask would mix the examples
        from lorasmith.errors import UserError

        raise UserError("variable-length attention covers causal attention without attention dropout; this model "
                        "has other settings: run it with train.fast=off")
    cu, longest = boundaries(kwargs, t, query.device)
    q, k, v = (x[0].transpose(0, 1) for x in (query, key, value))  # (T, heads, d)
    scale = scaling if scaling is not None else query.shape[-1] ** -0.5
    return varlen(q, k, v, cu, longest, scale).unsqueeze(0), None


def boundaries(kwargs: dict, t: int, device) -> tuple[torch.Tensor, int]:
    """Start offsets of the row's examples (int32, ending with T) and the longest example's length: the collator's
    own when it gave them (computed on the host, so no synchronisation), else from the position ids, else one
    example."""
    cu, longest = kwargs.get("cu_seq_lens_q"), kwargs.get("max_length_q")
    if cu is not None and longest is not None:
        if cu.device.type == "cpu" and int(cu[-1]) != t:  # on the GPU the check would cost a synchronisation
            raise ValueError(f"cu_seq_lens_q ends at {int(cu[-1])}, the row has {t} tokens")
        return cu.to(device=device, dtype=torch.int32), int(longest)
    pos = kwargs.get("position_ids")
    if pos is None:
        return torch.tensor([0, t], dtype=torch.int32, device=device), t
    starts = (pos.reshape(-1) == 0).nonzero().flatten()
    if starts.numel() == 0 or int(starts[0]) != 0:
        starts = torch.cat([starts.new_zeros(1), starts])
    cu = torch.cat([starts, starts.new_full((1,), t)]).to(torch.int32)
    return cu, int(cu.diff().max())


def varlen(q, k, v, cu: torch.Tensor, longest: int, scale: float) -> torch.Tensor:
    """Causal attention within each example of a packed row. q (T, H, d), k/v (T, H_kv, d) -> (T, H, d)."""
    if q.is_cuda and q.dtype in (torch.float16, torch.bfloat16) and q.shape[-1] <= 256:
        return FlashVarlen.apply(q, k, v, cu, longest, scale)
    return reference(q, k, v, cu, scale)


def reference(q, k, v, cu: torch.Tensor, scale: float) -> torch.Tensor:
    """SDPA once per example: the plain implementation the kernel is tested against."""
    F = torch.nn.functional
    outs = []
    groups = q.shape[1] // k.shape[1]
    for a, z in zip(cu[:-1].tolist(), cu[1:].tolist()):
        if z == a:  # an empty example (graphs.py pads boundary lists with them)
            continue
        qs, ks, vs = (x[a:z].transpose(0, 1) for x in (q, k, v))
        ks, vs = (x.repeat_interleave(groups, dim=0) for x in (ks, vs))
        outs.append(F.scaled_dot_product_attention(qs, ks, vs, is_causal=True, scale=scale).transpose(0, 1))
    return torch.cat(outs)


class FlashVarlen(torch.autograd.Function):
    """PyTorch's own flash-attention kernels in their variable-length form (the ops SDPA's flash backend calls),
    forward and backward. Keys and values keep their fewer heads (grouped-query attention is native there)."""

    @staticmethod
    def forward(ctx, q, k, v, cu, longest: int, scale: float):
        q, k, v = (x.contiguous() for x in (q, k, v))
        out, lse, rng, unused, _ = torch.ops.aten._flash_attention_forward(
            q, k, v, cu, cu, longest, longest, 0.0, True, False, scale=scale)
        ctx.save_for_backward(q, k, v, out, lse, cu, rng, unused)
        ctx.longest, ctx.scale = longest, scale
        return out

    @staticmethod
    def backward(ctx, dout):
        q, k, v, out, lse, cu, rng, unused = ctx.saved_tensors
        dq, dk, dv = torch.ops.aten._flash_attention_backward(
            dout.contiguous(), q, k, v, out, lse, cu, cu, ctx.longest, ctx.longest, 0.0, True, rng, unused,
            scale=ctx.scale)
        return dq, dk, dv, None, None, None


def install(model) -> bool:
    """Register the implementation (once per process) and select it on `model` when it runs SDPA now."""
    from transformers import AttentionInterface
    from transformers.masking_utils import AttentionMaskInterface

    config = getattr(model, "config", None)
    if getattr(config, "_attn_implementation", None) != "sdpa":
        return False
    AttentionInterface.register(NAME, attention)
    AttentionMaskInterface.register(NAME, mask)
    model.set_attn_implementation(NAME)
    return model.config._attn_implementation == NAME
