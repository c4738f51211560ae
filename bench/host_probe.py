"""Where a steady reference step spends its host time (CUDA only).

Times (perf_counter, no profiler) the Trainer's parts of each step over steady steps: the next batch, the forward
with the loss and TRL's metrics, the backward, clipping, the optimizer, and inside them the graph launches and every
wait for the GPU (`.item()`, and transformers' packed-sequence check); then one save and one evaluation, once.

    python bench/host_probe.py --model MODEL_DIR --data DATA_DIR [--no-gc] [key=value ...]

The wrappers are this diagnostic's own, set on classes inside its process only.
"""

from __future__ import annotations

import collections
import gc
import time

import steady_steps

TIMES: dict[str, float] = collections.defaultdict(float)
COUNTS: dict[str, int] = collections.defaultdict(int)
ON = [False]


def timed(owner, name: str, label: str, always: bool = False) -> None:
    inner = getattr(owner, name)

    def wrapper(*a, **k):
        if not (ON[0] or always):
            return inner(*a, **k)
        t = time.perf_counter()
        try:
            return inner(*a, **k)
        finally:
            TIMES[label] += time.perf_counter() - t
            COUNTS[label] += 1

    setattr(owner, name, wrapper)


def instrument() -> None:
    import accelerate
    import accelerate.optimizer
    import peft
    import torch
    import transformers
    import transformers.masking_utils as mu
    import transformers.models.llama.modeling_llama as llama
    import transformers.trainer_callback
    import trl

    import lorasmith.fast.graphs as graphs
    import lorasmith.fast.head as head

    timed(torch.cuda.CUDAGraph, "replay", "  graph launch (replay)")
    timed(torch.Tensor, "item", "  .item() (waits for the GPU)")
    timed(mu, "find_packed_sequence_indices", "  find_packed_sequence_indices (waits)")
    timed(transformers.Trainer, "get_batch_samples", "next batch (DataLoader + collation)")
    timed(trl.SFTTrainer, "compute_loss", "forward + loss + metrics")
    timed(accelerate.Accelerator, "backward", "backward")
    timed(accelerate.Accelerator, "clip_grad_norm_", "clip_grad_norm_")
    timed(accelerate.optimizer.AcceleratedOptimizer, "step", "optimizer.step")
    timed(transformers.trainer_callback.CallbackHandler, "on_step_end", "callbacks on_step_end")
    timed(transformers.Trainer, "training_step", "training_step (forward + backward)")
    timed(peft.PeftModelForCausalLM, "forward", "  PEFT model forward")
    timed(llama.LlamaModel, "forward", "    LlamaModel.forward")
    timed(llama, "create_causal_mask", "      create_causal_mask")
    timed(llama.LlamaRotaryEmbedding, "forward", "      rotary tables")
    timed(graphs.StackGraphs, "first_forward", "      decoder stack (graph)")
    timed(graphs.StackGraphs, "_replay", "        _replay")
    timed(head, "score", "    row head (score)")
    timed(accelerate.Accelerator, "gather_for_metrics", "  gather_for_metrics")
    # outside the steady steps: one save and one evaluation after them (steps 28 and 29)
    T = transformers.Trainer
    for name in ("_save_checkpoint", "save_model", "_save_optimizer_and_scheduler", "_save_rng_state", "evaluate"):
        timed(T, name, f"[once] Trainer.{name}", always=True)
    timed(transformers.trainer_callback.CallbackHandler, "on_save", "[once] callbacks on_save", always=True)


def main() -> None:
    import torch

    a = steady_steps.arguments(__doc__, lambda ap: ap.add_argument(
        "--no-gc", action="store_true", help="freeze and disable Python's garbage collector before the run"))
    if a.no_gc:
        gc.freeze()
        gc.disable()
    instrument()
    marks = {}

    def start():
        torch.cuda.synchronize()
        ON[0] = True
        marks["t"] = time.perf_counter()

    def stop():
        torch.cuda.synchronize()
        marks["dt"] = time.perf_counter() - marks["t"]
        ON[0] = False

    first, last = 12, 27
    steady_steps.run(a, start, stop, ["train.save_steps=28", "train.eval_steps=29"], first, last)
    steps = last - first + 1
    print(f"{steps} steady steps (gc {'off' if a.no_gc else 'on'}): {marks['dt'] / steps * 1e3:.2f} ms per step")
    for label, t in TIMES.items():
        if label.startswith("[once]"):
            print(f"{label:45s} {t * 1e3:8.1f} ms in {COUNTS[label]} calls")
        else:
            print(f"{label:45s} {t / steps * 1e3:8.2f} ms/step  ({COUNTS[label] / steps:.1f} calls/step)")


if __name__ == "__main__":
    main()
