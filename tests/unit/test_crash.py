"""SIGKILL in the middle of writing a checkpoint or an artifact, then `--resume`: the run finishes with the adapter
of an uninterrupted run, and at no moment does the disk hold a half-written checkpoint that would be loaded.

Each seed picks a kill point in one phase of the run (tests/unit/crash_child.py does the killing):
  torn      a file of checkpoint-4 or checkpoint-6 cut short (adapter, optimizer, scheduler, RNG state)
  state     trainer_state.json cut short: the Trainer writes it last, so a folder that has it looks complete
  unsealed  every file of the checkpoint written, killed before its seal, or with the seal's write torn
  final     the final adapter, run.json or the report cut short, after the last checkpoint
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from lorasmith import checkpoints
from lorasmith.cli import main
from lorasmith.config import load_config
from lorasmith.rundir import RunDir
from lorasmith.train import train
from tests.conftest import tiny_overrides

CHILD = Path(__file__).with_name("crash_child.py")
STEPS = {"train.max_steps": 6, "train.save_steps": 2, "lora.dropout": 0.1}
CHECKPOINT_FILES = [("save_file", "adapter_model.safetensors"), ("torch.save", "optimizer.pt"),
                    ("torch.save", "scheduler.pt"), ("torch.save", "rng_state.pth")]
FINAL_FILES = [("save_file", r"/\.adapter\.[^/]+\.tmp/adapter_model\.safetensors$"), ("atomic", r"/run\.json$"),
               ("atomic", r"lorasmith_template\.json$"), ("atomic", r"/report\.html$")]
PHASES = ("torn", "state", "unsealed", "final")


def kill_point(seed: int) -> tuple[str, str, str, float]:
    """(phase, event kind, path pattern, fraction of the file left) for one seed."""
    rng = random.Random(seed)
    phase = PHASES[seed % len(PHASES)]
    step = rng.choice([4, 6])
    if phase in ("torn", "state"):
        kind, name = rng.choice(CHECKPOINT_FILES) if phase == "torn" else ("trainer_state", "trainer_state.json")
        return phase, kind, rf"/checkpoint-{step}/{name}$", rng.random()
    if phase == "unsealed":
        if rng.random() < 0.5:
            return phase, "seal", rf"/checkpoint-{step}$", 1.0
        return phase, "atomic", rf"/checkpoint-{step}/{checkpoints.SEAL}$", rng.random()
    kind, pattern = rng.choice(FINAL_FILES)
    return phase, kind, pattern, rng.random()


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    from tests.conftest import make_tiny_model_dir, write_data_dir

    root = tmp_path_factory.mktemp("crash")
    model, data = make_tiny_model_dir(root / "model"), write_data_dir(root / "data")
    train(load_config(None, tiny_overrides(model, data, root / "straight", **STEPS)))
    return model, data, root / "straight"


def assert_nothing_half_written(run: Path) -> None:
    """What a later command would read is complete: sealed checkpoints match their seals, finished files parse."""
    for folder in checkpoints.folders(RunDir(run)):
        seal = checkpoints.read_seal(folder)
        if seal is not None:
            checkpoints.verify(folder, seal)
    for name in ("run.json", "adapter/lorasmith_template.json", "adapter/adapter_config.json"):
        if (run / name).exists():
            json.loads((run / name).read_text())
    if (run / "adapter").exists():
        _adapter(run)  # safetensors reads the header and every tensor
        RunDir(run).require_adapter()


def _adapter(run: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(run / "adapter" / "adapter_model.safetensors")


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_sigkill_while_writing_then_resume(uninterrupted, tmp_path, capfd, seed):
    model, data, straight = uninterrupted
    phase, kind, pattern, fraction = kill_point(seed)
    out = tmp_path / "run"
    cmd = [sys.executable, str(CHILD), kind, pattern, f"{fraction:.3f}", "--",
           "train", *tiny_overrides(model, data, out, **STEPS)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=os.environ)
    assert proc.returncode == -signal.SIGKILL, f"never reached {kind} {pattern}:\n{proc.stderr[-3000:]}"

    assert_nothing_half_written(out)
    sealed = [f.name for f in checkpoints.folders(RunDir(out)) if checkpoints.read_seal(f) is not None]
    torn = [f.name for f in checkpoints.folders(RunDir(out)) if checkpoints.read_seal(f) is None]
    if phase == "final":
        assert sealed[0] == "checkpoint-6" and not torn
    else:
        step = int(pattern.split("checkpoint-")[1][0])
        assert torn == [f"checkpoint-{step}"] and sealed[0] == f"checkpoint-{step - 2}"

    capfd.readouterr()
    assert main(["train", "--output", str(out), "--resume"]) == 0
    err = capfd.readouterr().err
    assert f"resuming from {out / 'checkpoints' / sealed[0]}" in err
    if torn:
        assert f"removing {out / 'checkpoints' / torn[0]} (its save was interrupted" in err

    a, b = _adapter(straight), _adapter(out)
    assert a.keys() == b.keys()
    for k in a:
        torch.testing.assert_close(a[k], b[k], rtol=1e-4, atol=1e-5, msg=k)
    assert_nothing_half_written(out)
    assert all(checkpoints.read_seal(f) is not None for f in checkpoints.folders(RunDir(out)))
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temporary file or folder left
    steps = [m["step"] for m in RunDir(out).read_metrics() if "loss" in m]
    assert steps == list(range(1, 7))  # each step logged once, none lost
