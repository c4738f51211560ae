"""Shared by sync_sites.py, gpu_gaps.py, host_probe.py and kernel_owners.py: the reference recipe for 30 steps, with
`start()` called when step `first` begins and `stop()` when step `last` ends (steady steps: the graphs of the usual
buckets are captured by then)."""

from __future__ import annotations

import argparse
import tempfile

FIRST, LAST = 20, 24


def arguments(doc: str, extra=None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--model", required=True)
    ap.add_argument("--data", required=True)
    if extra:
        extra(ap)
    ap.add_argument("overrides", nargs="*")
    return ap.parse_args()


def run(a: argparse.Namespace, start, stop, settings=(), first: int = FIRST, last: int = LAST) -> None:
    import lorasmith.callbacks as callbacks
    from lorasmith.config import load_config
    from lorasmith.train import train

    base = callbacks.MetricsFile

    class MetricsAndWatch(base):  # `train` builds its callbacks itself; this rides along with the first one
        def on_step_begin(self, args, state, control, **kw):
            if state.global_step == first:
                start()
            return super().on_step_begin(args, state, control, **kw)

        def on_step_end(self, args, state, control, **kw):
            out = super().on_step_end(args, state, control, **kw)
            if state.global_step == last:
                stop()
            return out

    callbacks.MetricsFile = MetricsAndWatch
    cfg = load_config("tinyllama-coding", [
        f"model.name={a.model}", f"data.path={a.data}", f"output={tempfile.mkdtemp()}", "train.max_steps=30",
        "train.save_steps=1000", "train.eval_steps=1000", "train.gradient_checkpointing=false", *settings,
        *a.overrides])
    train(cfg, overwrite=True)


def run_profiled(a: argparse.Namespace, prof) -> None:
    """`run` with the torch.profiler `prof` recording steps FIRST to LAST, the GPU synchronised at both ends."""
    import torch

    def start():
        torch.cuda.synchronize()
        prof.__enter__()

    def stop():
        torch.cuda.synchronize()
        prof.__exit__(None, None, None)

    run(a, start, stop)
