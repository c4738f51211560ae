"""The fast path: components plugged into the one training path (SFTTrainer), never a second trainer.

- `lora.py`: one autograd node per 4-bit projection + LoRA adapter, hand-written backward (PEFT custom layer);
  the MLP's SwiGLU joins its down projection's node; dropout masks are kept as bits.
- `norm.py`: RMSNorm with a hand-written backward that keeps its input in the compute dtype, not float32.
- padding-free batches: TRL's own collator flattens each micro-batch into one row with per-example positions;
  transformers turns those positions into a block-diagonal causal mask, so no token attends across examples and
  no compute is spent on padding.
- `varlen.py`: attention over a padding-free row by its examples' boundaries (variable-length flash attention)
  instead of a dense T x T block mask; padded rows keep SDPA and its mask.
- `attention.py`: the attention of a padding-free row in the variable-length kernel's layout, q and k rotated by
  one Triton kernel each way (kernels/rope.py) instead of about ten torch ops on transposed views.
- `graphs.py`: CUDA graphs of the whole decoder stack, one forward and one backward replay per step, captured per
  bucket of token counts.
- `kernels/`: Triton kernels (CUDA): the adapter's dropout drawn inside its rank-r matmuls from a seed, so no mask
  is stored or selected with; RMSNorm; SwiGLU; the rotary embedding.
- `walks.py`: the Trainer's per-step walks over the module tree (train mode, zero_grad, parameters, the parameter
  count for its FLOPs) answered from lists made once.
- `head.py`: TRL's fused LM head scored over whole rows, without the boolean selection the host waits for.
- `collate.py`: TRL's padding-free collator computed with numpy: the same batches for a tenth of the host time.
- `optim.py`: torch's fused AdamW whose step reuses lists made once instead of its per-parameter loop (torch's step
  took 2.4 ms of host time per reference step).
- compiled decoder layers, opt-in (torch.compile fuses the norms, rotary embedding, SwiGLU and the adapter's
  elementwise work, and turns each layer's Python into one call).

`plan(cfg)` says which of them a run uses and `batching(cfg)` gives SFTConfig's batching arguments.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    fused_lora: bool
    fused_norm: bool
    padding_free: bool
    varlen_attention: bool
    compile_layers: bool
    cuda_graphs: bool
    triton_kernels: bool = False
    cached_walks: bool = False
    row_head: bool = False
    cached_adamw: bool = False
    row_collator: bool = False
    fused_attention: bool = False

    def describe(self) -> str:
        on = [name for name, flag in vars(self).items() if flag]
        return ", ".join(on) if on else "off"


def plan(cfg) -> Plan:
    """Which fast components this run uses. train.fast=auto means on where CUDA is present: on the CPU the
    fused kernel gains little (compute there is float32, and the host is not the bottleneck)."""
    import torch

    from lorasmith.fast.kernels import available as triton_available

    mode = cfg.train.fast
    cuda = torch.cuda.is_available()
    on = mode == "on" or (mode == "auto" and cuda)
    from lorasmith import distributed as D

    t = cfg.train
    four_bit = cfg.model.load_in_4bit and not t.fsdp
    world = D.world_size()
    varlen = on and cfg.model.attn_implementation == "sdpa"
    _, accumulation = D.batch_plan(t.batch_size, t.micro_batch_size, world)
    return Plan(
        fused_lora=on and four_bit,
        fused_norm=on and t.compile != "on",
        padding_free=on,
        varlen_attention=varlen,
        compile_layers=t.compile == "on",
        # graphs replace what compilation and checkpointing would wrap, and they need one backward per step
        cuda_graphs=(on and cuda and t.compile != "on" and not t.gradient_checkpointing and world == 1
                     and accumulation == 1 and cfg.model.attn_implementation == "sdpa"),
        triton_kernels=on and cuda and t.compile != "on" and triton_available(),
        # one process only: FSDP replaces the parameters when the Trainer prepares the model, after the lists are made
        cached_walks=on and world == 1 and not t.fsdp,
        row_head=on and not t.fsdp,  # FSDP shards the head's weight; TRL's head gathers it
        cached_adamw=on and not t.fsdp,  # FSDP hands the optimizer its own sharded parameters
        row_collator=on,
        fused_attention=varlen and t.compile != "on",
    )


def register(lora_config, p: Plan) -> None:
    """Make PEFT build our fused layer for every 4-bit projection (PEFT's documented custom-module hook)."""
    if not p.fused_lora:
        return
    from lorasmith.deps import require
    from lorasmith.fast.lora import layer_class

    bnb = require("bitsandbytes", "4-bit base weights")
    lora_config._register_custom_module({bnb.nn.Linear4bit: layer_class()})


def fuse(model, p: Plan) -> None:
    """After the adapters are in: each MLP's SwiGLU joins its down projection's node (lora.py), and the RMSNorms
    save their input in the compute dtype instead of float32 (norm.py)."""
    if p.fused_lora:  # never with compiled layers: config refuses compile with 4-bit weights
        from lorasmith.fast.lora import fuse_mlps, layer_class

        fuse_mlps(model)
        for module in model.modules():
            if isinstance(module, layer_class()):
                module.kernels = p.triton_kernels
    if p.fused_norm:
        from lorasmith.fast.norm import install

        install(model, triton=p.triton_kernels)


def compile_layers(model, p: Plan) -> None:
    """Compile each decoder layer in place (one compiled graph shared by all layers; lengths vary, so dynamic)."""
    if not p.compile_layers:
        return
    for module in model.modules():
        if type(module).__name__.endswith("DecoderLayer"):
            module.compile(dynamic=True)


def varlen_attention(model, p: Plan) -> None:
    """Select the variable-length attention for padding-free rows (varlen.py), and give the attention modules the
    forward that feeds it without layout copies, with the rotary embedding fused (attention.py)."""
    if p.varlen_attention:
        from lorasmith.fast.varlen import install

        if install(model) and p.fused_attention:
            from lorasmith.fast.attention import install as fuse_attention

            fuse_attention(model, kernels=p.triton_kernels)


def graph_layers(model, p: Plan):
    """Route the training forwards of the decoder stack through CUDA graphs (see graphs.py); None if not used."""
    if not p.cuda_graphs:
        return None
    from lorasmith.fast.graphs import install

    return install(model)


EVAL_TOKENS = 8192  # tokens an evaluation batch takes on the padding-free path, at data.max_tokens per row


def eval_batch_size(cfg, micro: int) -> int:
    """Rows per evaluation forward: train.eval_batch_size if set, else the micro-batch, or on the padding-free path
    as many rows as EVAL_TOKENS hold. Evaluation runs uncaptured, and a forward there is a few thousand kernel
    launches whatever its length: 30 batches of 4 rows took 2-3 s on an H200, 8 batches of 16 take 0.6 s. The
    bound keeps an evaluation batch's activations near a training step's. Packed rows keep the micro-batch: each is
    already data.pack_tokens long."""
    if cfg.train.eval_batch_size:
        return cfg.train.eval_batch_size
    if cfg.data.pack_tokens or not plan(cfg).padding_free:
        return micro
    return max(micro, EVAL_TOKENS // cfg.data.max_tokens)


def cache_walks(model, p: Plan) -> None:
    """Answer the Trainer's per-step module walks from lists made now (walks.py); `uncache_walks` undoes it."""
    if p.cached_walks:
        from lorasmith.fast.walks import install

        install(model)


def uncache_walks(model) -> None:
    from lorasmith.fast.walks import uninstall

    uninstall(model)


def row_head(model, p: Plan) -> bool:
    """Score the LM head over whole rows for the run (head.py), in place of TRL's selection of labelled positions;
    `trl_head` gives TRL's back."""
    if not p.row_head:
        return False
    from lorasmith.fast.head import install

    return install(model, graphs=p.cuda_graphs)


def trl_head(model) -> None:
    from lorasmith.fast.head import uninstall

    uninstall(model)


def optimizer(args, p: Plan):
    """(CachedAdamW, the Trainer's AdamW arguments) for the Trainer's `optimizer_cls_and_kwargs` (optim.py), or None:
    the Trainer's own optimizer."""
    if not p.cached_adamw:
        return None
    from lorasmith.fast.optim import optimizer_cls_and_kwargs

    return optimizer_cls_and_kwargs(args)


def row_collator(trainer, p: Plan) -> None:
    """TRL's padding-free collator computed with numpy (collate.py)."""
    if p.row_collator:
        from lorasmith.fast.collate import install

        install(trainer)


def batching(cfg) -> dict:
    """Padding, padding-free rows (the fast path), or rows packed to data.pack_tokens: SFTConfig's arguments."""
    if cfg.data.pack_tokens:
        return dict(packing=True, packing_strategy="bfd", max_length=cfg.data.pack_tokens, padding_free=True)
    if plan(cfg).padding_free:  # encode_rows already refused rows over data.max_tokens; TRL wants no limit here
        return dict(packing=False, padding_free=True, max_length=None)
    return dict(packing=False, padding_free=False, max_length=cfg.data.max_tokens)
