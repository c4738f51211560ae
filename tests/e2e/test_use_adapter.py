"""End to end on the embedded SmolLM2-135M: a 2-step QLoRA run, then `eval --humaneval` and `generate` on it."""

import json

import pytest
import torch

from lorasmith.cli import main
from tests.conftest import write_data_dir

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def one_thread():
    """On a busy shared 2-core CPU a second torch thread mostly spin-waits (10x slower generation seen)."""
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


def test_train_then_eval_and_generate(tmp_path, capsys):
    data = write_data_dir(tmp_path / "data", n_train=4, n_val=2)
    run = tmp_path / "run"
    rc = main(["train", "--data", str(data), "--output", str(run), "--model", "embedded",
               "data.max_tokens=128", "train.max_steps=2", "train.batch_size=2", "train.logging_steps=1",
               "train.gradient_checkpointing=false", "lora.r=4", "lora.alpha=8"])
    assert rc == 0
    info = json.loads((run / "run.json").read_text())
    assert info["steps"] == 2
    capsys.readouterr()

    rc = main(["eval", str(run), "--humaneval", "--limit", "2", "--max-new-tokens", "16", "--samples", "1",
               "--sample-tokens", "8", "--timeout", "5"])
    assert rc == 0
    table = capsys.readouterr().out
    assert "validation loss" in table and "HumanEval pass@1" in table
    ev = json.loads((run / "eval.json").read_text())
    assert ev["validation"]["rows"] == 2
    assert ev["validation"]["adapter"]["loss"] == pytest.approx(info["eval_loss_end"], abs=1e-3)
    for name in ("base", "adapter"):
        results = ev["humaneval"][name]["results"]
        assert [r["task_id"] for r in results] == ["HumanEval/0", "HumanEval/1"]
        assert all(r["status"] in ("passed", "failed", "timeout", "killed") for r in results)
    assert len(ev["humaneval"]["samples"]) == 1 and len(ev["samples"]) == 1

    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"instruction": "Print hello in Python."}) + "\n"
                    + json.dumps({"instruction": "Reverse a string.", "input": "s = 'abc'"}) + "\n")
    out = tmp_path / "answers.jsonl"
    rc = main(["generate", str(run), "--file", str(rows), "--out", str(out), "--max-new-tokens", "16"])
    assert rc == 0
    answers = [json.loads(line) for line in out.read_text().splitlines()]
    assert [a["instruction"] for a in answers] == ["Print hello in Python.", "Reverse a string."]
    assert all(isinstance(a["response"], str) and "<|im_end|>" not in a["response"] for a in answers)

    assert main(["generate", str(tmp_path / "no-such-run"), "--instruction", "x"]) == 2
