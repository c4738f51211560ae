"""The LM head of a training step without host-device synchronisation: TRL's fused head, scored on whole rows.

SFTTrainer gives the model a fused LM head (TRL's `add_fused_lm_head`): called with `fused_lm_head=True`, the model
returns per-token log-probabilities, entropy and top-1 hits instead of logits, computed in tiles by TRL's
`ChunkedLogProbFunction`. On CUDA that head first selects the labelled positions with a boolean index,
`hidden[labels != -100]`. The index's size is data, so the host waits there for the whole forward to finish, and
each step's GEMM then has a new number of rows, so cuBLAS picks its kernel anew (about 0.8 ms of host time per call
in the profile). With the decoder stack in CUDA graphs this was most of the time the GPU sat idle in a reference
step: the host ran the head's forward, and after the Trainer's metrics read back, its backward, while the GPU
waited (docs/speed.md).

`install` puts a head with the same contract on the model object for the run (`uninstall` restores TRL's): the same
`ChunkedLogProbFunction` over every position of the row, the row padded to one of a few lengths (graphs.bucket) so
the GEMMs repeat their shapes, and the ignored positions zeroed afterwards as TRL does on devices without Triton.
Same outputs, same gradients (tests/unit/test_head.py compares them with TRL's head); the cost is the head's
arithmetic on the prompt tokens too, a fraction of a millisecond for a reference step. Calls the head does not
cover (no labels, pre-shifted labels, router logits, a softcapped or scaled or biased head) go to TRL's.

With CUDA graphs (`HeadGraphs`), a training step's head is captured once per bucket and replayed, forward and
backward, like the decoder stack (graphs.py). TRL's head is a Python loop over vocabulary tiles with a Triton
launch per tile, and its backward ran on the host between the moment the Trainer's metrics had waited for the
forward and the backward's graph launch: the GPU sat idle for it (session 10, `bench/host_probe.py --timeline`).
In the graph, the entropy is not differentiable: SFTTrainer uses it for its logs only.
"""

from __future__ import annotations

import functools
import types

OUTPUTS = ("log_probs", "entropy", "is_top1")  # what SFTTrainer asks of its head (metrics: entropy, accuracy)
VOCAB_TILE = 32768  # vocabulary columns per tile, as TRL's head uses
GRAPH_VOCAB_TILE = 8192  # in a graph more tiles cost no host time, and the tile buffer, a temporary of the head's
# memory pool, is 25 MB at 1,536 tokens instead of 100 MB


def _kernel():
    try:
        from trl.kernels.chunked_logprob import ChunkedLogProbFunction
        from trl.trainer.utils import FusedCausalLMOutput
    except ImportError:  # another TRL layout: its own head stays
        return None
    return ChunkedLogProbFunction, FusedCausalLMOutput


def _plain_head(model) -> bool:
    """A head this component reproduces: logits = hidden @ W^T, no bias, scale or softcap."""
    text = model.config.get_text_config()
    keys = ("final_logit_softcapping", "logit_scale", "output_multiplier", "lm_head_multiplier", "logits_scaling")
    scaled = any(getattr(text, k, None) not in (None, 1.0) for k in keys)
    head = model.get_output_embeddings()
    return not scaled and head is not None and getattr(head, "bias", None) is None


def install(model, graphs: bool = False, capture=None) -> bool:
    """Replace TRL's fused head on `model` (a PeftModel or the model TRL patched) for the run; False if not done.
    `graphs`: training steps on CUDA replay the head's graphs (`capture` stands in for the capture in tests)."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    if "_lorasmith_head" in vars(base):  # already ours: wrapping it again would lose TRL's for `uninstall`
        return True
    found = _kernel()
    if found is None or "forward" not in vars(base) or not _plain_head(base):
        return False
    kernel, output = found
    previous = base.forward
    heads = HeadGraphs(kernel, capture) if graphs else None

    @functools.wraps(previous)
    def forward(self, *args, fused_lm_head=False, labels=None, shift_labels=None, num_items_in_batch=None, **kwargs):
        if (not fused_lm_head or labels is None or shift_labels is not None or kwargs.get("output_router_logits")
                or getattr(self.config.get_text_config(), "output_router_logits", False)):
            return previous(*args, fused_lm_head=fused_lm_head, labels=labels, shift_labels=shift_labels,
                            num_items_in_batch=num_items_in_batch, **kwargs)
        kwargs["use_cache"] = False
        weight = self.get_output_embeddings().weight
        hidden = self.base_model(*args, **kwargs).last_hidden_state[:, :-1].to(weight.device)
        labels = labels[:, 1:].to(weight.device)
        log_probs, entropy, is_top1, mask = score(kernel, hidden, weight, labels, heads)
        loss = -log_probs.sum() / (mask.sum().clamp(min=1) if num_items_in_batch is None else num_items_in_batch)
        return output(loss=loss, log_probs=log_probs, entropy=entropy, is_top1=is_top1, label_mask=mask)

    base._lorasmith_head = previous
    base.forward = types.MethodType(forward, base)
    return True


def uninstall(model) -> None:
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    previous = vars(base).pop("_lorasmith_head", None)
    if previous is not None:
        base.forward = previous


def score(kernel, hidden, weight, labels, graphs=None):
    """Per-position log-probability of the label, entropy and top-1 hit, zero where the label is -100, and the mask.
    hidden (B, T, H), labels (B, T). Every position is scored: no selection whose size the host would wait for.
    `graphs` (a HeadGraphs) replays the head where it fits."""
    import torch

    from lorasmith.fast.graphs import bucket

    mask = labels != -100
    b, t, h = hidden.shape
    n = b * t
    rows, targets = hidden.reshape(n, h), labels.reshape(n).clamp(min=0)
    padded = bucket(n)
    if padded > n:  # a few row counts over a run: cuBLAS reuses its choice of kernel for each
        rows = torch.nn.functional.pad(rows, (0, 0, 0, padded - n))
        targets = torch.nn.functional.pad(targets, (0, padded - n))
    if graphs is not None and graphs.fits(rows, weight):
        log_probs, entropy, is_top1 = graphs(rows, weight, targets)
    else:
        log_probs, entropy, _, _, is_top1 = kernel.apply(rows, weight, None, targets, 1.0, VOCAB_TILE, None, 1.0,
                                                         OUTPUTS)
    log_probs, entropy, is_top1 = (x[:n].view(b, t).masked_fill(~mask, 0) for x in (log_probs, entropy, is_top1))
    return log_probs, entropy, is_top1, mask


class HeadGraphs:
    """The head of training steps as CUDA graphs (graphs.Graphed), one per (rows, weight) shape; the rows are padded
    to a bucket already, so a run has a few. All share one memory pool: a step replays one head's forward and then
    its backward before any other head's. Not the stack's pool: a head is captured between the stack's forward and
    backward replays, and could be given memory that holds the stack's saved activations then."""

    def __init__(self, kernel, capture=None):
        self.kernel = kernel
        self.graphed: dict[tuple, object] = {}
        self.pool = None
        self.capture = capture or self._capture

    @staticmethod
    def fits(rows, weight) -> bool:
        """A training step's rows on CUDA, up to the stack's longest graphed row, outside any other capture, with a
        frozen head weight (the graph hands out no weight gradient); under autocast only when it computes in the
        rows' dtype, which is what the capture, made without autocast, computes in."""
        import torch

        from lorasmith.fast.graphs import VARLEN_MAX_TOKENS

        if not (rows.is_cuda and rows.requires_grad and torch.is_grad_enabled() and not weight.requires_grad):
            return False
        if rows.shape[0] > VARLEN_MAX_TOKENS:
            return False
        if torch.cuda.is_current_stream_capturing():
            return False
        return not torch.is_autocast_enabled("cuda") or torch.get_autocast_dtype("cuda") == rows.dtype

    def __call__(self, rows, weight, targets):
        import torch

        key = (tuple(rows.shape), rows.dtype, tuple(weight.shape), weight.dtype, weight.data_ptr(), targets.dtype,
               rows.device)
        with torch.autocast(rows.device.type, enabled=False):  # captured and replayed without: see `fits`
            graphed = self.graphed.get(key)
            if graphed is None:
                graphed = self.graphed[key] = self.capture(self._head(weight), (
                    torch.randn_like(rows).requires_grad_(), torch.zeros_like(targets)))
            return graphed(rows, targets)

    def _head(self, weight):
        def head(rows, targets):
            log_probs, entropy, _, _, is_top1 = self.kernel.apply(rows, weight, None, targets, 1.0, GRAPH_VOCAB_TILE,
                                                                  None, 1.0, OUTPUTS)
            return log_probs, entropy.detach(), is_top1

        return head

    def _capture(self, fn, samples):
        import torch

        from lorasmith.fast.graphs import Graphed

        if self.pool is None:
            self.pool = torch.cuda.graph_pool_handle()
        return Graphed(fn, samples, self.pool, warmup=1)
