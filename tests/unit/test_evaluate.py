"""`lorasmith eval` on a tiny 4-bit run (loss equals the trainer's), bad run directories, the HumanEval harness."""

import json
import shutil
import textwrap

import pytest

from lorasmith import humaneval as H
from lorasmith.cli import main
from lorasmith.config import load_config
from lorasmith.errors import UserError
from tests.conftest import tiny_overrides, write_data_dir

TOY_PROBLEM = {
    "task_id": "Toy/0",
    "prompt": 'def add(a, b):\n    """Return a + b."""\n',
    "canonical_solution": "    return a + b\n",
    "test": "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-1, 1) == 0\n",
    "entry_point": "add",
}


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def qlora_run(tiny_model_dir, tmp_path_factory):
    """A finished QLoRA run (4-bit base on CPU, as in the default config) whose trainer evaluated the 4
    validation rows in two batches of 2."""
    from lorasmith.train import train

    root = tmp_path_factory.mktemp("eval")
    data = write_data_dir(root / "data")
    train(load_config(None, tiny_overrides(tiny_model_dir, data, root / "run", **{"train.micro_batch_size": 2})))
    return root / "run"


def test_eval_loss_equals_the_trainers_and_eval_json_is_written(qlora_run, monkeypatch, capsys):
    monkeypatch.setattr(H, "load_problems", lambda limit=None, path=None: [TOY_PROBLEM])
    rc = main(["eval", str(qlora_run), "--humaneval", "--samples", "1", "--max-new-tokens", "6", "--sample-tokens", "4",
               "--timeout", "5"])
    assert rc == 0
    ev = json.loads((qlora_run / "eval.json").read_text())
    info = json.loads((qlora_run / "run.json").read_text())
    val = ev["validation"]
    assert val["rows"] == info["data"]["val_rows"] == 4 and val["same_as_training"]
    assert val["adapter"]["trainer_style_loss"] == pytest.approx(info["eval_loss_end"], abs=1e-4)
    # the trainer's evaluation at step 0 saw LoRA B = 0, i.e. the base model
    assert val["base"]["trainer_style_loss"] == pytest.approx(info["eval_loss_start"], abs=1e-4)
    assert val["base"]["loss"] != pytest.approx(val["adapter"]["loss"], abs=1e-3)
    assert val["adapter"]["perplexity"] == pytest.approx(2.718281828 ** val["adapter"]["loss"], rel=1e-6)
    assert val["adapter"]["tokens"] > 0
    assert ev["load_in_4bit"] is True
    assert len(ev["samples"]) == 1 and set(ev["samples"][0]) >= {"instruction", "reference", "base", "adapter"}
    he = ev["humaneval"]
    for name in ("base", "adapter"):
        assert he[name]["problems"] == 1 and len(he[name]["results"]) == 1
        assert he[name]["results"][0]["status"] in H.STATUSES
        assert he[name]["pass_at_1"] == (he[name]["results"][0]["status"] == "passed")
    assert he["samples"][0]["task_id"] == "Toy/0"
    out = capsys.readouterr().out
    assert "validation loss" in out and "HumanEval pass@1" in out and f"{val['adapter']['loss']:.4f}" in out


def test_token_weighted_loss_is_the_trainers_loss_within_one_batch(qlora_run):
    """Within one evaluation batch the trainer's loss is the token-weighted mean; across batches it is not."""
    from lorasmith.evaluate import validation_loss, validation_rows
    from lorasmith.inference import load_run
    from lorasmith.rundir import RunDir

    loaded = load_run(qlora_run)
    rows, _ = validation_rows(RunDir(qlora_run), json.loads((qlora_run / "run.json").read_text()))
    args = (loaded.model, loaded.tokenizer, loaded.template)
    one_batch = validation_loss(*args, rows, batch_size=1, trainer_batch=len(rows))
    assert one_batch["loss"] == pytest.approx(one_batch["trainer_style_loss"], abs=1e-6)
    per_row = validation_loss(*args, rows, batch_size=3, trainer_batch=1)  # batching must not matter
    assert per_row["loss"] == pytest.approx(one_batch["loss"], abs=1e-5)
    assert per_row["trainer_style_loss"] != pytest.approx(per_row["loss"], abs=1e-4)  # rows differ in length
    assert per_row["tokens"] == one_batch["tokens"] > len(rows)


def test_val_limit_and_a_missing_validation_file(qlora_run, tmp_path):
    from lorasmith.evaluate import validation_rows
    from lorasmith.rundir import RunDir

    info = json.loads((qlora_run / "run.json").read_text())
    rows, meta = validation_rows(RunDir(qlora_run), info, val_limit=2)
    assert len(rows) == 2 and meta["rows"] == 2
    info["data"]["folder"] = str(tmp_path / "gone")
    with pytest.raises(UserError, match="val.jsonl"):
        validation_rows(RunDir(tmp_path), info)


def _one_line_error(capsys, *needles):
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    for needle in needles:
        assert needle in err, err


def test_bad_run_directories_are_one_line_exit_2(qlora_run, tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing")]) == 2
    _one_line_error(capsys, "run directory not found")

    no_adapter = tmp_path / "no_adapter"
    no_adapter.mkdir()
    shutil.copy(qlora_run / "run.json", no_adapter / "run.json")
    assert main(["eval", str(no_adapter)]) == 2
    _one_line_error(capsys, "adapter_model.safetensors")

    no_run_json = tmp_path / "no_run_json"
    shutil.copytree(qlora_run / "adapter", no_run_json / "adapter")
    assert main(["eval", str(no_run_json)]) == 2
    _one_line_error(capsys, "run.json")

    changed = tmp_path / "changed"
    shutil.copytree(qlora_run, changed, ignore=shutil.ignore_patterns("checkpoints", "eval.json"))
    info = json.loads((changed / "run.json").read_text())
    info["base_model"]["weights_sha256"] = "0" * 64  # as if the base model folder had been replaced
    (changed / "run.json").write_text(json.dumps(info))
    assert main(["eval", str(changed)]) == 2
    _one_line_error(capsys, "weights differ")
    assert not (changed / "eval.json").exists()


# ---------------------------------------------------------------- HumanEval harness, no model

@pytest.fixture(scope="module")
def problems():
    return H.load_problems(limit=3)


def test_load_problems_reads_the_packaged_file(problems):
    assert [p["task_id"] for p in problems] == ["HumanEval/0", "HumanEval/1", "HumanEval/2"]
    assert len(H.load_problems()) == 164


def test_canonical_solutions_pass(problems):
    results = H.check_all(problems, [p["canonical_solution"] for p in problems], timeout=10)
    assert [r["status"] for r in results] == ["passed"] * 3
    assert H.summarize(results)["pass_at_1"] == 1.0


def test_infinite_loop_times_out_and_wrong_answer_fails(problems):
    loop = H.check_completion(problems[0], "    while True:\n        pass\n", timeout=2)
    assert loop["status"] == "timeout"
    wrong = H.check_completion(problems[0], "    return False\n", timeout=10)
    assert wrong["status"] == "failed" and "AssertionError" in wrong["detail"]
    broken = H.check_completion(problems[0], "    return (\n", timeout=10)
    assert broken["status"] == "failed" and "SyntaxError" in broken["detail"]
    summary = H.summarize([loop, wrong, broken])
    assert summary == {"pass_at_1": 0.0, "problems": 3, "passed": 0, "failed": 2, "timeout": 1, "killed": 0}


def test_fenced_full_function_and_flush_left_body_are_both_accepted():
    full = "Here you go:\n```python\ndef add(a, b):\n    return a + b\n```\nThat adds them."
    assert H.extract_code(full, "add") == "def add(a, b):\n    return a + b"
    assert H.check_completion(TOY_PROBLEM, H.extract_code(full, "add"))["status"] == "passed"
    flush_left = "return a + b"  # a body written without indentation
    assert H.check_completion(TOY_PROBLEM, H.extract_code(flush_left, "add"))["status"] == "passed"
    assert H.check_completion(TOY_PROBLEM, "    return a - b\n")["status"] == "failed"


def test_extract_code_prefers_the_block_defining_the_entry_point():
    two = "```\nprint('example')\n```\nand\n```py\ndef add(a, b):\n    return a + b\n```"
    assert H.extract_code(two, "add").startswith("def add(")
    assert H.extract_code(two, "other") == "print('example')"
    cut_off = "```python\ndef add(a, b):\n    return a +"  # the token limit ended the answer mid-block
    assert H.extract_code(cut_off, "add") == "def add(a, b):\n    return a +"
    assert H.extract_code("    return 1\n", "add") == "    return 1"
    rambling = "def add(a, b):\n    return a + b\n\n### Input:\nadd(1, 2)\n"  # an echoed template header
    assert H.extract_code(rambling, "add") == "def add(a, b):\n    return a + b"
    with_usage = "    return a + b\n\nprint(add(1, 2))\nif __name__ == '__main__':\n    input()\n"
    assert H.extract_code(with_usage, "add") == "    return a + b"


def test_program_keeps_prompt_helpers_for_a_full_function():
    prompt = textwrap.dedent('''\
        def helper(x):
            return x * 2


        def double_all(xs):
            """Double every item."""
        ''')
    problem = {"task_id": "Toy/1", "prompt": prompt, "entry_point": "double_all",
               "test": "def check(c):\n    assert c([1, 2]) == [2, 4]\n"}
    program = H.build_program(problem, "def double_all(xs):\n    return [helper(x) for x in xs]")
    assert program.startswith(prompt.rstrip()) and program.rstrip().endswith("check(double_all)")
    assert H.check_completion(problem, "def double_all(xs):\n    return [helper(x) for x in xs]")["status"] == "passed"
