"""Checkpoint seals during training: written on a thread beside the next steps, finished before the next save and at
the end, and a failed one stops the run as a failed write would."""

from __future__ import annotations

from lorasmith.config import load_config
from lorasmith.rundir import RunDir
from lorasmith.train import train
from tests.conftest import tiny_overrides


def test_seals_are_written_beside_training_and_finished_before_the_next_save(tiny_model_dir, tiny_data_dir, tmp_path,
                                                                             monkeypatch):
    """The seal runs on a thread while the next steps train; the next save, and the end of training, wait for it."""
    import threading

    from lorasmith import checkpoints as ck

    real, events, step_3_ended = ck.seal, [], threading.Event()

    def seal_after_step_3(folder):
        events.append(("seal", folder.name, threading.current_thread().name))
        if folder.name == "checkpoint-2":  # sealed in the loop, this would wait in vain and time out
            events.append(("step 3 ran meanwhile", step_3_ended.wait(timeout=60), None))
        real(folder)
        events.append(("sealed", folder.name, None))

    def steps(self, args, state, control, **kwargs):
        events.append(("step", state.global_step, None))
        if state.global_step == 3:
            step_3_ended.set()

    from lorasmith.callbacks import MetricsFile

    monkeypatch.setattr(ck, "seal", seal_after_step_3)
    monkeypatch.setattr(MetricsFile, "on_step_end", steps, raising=False)
    out = tmp_path / "run"
    train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{
        "train.max_steps": 6, "train.save_total_limit": 2})))
    seals = [e for e in events if e[0] == "seal"]
    assert [e[1] for e in seals] == ["checkpoint-2", "checkpoint-4", "checkpoint-6"]
    assert all(e[2].startswith("lorasmith-seal") for e in seals)
    order = [e[:2] for e in events]
    assert ("step 3 ran meanwhile", True) in order
    assert order.index(("sealed", "checkpoint-2")) < order.index(("seal", "checkpoint-4"))
    kept = ck.folders(RunDir(out))
    assert [f.name for f in kept] == ["checkpoint-6", "checkpoint-4"]  # rotated after the newest was sealed
    for folder in kept:
        ck.verify(folder, ck.read_seal(folder))


def test_a_seal_that_fails_on_its_thread_stops_the_run_with_one_line(tiny_model_dir, tiny_data_dir, tmp_path,
                                                                    monkeypatch, capsys):
    import errno

    from lorasmith import checkpoints as ck
    from lorasmith.cli import main

    def full(folder):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ck, "seal", full)
    out = tmp_path / "run"
    assert main(["train", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith(f"lorasmith train: {out / 'checkpoints'}: cannot write: no space left on device")
    assert not list((out / "checkpoints").glob("checkpoint-*"))  # the unsealed save is removed
    assert not (out / "run.json").exists()
