"""Attention over a padding-free row in the layout the variable-length kernel wants, with the rotary embedding fused.

transformers' Llama attention views q, k, v as (batch, heads, tokens, d), rotates q and k there with broadcast
elementwise ops, and hands them to the attention function; for a padding-free row ours (varlen.py) then needs
(tokens, heads, d) and copies the rotated q and k back, and the backward does the same in reverse. Here the
projections' outputs are viewed as (tokens, heads, d) directly, q and k are rotated by one Triton kernel each way
(kernels/rope.py; with torch ops in that layout without Triton), and the variable-length kernel runs on them
without a copy. The numbers are those of the unfused path bit for bit: the same ops, rounded the same way.

How it plugs in, without touching a library class: each Llama attention module object gets its own `forward`
attribute. Calls it does not cover go to the class's forward: a cache, a mask, a batch of several rows, a row
without the collator's boundaries, attention dropout, or an attention implementation other than varlen.py's.
"""

from __future__ import annotations

import torch

CLASSES = ("LlamaAttention",)


class Rope(torch.autograd.Function):
    """q (T, heads, d) and k (T, kv heads, d) rotated by the tables (T, d): the Triton kernel each way."""

    @staticmethod
    def forward(ctx, q, k, cos, sin):
        from lorasmith.fast.kernels.rope import rotate

        ctx.save_for_backward(cos, sin)
        return rotate(q, k, cos, sin)

    @staticmethod
    def backward(ctx, dq, dk):
        from lorasmith.fast.kernels.rope import rotate

        cos, sin = ctx.saved_tensors
        dq, dk = rotate(dq, dk, cos, sin, backward=True)
        return dq, dk, None, None


def reference(q, k, cos, sin):
    """The same rotation in torch ops: transformers' own function, on the (T, heads, d) layout (the tables broadcast
    over the heads)."""
    from transformers.models.llama.modeling_llama import apply_rotary_pos_emb

    return apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=1)


def rope(q, k, cos, sin, kernels: bool):
    """q and k rotated: the kernel where asked and it takes the shapes, else torch ops."""
    if kernels:
        from lorasmith.fast.kernels.rope import supports

        if supports(q, cos) and supports(k, cos) and sin.shape == cos.shape and sin.dtype == cos.dtype:
            return Rope.apply(q, k, cos, sin)
    return reference(q, k, cos, sin)


def _covers(attn, hidden, position_embeddings, attention_mask, past_key_values, kwargs) -> bool:
    from lorasmith.fast.varlen import NAME, takes

    if attention_mask is not None or past_key_values is not None or position_embeddings is None:
        return False
    if kwargs.get("cu_seq_lens_q") is None or kwargs.get("max_length_q") is None:
        return False
    if attn.config._attn_implementation != NAME or not getattr(attn, "is_causal", True):
        return False
    if attn.training and attn.attention_dropout:
        return False
    b, t = hidden.shape[:2]
    return takes(b, t, t, None, hidden.device, hidden.dtype)


def _forward(attn, kernels: bool):
    def forward(hidden_states, position_embeddings=None, attention_mask=None, past_key_values=None, **kwargs):
        if not _covers(attn, hidden_states, position_embeddings, attention_mask, past_key_values, kwargs):
            return type(attn).forward(attn, hidden_states, position_embeddings=position_embeddings,
                                      attention_mask=attention_mask, past_key_values=past_key_values, **kwargs)
        from lorasmith.fast.varlen import boundaries, varlen

        t, d = hidden_states.shape[1], attn.head_dim
        q, k, v = (proj(hidden_states).view(t, -1, d) for proj in (attn.q_proj, attn.k_proj, attn.v_proj))
        cos, sin = (x[0] for x in position_embeddings)
        q, k = rope(q, k, cos, sin, kernels)
        cu, longest = boundaries(kwargs, t, hidden_states.device)
        out = varlen(q, k, v, cu, longest, attn.scaling)
        return attn.o_proj(out.reshape(1, t, -1)), None

    return forward


def install(model, kernels: bool) -> int:
    """Give each Llama attention module of `model` the fused forward; `kernels`: rotate with the Triton kernel.
    Returns how many."""
    n = 0
    for module in model.modules():
        if type(module).__name__ in CLASSES:
            module.forward = _forward(module, kernels)
            n += 1
    return n
