"""Checkpoint seals without training: what may be resumed from, what is refused, what is removed."""

from __future__ import annotations

import json

import pytest

from lorasmith import checkpoints
from lorasmith.cli import main
from lorasmith.errors import UserError
from lorasmith.rundir import RunDir
from tests.conftest import tiny_overrides


def fake_checkpoint(run: RunDir, step: int, sealed: bool = True, weights: str = "adapter_model.safetensors"):
    folder = run.checkpoints / f"checkpoint-{step}"
    folder.mkdir(parents=True)
    for name in (weights, "optimizer.pt", "scheduler.pt", "rng_state.pth"):
        (folder / name).write_bytes(f"{name} at {step}".encode())
    (folder / "trainer_state.json").write_text(json.dumps({"global_step": step, "max_steps": 100}))
    if sealed:
        checkpoints.seal(folder)
    return folder


def test_newest_sealed_wins_and_newer_unsealed_are_reported(tmp_path):
    run = RunDir(tmp_path)
    fake_checkpoint(run, 2)
    four = fake_checkpoint(run, 4)
    six = fake_checkpoint(run, 6, sealed=False)
    assert checkpoints.latest(run) == (four, [six])


@pytest.mark.parametrize("change", ["edit", "remove", "add"])
def test_a_sealed_checkpoint_changed_afterwards_is_refused(tmp_path, change):
    run = RunDir(tmp_path)
    folder = fake_checkpoint(run, 2)
    if change == "edit":  # e.g. a pickle swapped for another of the same size
        (folder / "optimizer.pt").write_bytes(b"X" * len("optimizer.pt at 2"))
    elif change == "remove":
        (folder / "scheduler.pt").unlink()
    else:
        (folder / "pytorch_model.bin").write_bytes(b"pickle")
    with pytest.raises(UserError, match="refusing to load it"):
        checkpoints.latest(run)


def test_pickle_weights_are_refused_with_a_message(tiny_model_dir, tiny_data_dir, tmp_path, capsys):
    """A checkpoint folder from elsewhere holding pickle weights: never loaded, and the message says why."""
    run = RunDir(tmp_path / "run")
    fake_checkpoint(run, 2, sealed=False, weights="adapter_model.bin")
    assert main(["train", "--resume", *tiny_overrides(tiny_model_dir, tiny_data_dir, run.root)]) == 2
    err = capsys.readouterr().err
    assert "adapter_model.bin" in err and "safetensors" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert (run.checkpoints / "checkpoint-2" / "adapter_model.bin").is_file()  # refused, not deleted


def test_a_sealed_checkpoint_without_safetensors_weights_is_refused(tmp_path):
    run = RunDir(tmp_path)
    fake_checkpoint(run, 2, weights="adapter_model.bin")
    with pytest.raises(UserError, match="safetensors"):
        checkpoints.latest(run)


def test_only_unsealed_folders_mean_nothing_to_resume(tmp_path):
    run = RunDir(tmp_path)
    fake_checkpoint(run, 2, sealed=False)
    found, torn = checkpoints.latest(run)
    assert found is None and "incomplete" in checkpoints.why_none(torn)


def test_rotation_keeps_the_newest_and_the_best(tmp_path):
    run = RunDir(tmp_path)
    for step in (2, 4, 6, 8):
        fake_checkpoint(run, step)
    (run.checkpoints / ".removing-checkpoint-0").mkdir()  # left by a kill during an earlier removal
    checkpoints.rotate(run, keep=2, protect=str(run.checkpoints / "checkpoint-2"))
    checkpoints.clear_trash(run)
    assert sorted(p.name for p in run.checkpoints.iterdir()) == ["checkpoint-2", "checkpoint-6", "checkpoint-8"]


def test_a_torn_metrics_line_at_the_end_is_dropped(tmp_path):
    run = RunDir(tmp_path)
    run.metrics.write_text('{"step": 1, "loss": 2.0}\n{"step": 2, "lo')
    assert run.read_metrics() == [{"step": 1, "loss": 2.0}]
    run.metrics.write_text('{"step": 1, "lo\n{"step": 2, "loss": 2.0}\n')
    with pytest.raises(UserError, match="metrics.jsonl:1"):
        run.read_metrics()


def test_leftovers_of_killed_atomic_writes_are_removed(tmp_path):
    run = RunDir(tmp_path)
    for name in (".run.json.ab12cd_9.tmp", ".adapter.zz99yy00.tmp", ".adapter.old1234", "keep.txt", ".hidden"):
        (tmp_path / name).mkdir() if "adapter" in name else (tmp_path / name).write_text("x")
    run.remove_temporaries()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".hidden", "keep.txt"]
