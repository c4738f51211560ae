"""`lorasmith bench` plumbing on the tiny model: every stack in its own process, ratios and loss differences."""

import json
import sys

import pytest

from lorasmith.bench import _ratios, markdown
from lorasmith.cli import main


@pytest.mark.slow
def test_bench_against_reference_writes_both_stacks(tiny_model_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    out = tmp_path / "bench.json"
    assert main(["bench", "--model", tiny_model_dir, "--steps", "8", "--against", "reference", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    ours, ref = result["stacks"]["lorasmith"], result["stacks"]["reference"]
    assert ours["gradient_checkpointing"] is False and ref["gradient_checkpointing"] is True
    assert ref["fast_path"] == "off"
    assert len(ours["loss"]) == len(ref["loss"]) == 8
    # same rows in the same order and the same seed: on the CPU both run the same arithmetic
    assert result["comparison"]["reference"]["mean_relative_loss_difference"] < 1e-4
    assert "lorasmith vs reference" in out.with_suffix(".md").read_text()


OK = {"steps_per_s": 2.0, "real_tokens_per_s": 100.0, "peak_memory_gib": 1.0, "loss": {"1": 2.0, "2": 1.0},
      "s_per_step": 0.5, "fast_path": "x", "gradient_checkpointing": False}


def test_a_failed_stack_is_reported_not_fatal():
    ok = OK
    ref = {**ok, "steps_per_s": 1.0, "real_tokens_per_s": 50.0, "loss": {"1": 2.2, "2": 1.0}}
    r = _ratios({"lorasmith": ok, "reference": ref, "unsloth": {"error": "exit status 2"}})
    assert set(r) == {"reference"}
    assert r["reference"]["steps_per_s_ratio"] == 2.0
    assert r["reference"]["mean_relative_loss_difference"] == pytest.approx((0.2 / 2.2) / 2)
    table = markdown({"workload": "reference", "steps": 2, "model": "m",
                      "stacks": {"lorasmith": ok, "reference": ref, "unsloth": {"error": "exit status 2"}},
                      "comparison": r})
    assert "unsloth | failed: exit status 2" in table


def test_unsloth_stack_without_unsloth_says_how_to_install(capsys):
    if "unsloth" in sys.modules:
        pytest.skip("unsloth is installed here")
    from lorasmith.bench_unsloth import train_unsloth
    from lorasmith.config import Config
    from lorasmith.errors import UserError

    with pytest.raises(UserError, match="pip install unsloth"):
        train_unsloth(Config())


def test_a_run_cut_short_keeps_the_table_of_what_it_measured(tmp_path, monkeypatch):
    """A time limit that kills the bench during the second stack leaves the first stack's JSON and table."""
    import subprocess
    from pathlib import Path

    import lorasmith.bench as B
    import lorasmith.prepare as P

    monkeypatch.setattr(P, "prepare", lambda *a, **k: None)

    def run_stack(cmd, env=None):
        if cmd[cmd.index("--stack") + 1] == "reference":
            raise KeyboardInterrupt  # what the signal of an outer time limit does to the parent
        Path(cmd[cmd.index("--out") + 1]).write_text(json.dumps(OK))
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr(B.subprocess, "run", run_stack)
    out = tmp_path / "b.json"
    with pytest.raises(KeyboardInterrupt):
        B.compare(["lorasmith", "reference"], "reference", 2, "m", [], out)
    assert json.loads(out.read_text())["stacks"]["lorasmith"]["s_per_step"] == 0.5
    assert "| lorasmith | 0.5" in out.with_suffix(".md").read_text()
