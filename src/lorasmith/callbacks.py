"""Trainer callbacks that `train` plugs into SFTTrainer: metrics file, progress bar, signals, checkpoint seals,
NaN guard, profiler."""

from __future__ import annotations

import math
import signal
import sys
import time

from transformers import TrainerCallback

from lorasmith.rundir import RunDir

METRIC_KEYS = {
    "loss": "loss",
    "eval_loss": "eval_loss",
    "learning_rate": "lr",
    "grad_norm": "grad_norm",
    "num_tokens": "tokens",
    "mean_token_accuracy": "token_accuracy",
}


class MetricsFile(TrainerCallback):
    """One JSON object per log event in RUN/metrics.jsonl: step, epoch, loss, lr, grad norm, tokens, eval loss."""

    def __init__(self, run: RunDir):
        self.run = run
        self.t0 = time.perf_counter()
        self.last_tokens = 0.0
        self.last_time = self.t0

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not state.is_world_process_zero or not logs:
            return
        row = {"step": state.global_step, "epoch": round(state.epoch or 0.0, 4)}
        for key, name in METRIC_KEYS.items():
            if key in logs:
                row[name] = float(logs[key])
        now = time.perf_counter()
        if "tokens" in row:
            dt = max(now - self.last_time, 1e-9)
            row["tokens_per_s"] = round((row["tokens"] - self.last_tokens) / dt, 1)
            self.last_tokens, self.last_time = row["tokens"], now
        row["elapsed_s"] = round(now - self.t0, 3)
        if len(row) > 3:  # skip the trainer's final summary-only log
            self.run.append_metrics(row)


class ProgressBar(TrainerCallback):
    """tqdm bar over optimizer steps showing loss, validation loss, tokens/s and the ETA."""

    def __init__(self):
        self.bar = None
        self.postfix = {}
        self.tokens = (0.0, time.perf_counter())

    def on_train_begin(self, args, state, control, **kwargs):
        if state.is_world_process_zero:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=state.max_steps, initial=state.global_step, desc="train", unit="step",
                            dynamic_ncols=True, file=sys.stderr)

    def on_step_end(self, args, state, control, **kwargs):
        if self.bar is not None:
            self.bar.update(state.global_step - self.bar.n)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if self.bar is None or not logs:
            return
        if "loss" in logs:
            self.postfix["loss"] = f"{logs['loss']:.4f}"
        if "eval_loss" in logs:
            self.postfix["val"] = f"{logs['eval_loss']:.4f}"
        if "num_tokens" in logs:
            now = time.perf_counter()
            tok, t = self.tokens
            if now > t and logs["num_tokens"] > tok:
                self.postfix["tok/s"] = f"{(logs['num_tokens'] - tok) / (now - t):,.0f}"
            self.tokens = (logs["num_tokens"], now)
        self.bar.set_postfix(self.postfix, refresh=True)

    def on_train_end(self, args, state, control, **kwargs):
        self.close()

    def close(self):
        """Also called when training fails, so that the error line is not followed by a half-drawn bar."""
        if self.bar is not None:
            self.bar.close()
            self.bar = None


class GracefulStop(TrainerCallback):
    """SIGINT/SIGTERM: finish the current step, save a checkpoint, stop. A second signal stops at once."""

    def __init__(self):
        self.requested = None
        self.previous = {}

    def _handler(self, signum, frame):
        if self.requested is not None:
            raise KeyboardInterrupt
        self.requested = signal.Signals(signum).name
        print(f"\nlorasmith train: {self.requested} received; finishing this step and saving a checkpoint "
              "(send it again to stop at once)", file=sys.stderr)

    def install(self):
        for sig in (signal.SIGINT, signal.SIGTERM):
            self.previous[sig] = signal.signal(sig, self._handler)

    def uninstall(self):
        for sig, handler in self.previous.items():
            signal.signal(sig, handler)
        self.previous = {}

    def on_step_end(self, args, state, control, **kwargs):
        if self.requested is not None:
            control.should_save = True
            control.should_training_stop = True

    def on_epoch_end(self, args, state, control, **kwargs):
        # Stopping ends the epoch early; its evaluation would delay the exit and shift the RNG stream, so that a
        # resumed run would no longer match an uninterrupted one. At the epoch's real end the evaluation is
        # part of the uninterrupted run too, and EvaluateThenSave makes the checkpoint wait for it.
        if self.requested is not None and not _at_epoch_end(state):
            control.should_evaluate = False


def _at_epoch_end(state) -> bool:
    return state.epoch is not None and float(state.epoch).is_integer()


class EvaluateThenSave(TrainerCallback):
    """A step checkpoint that falls on the last step of an epoch is saved after that epoch's evaluation.

    The Trainer saves it first and evaluates after. The evaluation draws from the global RNG (each DataLoader
    iterator takes a seed from it), so the checkpoint would hold an RNG state that the uninterrupted run
    moves past: a run resumed from it sees other dropout masks and ends with another adapter."""

    def __init__(self):
        self.deferred = False

    def on_step_end(self, args, state, control, **kwargs):
        if control.should_save and args.eval_strategy == "epoch" and _at_epoch_end(state):
            control.should_save, self.deferred = False, True

    def on_epoch_end(self, args, state, control, **kwargs):
        if self.deferred:
            control.should_save, self.deferred = True, False


class SealCheckpoints(TrainerCallback):
    """After each checkpoint save: seal it as complete, then drop the oldest beyond train.save_total_limit
    (see lorasmith.checkpoints). `barrier` waits for every rank, whose RNG files are part of the checkpoint.

    The seal syncs and hashes every file (about 0.3 s for the reference job's checkpoint on an H200 host, a tenth
    of a minute-long job over its 7 saves), so it runs on a thread beside the next training steps. Until its seal is
    written a checkpoint counts as interrupted, as it would if the process died then. It is finished before the
    Trainer writes a checkpoint again (a step or epoch end that will save waits for it), when training ends, and
    by `finish` when it stops early; a failed seal raises there, in the training loop."""

    def __init__(self, run: RunDir, keep: int, barrier):
        self.run, self.keep, self.barrier = run, keep, barrier
        self.pending = None
        self.pool = None

    def finish(self, raise_errors: bool = True) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        try:
            pending.result()
        except Exception:
            if raise_errors:
                raise

    def _seal(self, folder, best) -> None:
        from lorasmith import checkpoints

        checkpoints.seal(folder)
        checkpoints.rotate(self.run, self.keep, best)

    def on_step_end(self, args, state, control, **kwargs):
        if control.should_save:
            self.finish()

    def on_epoch_end(self, args, state, control, **kwargs):
        if control.should_save:
            self.finish()

    def on_save(self, args, state, control, **kwargs):
        from concurrent.futures import ThreadPoolExecutor

        self.finish()
        self.barrier()
        if state.is_world_process_zero:
            if self.pool is None:
                self.pool = ThreadPoolExecutor(1, thread_name_prefix="lorasmith-seal")
            folder = self.run.checkpoints / f"checkpoint-{state.global_step}"
            self.pending = self.pool.submit(self._seal, folder, state.best_model_checkpoint)

    def on_train_end(self, args, state, control, **kwargs):
        self.finish()
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None


class NanGuard(TrainerCallback):
    """Stop before a checkpoint is written if the loss or any trainable weight has become NaN or infinite.

    Checked on logging and saving steps only, so a healthy step pays no host-device synchronisation.
    """

    def __init__(self, model):
        self.params = [p for p in model.parameters() if p.requires_grad]
        self.bad_step = None
        self.bad_what = ""

    def _weights_finite(self) -> bool:
        """One synchronisation for all the adapter's tensors (a check per tensor was ~300 per step): the norm of
        all of them is finite exactly when every element is (barring an overflow of the sum, itself a failure)."""
        import torch

        norms = torch._foreach_norm(self.params)  # float32 accumulation; one kernel per dtype group
        return bool(torch.isfinite(torch.stack([n.float() for n in norms]).sum()))

    def on_step_end(self, args, state, control, **kwargs):
        step = state.global_step
        due = (args.save_steps and step % args.save_steps == 0) or (args.logging_steps and step % args.logging_steps == 0)
        if (due or control.should_save or control.should_training_stop) and not self._weights_finite():
            self._trip(state, control, "adapter weights")

    def on_log(self, args, state, control, logs=None, **kwargs):
        if logs and "loss" in logs and not math.isfinite(float(logs["loss"])):
            self._trip(state, control, "training loss")

    def on_epoch_end(self, args, state, control, **kwargs):
        if self.bad_step is not None:  # a save that EvaluateThenSave deferred to here must not happen either
            control.should_save = False

    def _trip(self, state, control, what):
        if self.bad_step is None:
            self.bad_step, self.bad_what = state.global_step, what
        control.should_save = False
        control.should_training_stop = True


class Profiler(TrainerCallback):
    """torch.profiler over `steps` optimizer steps after a warm-up; writes the tables to `path` when they end. The
    wall time per step sits beside the GPU kernel time, so host-bound and GPU-bound steps tell themselves apart."""

    def __init__(self, path, steps: int, max_steps: int):
        self.path, self.steps = path, steps
        self.start = 10 if max_steps <= 0 or max_steps > 10 + steps else max(0, (max_steps - steps) // 2)
        self.prof, self.t0 = None, 0.0

    def on_step_begin(self, args, state, control, **kwargs):
        import torch

        if state.global_step == self.start and self.prof is None:
            kinds = [torch.profiler.ProfilerActivity.CPU]
            if torch.cuda.is_available():
                kinds.append(torch.profiler.ProfilerActivity.CUDA)
                torch.cuda.synchronize()
            self.prof = torch.profiler.profile(activities=kinds)
            self.prof.__enter__()
            self.t0 = time.perf_counter()

    def on_step_end(self, args, state, control, **kwargs):
        import torch

        if self.prof is None or state.global_step != self.start + self.steps:
            return
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        wall = (time.perf_counter() - self.t0) / self.steps
        self.prof.__exit__(None, None, None)
        events = self.prof.key_averages()
        # kernels only: an operator's device time is its kernels' time again
        gpu = sum(e.self_device_time_total for e in events if e.device_type == torch.autograd.DeviceType.CUDA)
        gpu = gpu / 1e3 / self.steps
        head = (f"{self.steps} optimizer steps from step {self.start + 1}: {1e3 * wall:.1f} ms wall per step, "
                f"{gpu:.1f} ms of GPU kernels per step\n\n")
        tables = [f"## by {key}\n" + events.table(sort_by=key, row_limit=30, max_name_column_width=70)
                  for key in ("self_device_time_total", "cpu_time_total")]
        self.path.write_text(head + "\n\n".join(tables))
        self.prof = None
