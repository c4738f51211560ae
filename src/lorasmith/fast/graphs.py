"""CUDA graphs of the decoder stack: a training step replays two graphs (the stack's forward and its backward)
instead of launching about 6,000 small kernels one by one from Python, which is what bounds a step at this size.

A graph has fixed shapes, so the step's token count T is rounded up to a bucket (a multiple of 128 up to 1,024
tokens, of 256 up to 2,048, of 512 beyond) and the padded stack is captured once per bucket, the first time the
bucket occurs. The padding exists only inside this component: padded positions get zero hidden states and zero
rotary tables, and a mask under which they see only themselves and no real token sees them, so the real tokens'
outputs and gradients are those of the unpadded stack, and the data, the loss and TRL's token counts never see it.

Padding-free rows are graphed with their examples' boundaries when variable-length attention runs them (varlen.py,
every such row): the padding to the bucket becomes one more example, the boundary list is padded with empty
examples to 8 entries (32 beyond), and the longest example's length, a plain number in the attention kernels'
arguments, is rounded up to a power of two, at least 512. The graph key holds all three, so a few captures cover a
run. A row with a dense boolean mask is graphed with the mask, up to MAX_TOKENS tokens.

How it plugs in, without touching any library class: the first decoder layer's `forward` (an attribute of that one
module object) runs the whole stack's graph, and the later layers hand its output on unchanged. Any call that does
not fit runs the layers' own forward: evaluation, no grad, a KV cache, gradient checkpointing, an attention mask
that is not a plain boolean one, a row over MAX_TOKENS tokens without boundaries, or over VARLEN_MAX_TOKENS.

All buckets share one memory pool. That is safe because SFTTrainer runs one forward, then its backward, so one
bucket's replays always finish before another bucket's begin. Gradient accumulation is not: the graph hands each
LoRA weight its gradient in a buffer it overwrites on the next replay, so `plan` turns graphs off when a step
accumulates micro-batches.
"""

from __future__ import annotations

import torch

MAX_TOKENS = 4096  # the most tokens a row graphed with a dense mask may have (masks grow as T^2)
VARLEN_MAX_TOKENS = 32768  # rows graphed with example boundaries instead (varlen.py), up to this
MIN_LONGEST = 512  # the longest-example figure of a graph key: fewer keys for a few idle blocks of the attention grid
LAYER_CLASSES = ("LlamaDecoderLayer",)  # stacks whose layers all take the same mask and rotary tables


def bucket(n: int) -> int:
    step = 128 if n <= 1024 else 256 if n <= 2048 else 512
    return -(-n // step) * step


def boundary_slots(n_examples: int) -> int:
    """Room for the boundaries of a graphed row: the examples and one for the padding, plus the end, rounded up to
    8 entries (32 beyond 8). Each entry is a block of the attention kernels' grid even when empty."""
    n = n_examples + 2
    step = 8 if n <= 8 else 32
    return -(-n // step) * step


class _Stack(torch.nn.Module):
    """The decoder layers as one module of tensor arguments, what `Graphed` captures. Its parameters
    are the layers' own (shared, not copied); it is not part of the model, so state dicts never see it."""

    def __init__(self, layers, longest: int | None = None):
        super().__init__()
        self.layers = torch.nn.ModuleList(layers)
        self.longest = longest  # None: `mask` is a dense mask; else it is the examples' boundaries (varlen.py)

    def forward(self, hidden, cos, sin, mask):
        kw = dict(attention_mask=mask) if self.longest is None else dict(
            attention_mask=None, cu_seq_lens_q=mask, cu_seq_lens_k=mask, max_length_q=self.longest,
            max_length_k=self.longest)
        for layer in self.layers:
            hidden = type(layer).forward(layer, hidden, position_embeddings=(cos, sin), **kw)
        return hidden


class StackGraphs:
    """Installed on a model's decoder layers by `install`; holds one graphed stack per (bucket, dtype, ...) key."""

    def __init__(self, layers, capture=None):
        self.layers = list(layers)
        self.graphed: dict[tuple, object] = {}
        self.pool = None
        self.passing = None  # the stack's output, which the later layers hand on
        self.capture = capture or self._capture  # tests on the CPU pass the eager stack here
        self.layers[0].forward = self.first_forward
        for i, layer in enumerate(self.layers[1:], start=1):
            layer.forward = self._later(i)

    # ------------------------------------------------------------ the two forwards
    def first_forward(self, hidden_states, attention_mask=None, position_ids=None, past_key_values=None,
                      use_cache=False, position_embeddings=None, **kwargs):
        layer = self.layers[0]
        self.passing = None
        cu, longest = kwargs.get("cu_seq_lens_q"), kwargs.get("max_length_q")
        if self.fits_varlen(layer, hidden_states, attention_mask, past_key_values, position_embeddings, cu, longest):
            self.passing = self.run_varlen(hidden_states, position_embeddings, cu, longest)
            return self.passing
        # a row for the variable-length attention without the collator's boundaries: its examples are known only
        # from the position ids, which the eager attention reads
        unknown = attention_mask is None and cu is None and _varlen_row(layer, hidden_states)
        if unknown or not self.fits(layer, hidden_states, attention_mask, past_key_values, position_embeddings, cu):
            return type(layer).forward(layer, hidden_states, attention_mask=attention_mask, position_ids=position_ids,
                                       past_key_values=past_key_values, use_cache=use_cache,
                                       position_embeddings=position_embeddings, **kwargs)
        self.passing = self.run(hidden_states, position_embeddings, attention_mask)
        return self.passing

    def _later(self, i: int):
        layer, last = self.layers[i], i == len(self.layers) - 1

        def forward(hidden_states, *args, **kwargs):
            if self.passing is not None and hidden_states is self.passing:
                if last:
                    self.passing = None
                return hidden_states
            return type(layer).forward(layer, hidden_states, *args, **kwargs)

        return forward

    @staticmethod
    def fits(layer, hidden, mask, cache, position_embeddings, boundaries=None, limit: int = MAX_TOKENS) -> bool:
        if not (layer.training and torch.is_grad_enabled() and cache is None and position_embeddings is not None):
            return False
        if getattr(layer, "gradient_checkpointing", False):
            return False
        if hidden.is_cuda and torch.cuda.is_current_stream_capturing():
            return False
        b, t = hidden.shape[:2]
        if mask is None and boundaries is not None and boundaries.numel() > 2:
            return False  # several examples and no mask: attention keeps them apart by boundaries (varlen.py)
        if mask is not None and not (isinstance(mask, torch.Tensor) and mask.dtype == torch.bool
                                     and tuple(mask.shape) == (b, 1, t, t)):
            return False
        return bucket(t) <= limit

    def fits_varlen(self, layer, hidden, mask, cache, position_embeddings, cu, longest) -> bool:
        """A padding-free row that the variable-length attention keeps apart by the collator's boundaries."""
        if mask is not None or cu is None or longest is None or not _varlen_row(layer, hidden):
            return False
        return (cu.dim() == 1 and cu.device == hidden.device
                and self.fits(layer, hidden, None, cache, position_embeddings, limit=VARLEN_MAX_TOKENS))

    # ------------------------------------------------------------ padding to the bucket, and the replay
    def run(self, hidden, position_embeddings, mask):
        b, t, _ = hidden.shape
        tb = bucket(t)
        if mask is None:  # one causal sequence per row: the same rule as an explicit mask
            mask = torch.ones(t, t, dtype=torch.bool, device=hidden.device).tril().expand(b, 1, t, t)
        if tb > t:
            # padded positions see only themselves: some attention kernels give NaN for a row with no visible key,
            # which would reach the real tokens' gradients as NaN * 0
            mask = torch.nn.functional.pad(mask, (0, tb - t, 0, tb - t))  # a new tensor: safe to write into
            mask.diagonal(dim1=-2, dim2=-1)[..., t:] = True
        return self._replay(hidden, position_embeddings, mask, tb)

    def run_varlen(self, hidden, position_embeddings, cu, longest: int):
        """A row by its examples' boundaries. The padding to the bucket is one more example, and the boundary list is
        padded to a fixed length with empty examples; the longest example's length, which the attention kernels take
        as a number, is rounded up to a power of two, at least MIN_LONGEST. All three are part of the graph's key."""
        t = hidden.shape[1]
        tb = bucket(t)
        slots = boundary_slots(cu.numel() - 1)
        cu = torch.cat([cu.to(torch.int32), cu.new_full((slots - cu.numel(),), tb, dtype=torch.int32)])
        longest = min(tb, max(MIN_LONGEST, 1 << (max(int(longest), tb - t, 1) - 1).bit_length()))
        return self._replay(hidden, position_embeddings, cu, tb, longest, (slots, longest))

    def _replay(self, hidden, position_embeddings, mask, tb: int, longest=None, key_extra=()):
        """Pads the row and its rotary tables to `tb` tokens, replays the graph of their shapes (captured the first
        time) with `mask` (a dense mask, or boundaries when `longest` is given) and returns the real tokens' part."""
        t = hidden.shape[1]
        cos, sin = position_embeddings
        if tb > t:
            pad = (0, 0, 0, tb - t)
            hidden, cos, sin = (torch.nn.functional.pad(x, pad) for x in (hidden, cos, sin))
        key = (tuple(hidden.shape), hidden.dtype, cos.dtype, tuple(cos.shape), hidden.requires_grad, hidden.device,
               *key_extra)
        with torch.autocast(hidden.device.type, enabled=False):  # captured and replayed without autocast: the
            graphed = self.graphed.get(key)                      # stack is in the compute dtype already
            if graphed is None:
                graphed = self.graphed[key] = self.capture(hidden, cos, sin, mask, longest)
            out = graphed(hidden, cos, sin, mask)
        return out[:, :t] if tb > t else out

    def _capture(self, hidden, cos, sin, mask, longest=None):
        """One graphed stack for these shapes: an eager pass on a side stream, then the capture."""
        samples = (torch.randn_like(hidden).requires_grad_(hidden.requires_grad), cos.clone(), sin.clone(),
                   mask.clone())
        if self.pool is None:
            self.pool = torch.cuda.graph_pool_handle()
        stack = _Stack(self.layers, longest)
        # one eager pass loads and compiles what a capture must not (Triton kernels, cuBLAS handles); torch's default
        # of three passes is for cuDNN's autotuning and DDP, neither of which runs here
        return Graphed(stack, samples, self.pool, warmup=1, params=[p for p in stack.parameters() if p.requires_grad])


class Graphed:
    """`fn` over fixed shapes as two CUDA graphs, its forward and its backward, called like `fn`.

    Like torch's `make_graphed_callables`, with one difference that matters to the host: the trainable parameters
    are not inputs of the autograd node. There, each of the stack's ~500 parameters is an input, so every step
    builds a node of ~500 edges and its backward returns ~500 gradients that the engine checks and hands to
    ~300 accumulation nodes one by one (about 4 ms of host time after the backward's launch, session 10). Here the
    backward's replay writes each parameter's gradient into a buffer of the graph, and `hand` sets it as the
    parameter's `.grad`. The buffers lie in a memory pool that other buckets' graphs reuse, so a gradient must be
    used before the next replay and then set to None: one backward per optimizer step, `zero_grad(set_to_none=True)`
    (the Trainer's). A forward replay with a gradient still set raises instead of corrupting it; `plan` turns graphs
    off when micro-batches accumulate. What bypassing autograd's accumulation also means: gradient hooks and
    post-accumulate hooks on the parameters do not run, `backward(inputs=...)` does not limit which parameters get a
    gradient, and `torch.autograd.grad(loss, params)` returns None for them while setting their `.grad`. Graphs
    are for SFTTrainer's training steps in one process, where none of that happens.

    `samples` are the static inputs (their values do not matter, their shapes and dtypes do); outputs that do not
    require grad leave the node non-differentiable."""

    def __init__(self, fn, samples, pool, warmup: int, params=()):
        assert warmup >= 1, "a capture needs an eager pass first: lazy initialisation cannot be captured"
        self.inputs = tuple(samples)
        self.params = list(params)
        self.outputs, grads = self._capture(fn, pool, warmup)
        grads = list(grads)
        self.input_grads = [grads.pop(0) if x.requires_grad else None for x in self.inputs]
        self.handed = [(p, g) for p, g in zip(self.params, grads) if g is not None]

    def _gradients(self, outputs, grad_outputs):
        """Gradients of the inputs that require grad, then of the parameters (None where unused)."""
        pairs = [(o, g) for o, g in zip(outputs, grad_outputs) if o.requires_grad]
        if not pairs:
            raise ValueError("Graphed: no output requires grad; a graph of a forward alone is not what this is for")
        wrt = [x for x in self.inputs if x.requires_grad] + self.params
        return torch.autograd.grad([o for o, _ in pairs], wrt, [g for _, g in pairs], allow_unused=True)

    def _capture(self, fn, pool, warmup: int):
        """Captures the two graphs; returns the static outputs and the static gradients (`_gradients`' order)."""
        torch.cuda.synchronize()
        with torch.cuda.stream(torch.cuda.Stream()):  # lazy initialisation and autotuning stay out of the capture
            for _ in range(warmup):
                outs = _tuple(fn(*self.inputs))
                self._gradients(outs, [torch.empty_like(o) for o in outs])
            del outs
        torch.cuda.synchronize()
        self.forward_graph, self.backward_graph = torch.cuda.CUDAGraph(), torch.cuda.CUDAGraph()
        with torch.cuda.graph(self.forward_graph, pool=pool):
            outputs = _tuple(fn(*self.inputs))
        self.grad_outputs = [torch.empty_like(o) if o.requires_grad else None for o in outputs]
        with torch.cuda.graph(self.backward_graph, pool=pool):  # captured in run order: forward, then backward
            grads = self._gradients(outputs, self.grad_outputs)
        return outputs, grads

    def __call__(self, *inputs):
        # a parameter as an input makes the output require grad when no input does (frozen embeddings): else
        # autograd would never call the backward that hands the parameters their gradients
        anchor = self.params[0] if self.params else None
        return _Replay.apply(self, anchor, *inputs)

    def replay_forward(self, inputs):
        if any(p.grad is not None for p, _ in self.handed):
            raise RuntimeError("a CUDA-graphed training step found the last step's gradients still set: they lie in "
                               "the graphs' memory and would be overwritten; set them to None between steps "
                               "(zero_grad(set_to_none=True)), and do not accumulate micro-batches with train.fast")
        for static, x in zip(self.inputs, inputs):
            if static.data_ptr() != x.data_ptr():
                static.copy_(x)
        self.forward_graph.replay()
        return self.outputs

    def replay_backward(self, grads):
        for static, g in zip(self.grad_outputs, grads):
            if static is not None and g is not None and static.data_ptr() != g.data_ptr():
                static.copy_(g)
            elif static is not None and g is None:
                static.zero_()
        self.backward_graph.replay()
        hand(self.handed)
        return self.input_grads


def hand(pairs) -> None:
    """Give each parameter its gradient as autograd's accumulation would: set it, or add it to one set since the
    forward (`replay_forward` refuses gradients left from an earlier step)."""
    for p, g in pairs:
        if p.grad is None:
            p.grad = g
        else:
            p.grad.add_(g)


def _tuple(x):
    return x if isinstance(x, tuple) else (x,)


class _Replay(torch.autograd.Function):
    @staticmethod
    def forward(ctx, graphed, anchor, *inputs):
        ctx.graphed = graphed
        ctx.set_materialize_grads(False)  # a differentiable output the loss does not use: None, zeroed in the replay
        outs = [o.detach() for o in graphed.replay_forward(inputs)]
        ctx.mark_non_differentiable(*(o for o, s in zip(outs, graphed.outputs) if not s.requires_grad))
        return outs[0] if len(outs) == 1 else tuple(outs)

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, *grads):
        grads_in = ctx.graphed.replay_backward(grads)
        return (None, None, *(g.detach() if g is not None else None for g in grads_in))


def _varlen_row(layer, hidden) -> bool:
    """A row the variable-length attention takes (varlen.py): it may hold several examples though it has no mask."""
    from lorasmith.fast.varlen import NAME, takes

    b, t = hidden.shape[:2]
    return (getattr(layer.self_attn.config, "_attn_implementation", None) == NAME
            and takes(b, t, t, None, hidden.device, hidden.dtype))


def decoder_layers(model) -> list | None:
    """The model's decoder layers when they are all of a class this component knows, else None."""
    for module in model.modules():
        if isinstance(module, torch.nn.ModuleList) and len(module) and all(
                type(m).__name__ in LAYER_CLASSES for m in module):
            return list(module)
    return None


def install(model, capture=None) -> StackGraphs | None:
    """Route the model's training forwards through graphed stacks; None when its layers are not ones we know or its
    attention is not SDPA (varlen.py's is SDPA for what it does not cover; flash attention takes sequence boundaries
    the stack does not pass on; eager attention takes an additive mask)."""
    from lorasmith.fast.varlen import NAME

    layers = decoder_layers(model)
    if not layers or getattr(getattr(model, "config", None), "_attn_implementation", None) not in ("sdpa", NAME):
        return None
    return StackGraphs(layers, capture)
