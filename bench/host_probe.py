"""Where a steady reference step spends its host time (CUDA only).

Times (perf_counter, no profiler) the Trainer's parts of each step over steady steps: the next batch, the forward
with the loss and TRL's metrics, the backward, clipping, the optimizer, and inside them the graph launches and every
wait for the GPU (`.item()`, and transformers' packed-sequence check); then one save and one evaluation, once.

    python bench/host_probe.py --model MODEL_DIR --data DATA_DIR [--no-gc] [--isolate | --timeline] [key=value ...]

--isolate synchronises the GPU before each timed part (outside its time), so a part's figure is its own host work
and its own waits, not a wait for work queued before it; a nested part's synchronisation counts in the enclosing
part's time, so only the outermost parts' figures are their own. --timeline records a CUDA event where each part
begins and ends: for each part, when the host began and ended it and when the GPU had finished everything queued
before those two points, in ms from the step's start, so the places where the GPU ran dry show; also each
evaluation batch's host and GPU time.

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
MODE = {"isolate": False, "timeline": False}
MARKS: list = []  # timeline: (label, host start, host end, event at start, event at end)
UNSYNCED = ("  .item() (waits for the GPU)", "  graph launch (replay)")  # --isolate would only move their waits


def timed(owner, name: str, label: str, always: bool = False) -> None:
    inner = getattr(owner, name)

    def wrapper(*a, **k):
        if not (ON[0] or always):
            return inner(*a, **k)
        import torch

        if MODE["isolate"] and label not in UNSYNCED:
            torch.cuda.synchronize()
        events = None
        if MODE["timeline"]:
            events = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            events[0].record()
        t = time.perf_counter()
        try:
            return inner(*a, **k)
        finally:
            t1 = time.perf_counter()
            TIMES[label] += t1 - t
            COUNTS[label] += 1
            if events is not None:
                events[1].record()
                MARKS.append((label, t, t1, *events))

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
    timed(trl.SFTTrainer, "prediction_step", "[eval] one batch", always=True)
    timed(transformers.trainer_callback.CallbackHandler, "on_step_begin", "step begins")


def timeline(host0: float, event0) -> None:
    """Each part's host start and end, and when the GPU had drained the work queued before each, in ms from the
    step's start (mean over the steps); then the evaluation batches' host and GPU times. `event0` was recorded at
    host time `host0` on an idle GPU: it puts both clocks on one axis."""
    gpu = [(label, t0 - host0, t1 - host0, event0.elapsed_time(e0) / 1e3, event0.elapsed_time(e1) / 1e3)
           for label, t0, t1, e0, e1 in MARKS]
    rows = collections.defaultdict(list)
    begin, steps = None, 0
    for label, h0, h1, g0, g1 in gpu:
        if label == "step begins":
            begin, steps = h0, steps + 1
        elif not label.startswith("[") and begin is not None:
            rows[label].append([(x - begin) * 1e3 for x in (h0, h1, g0, g1)])
    print(f"\ntimeline, ms from the step's start on the host, mean over {steps} steps. gpu@start/gpu@end: when the "
          "GPU had finished all work queued before the part began/ended; dry: mean host start minus gpu@start where "
          "positive (the GPU had run out of work before the part began)")
    columns = (("calls", 5), ("host start", 10), ("host end", 9), ("gpu@start", 9), ("gpu@end", 8), ("dry", 6))
    print(f"{'part':45s} " + " ".join(f"{name:>{width}s}" for name, width in columns))
    for label, xs in sorted(rows.items(), key=lambda kv: sum(x[0] for x in kv[1]) / len(kv[1])):
        m = [sum(x[i] for x in xs) / len(xs) for i in range(4)]
        dry = sum(max(0.0, x[0] - x[2]) for x in xs) / len(xs)
        print(f"{label:45s} {len(xs) / steps:5.1f} {m[0]:10.2f} {m[1]:9.2f} {m[2]:9.2f} {m[3]:8.2f} {dry:6.2f}")
    batches = [(h1 - h0, g1 - max(h0, g0)) for label, h0, h1, g0, g1 in gpu if label == "[eval] one batch"]
    if batches:
        print("\nevaluation batches: host ms, then GPU ms from when both the host and the GPU were at the batch to "
              "when the GPU finished it")
        print(" ".join(f"{h * 1e3:.1f}/{g * 1e3:.1f}" for h, g in batches))


def main() -> None:
    import torch

    def options(ap):
        ap.add_argument("--no-gc", action="store_true", help="freeze and disable Python's garbage collector first")
        ap.add_argument("--isolate", action="store_true", help="synchronise before each timed part")
        ap.add_argument("--timeline", action="store_true", help="CUDA events where each part begins and ends")

    a = steady_steps.arguments(__doc__, options)
    MODE.update(isolate=a.isolate, timeline=a.timeline)
    if a.no_gc:
        gc.freeze()
        gc.disable()
    instrument()
    marks = {}

    def start():
        torch.cuda.synchronize()
        ON[0] = True
        marks["t"] = time.perf_counter()
        marks["event"] = torch.cuda.Event(enable_timing=True)
        marks["event"].record()  # the GPU is idle: this event's time is the host's marks["t"]

    def stop():
        torch.cuda.synchronize()
        marks["dt"] = time.perf_counter() - marks["t"]
        ON[0] = False

    first, last = 12, 27
    steady_steps.run(a, start, stop, ["train.save_steps=28", "train.eval_steps=29"], first, last)
    steps = last - first + 1
    mode = "isolated parts" if a.isolate else "with events" if a.timeline else "plain"
    gc_state = "off" if a.no_gc else "on"
    print(f"{steps} steady steps (gc {gc_state}, {mode}): {marks['dt'] / steps * 1e3:.2f} ms per step")
    for label, t in TIMES.items():
        if label.startswith("["):
            print(f"{label:45s} {t * 1e3:8.1f} ms in {COUNTS[label]} calls")
        else:
            print(f"{label:45s} {t / steps * 1e3:8.2f} ms/step  ({COUNTS[label] / steps:.1f} calls/step)")
    if a.timeline:
        torch.cuda.synchronize()
        timeline(marks["t"], marks["event"])


if __name__ == "__main__":
    main()
