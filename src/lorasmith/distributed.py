"""Training on several processes through torch.distributed, one process per GPU (or per CPU rank).

torchrun (or `accelerate launch`) starts the processes and describes them in the environment (RANK, LOCAL_RANK,
WORLD_SIZE, MASTER_ADDR, MASTER_PORT); every process then runs the same `lorasmith.train.train`, and the HF
Trainer wraps the model in DistributedDataParallel (or FSDP with train.fsdp) and averages the adapter gradients.
This module holds only what differs between ranks: who writes the run directory, where the model goes, how the
global batch is split, how a stop is agreed on, and `lorasmith train --nproc N`, which re-launches the same
command through torchrun. docs/distributed.md is the user's guide.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sys
from datetime import timedelta

from lorasmith.errors import UserError

# Long enough for rank 0 to prepare a raw data file while the others wait at a barrier.
TIMEOUT = timedelta(minutes=30)
# The command the user typed, handed by `--nproc` to the processes it starts, for run.json's "command".
COMMAND_ENV = "LORASMITH_COMMAND"


# ---------------------------------------------------------------- who am I

def launched() -> bool:
    """True inside a process started by torchrun or `accelerate launch` (they set RANK and WORLD_SIZE)."""
    return "RANK" in os.environ and "WORLD_SIZE" in os.environ


def world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", 1)) if launched() else 1


def rank() -> int:
    return int(os.environ.get("RANK", 0)) if launched() else 0


def local_rank() -> int:
    return int(os.environ.get("LOCAL_RANK", 0)) if launched() else 0


def is_main() -> bool:
    """Rank 0 of all hosts: the only process that writes the run directory."""
    return rank() == 0


def setup() -> None:
    """Join the process group that torchrun described: NCCL on GPUs, gloo on CPUs. A no-op in one process.

    The Trainer would create the group itself, but only when it is built; rank 0 needs barriers before that
    (preparing the run directory and the data), and the Trainer reuses a group that already exists.
    """
    if not launched():
        return
    import torch
    import torch.distributed as dist

    if dist.is_initialized():
        return
    if torch.cuda.is_available():
        if local_rank() >= torch.cuda.device_count():
            raise UserError(f"local rank {local_rank()} has no GPU: this host has {torch.cuda.device_count()}; "
                            "start at most that many processes per host (--nproc / --nproc_per_node)")
        torch.cuda.set_device(local_rank())
        dist.init_process_group("nccl", timeout=TIMEOUT, device_id=torch.device("cuda", local_rank()))
    else:
        dist.init_process_group("gloo", timeout=TIMEOUT)
        _accept_indexed_cpu_locations()


def _accept_indexed_cpu_locations() -> None:
    """Let torch.load map a checkpoint onto the device 'cpu:N'.

    On several CPU ranks accelerate names each rank's device cpu:LOCAL_RANK, the Trainer loads the optimizer state
    of a resumed run with map_location=that device, and torch.load knows only 'cpu' ("don't know how to restore
    data location ... (tagged with cpu:0)"). torch.serialization.register_package is torch's public hook for
    extra locations: storages tagged 'cpu:N' stay on the CPU, as for 'cpu'.
    """
    import torch

    torch.serialization.register_package(15, lambda storage: None,
                                         lambda storage, location: storage if location.startswith("cpu:") else None)


def backend() -> str | None:
    import torch.distributed as dist

    return dist.get_backend() if dist.is_available() and dist.is_initialized() else None


def barrier() -> None:
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()


def finish() -> None:
    """Leave the process group cleanly once every rank is done."""
    import torch.distributed as dist

    if dist.is_available() and dist.is_initialized():
        dist.barrier()
        dist.destroy_process_group()


def command_line() -> list[str]:
    """The command that started this training: the user's `--nproc` command in a process it launched."""
    return shlex.split(os.environ[COMMAND_ENV]) if COMMAND_ENV in os.environ else list(sys.argv)


def model_device():
    """Where this rank loads the base: its own GPU ({"": local_rank} as a device map), or the CPU."""
    import torch

    return local_rank() if torch.cuda.is_available() else "cpu"


def any_rank(flag: bool) -> bool:
    """True on every rank when `flag` is true on at least one (a no-op in one process)."""
    import torch
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized()):
        return flag
    device = torch.device("cuda", torch.cuda.current_device()) if backend() == "nccl" else torch.device("cpu")
    t = torch.tensor([1 if flag else 0], device=device)
    dist.all_reduce(t, op=dist.ReduceOp.MAX)
    return bool(t.item())


# ---------------------------------------------------------------- the global batch

def batch_plan(batch_size: int, micro_batch_size: int, world: int) -> tuple[int, int]:
    """(micro-batch per process, gradient accumulation) so that micro x processes x accumulation = batch_size.

    micro_batch_size 0 means batch_size / processes, without accumulation.
    """
    micro = micro_batch_size or batch_size // world
    per_pass = micro * world
    if micro < 1 or batch_size % per_pass:
        raise UserError(f"train.batch_size={batch_size} must be train.micro_batch_size ({micro_batch_size or 'auto'}) "
                        f"x {world} processes x gradient accumulation; choose a batch size that is a multiple of "
                        f"{max(per_pass, world)} or another micro-batch size")
    return micro, batch_size // per_pass


# ---------------------------------------------------------------- stopping together

def stop_callback():
    """The Ctrl-C / SIGTERM callback: GracefulStop in one process, and in several a variant that stops every rank
    after the same step.

    Each rank receives the signal at its own moment; without agreement one rank could stop while another waits
    for it in the next gradient all-reduce. One tiny all-reduce per optimizer step settles it.
    """
    from lorasmith import callbacks

    if world_size() == 1:
        return callbacks.GracefulStop()

    class AgreedStop(callbacks.GracefulStop):
        def on_step_end(self, args, state, control, **kwargs):
            if any_rank(self.requested is not None) and self.requested is None:
                self.requested = "a signal on another rank"
            return super().on_step_end(args, state, control, **kwargs)

    return AgreedStop()


# ---------------------------------------------------------------- sharded mode (FSDP)

def check_fsdp(cfg) -> None:
    """train.fsdp needs GPUs and, for a 4-bit base, weights stored in a 16-bit float dtype that FSDP can shard."""
    import torch

    from lorasmith.models import compute_dtype

    if not cfg.train.fsdp:
        return
    if not torch.cuda.is_available():
        raise UserError("train.fsdp=true needs CUDA GPUs (accelerate runs FSDP on GPUs only); "
                        "on CPUs use plain data parallelism (train.fsdp=false)")
    if cfg.model.load_in_4bit and compute_dtype(cfg.model.compute_dtype) == torch.float32:
        raise UserError("train.fsdp=true with a 4-bit base needs model.compute_dtype=bfloat16 or float16: "
                        "the 4-bit weights are stored in that dtype so that FSDP can shard them")


def fsdp_arguments(model, gradient_checkpointing: bool) -> dict:
    """SFTConfig keyword arguments for FSDP2 sharding of the base, one unit per decoder layer.

    Activation checkpointing goes through FSDP (the Trainer's own would gather each layer a second time);
    the final adapter is gathered whole (FULL_STATE_DICT) so that it loads with plain PEFT.
    """
    layers = sorted(set(getattr(model, "_no_split_modules", None) or []))
    if not layers:
        raise UserError(f"train.fsdp: {type(model).__name__} does not name its decoder layer class "
                        "(_no_split_modules), so it cannot be sharded layer by layer")
    config = {
        "version": 2,
        "auto_wrap_policy": "TRANSFORMER_BASED_WRAP",
        "transformer_layer_cls_to_wrap": layers,
        "reshard_after_forward": True,
        "state_dict_type": "FULL_STATE_DICT",
        "cpu_ram_efficient_loading": False,  # transformers loads a 4-bit base whole on every rank anyway
        "activation_checkpointing": gradient_checkpointing,
    }
    return {"fsdp": True, "fsdp_config": config}


def full_state_dict(trainer) -> dict:
    """The whole (unsharded) model state, gathered from every rank; call it on all ranks."""
    return trainer.accelerator.get_state_dict(trainer.model)


# ---------------------------------------------------------------- `--nproc N`

@contextlib.contextmanager
def _process_state_kept():
    """torchrun's launcher sets OMP_NUM_THREADS for its children in os.environ and installs its own signal
    handlers; put both back afterwards (this matters when `launch` is called from a longer-lived process)."""
    import signal

    saved_env = dict(os.environ)
    signals = [getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP", "SIGQUIT") if hasattr(signal, name)]
    saved_handlers = {sig: signal.getsignal(sig) for sig in signals}
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved_env)
        for sig, handler in saved_handlers.items():
            signal.signal(sig, handler)


def should_launch(nproc: int | None) -> bool:
    """Whether `--nproc nproc` has to start the processes (not when torchrun already did)."""
    if nproc is None:
        return False
    if nproc < 1:
        raise UserError(f"--nproc {nproc}: must be at least 1")
    if launched():
        started = int(os.environ.get("LOCAL_WORLD_SIZE", nproc))
        if nproc != started:
            raise UserError(f"--nproc {nproc}, but torchrun started {started} processes on this host")
        return False
    return nproc > 1


def launch(nproc: int, args: list[str], *, program: list[str] | None = None) -> int:
    """Run `python -m lorasmith ARGS` (or `program ARGS`) as `nproc` processes on this host through torchrun.

    Returns 0 when every rank succeeded; otherwise raises a one-line UserError naming the rank that failed
    first (torchrun has already stopped the others), with that rank's exit status.
    """
    import torch
    from torch.distributed import run as torchrun
    from torch.distributed.elastic.multiprocessing.api import SignalException
    from torch.distributed.elastic.multiprocessing.errors import ChildFailedError

    if torch.cuda.is_available() and nproc > torch.cuda.device_count():
        raise UserError(f"--nproc {nproc}: this host has {torch.cuda.device_count()} GPUs (one process per GPU)")
    program = program or ["-m", "lorasmith"]
    argv = ["--standalone", f"--nproc-per-node={nproc}", *program, *args]
    print(f"lorasmith: starting {nproc} processes through torchrun", file=sys.stderr)
    try:
        with _process_state_kept():
            os.environ[COMMAND_ENV] = shlex.join(sys.argv)
            torchrun.run(torchrun.parse_args(argv))
    except ChildFailedError as exc:
        failed, failure = exc.get_first_failure()
        status = failure.exitcode
        how = f"was killed by signal {-status}" if status < 0 else f"exited with status {status}"
        raise UserError(f"rank {failed} of {nproc} {how} (its message is above); torchrun stopped the other ranks",
                        code=status if status > 0 else 1) from None
    except SignalException as exc:
        raise UserError(f"{exc.sigval.name}: every rank was asked to stop; a finished checkpoint can be "
                        "continued with --resume", code=130) from None
    return 0
