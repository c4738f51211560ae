"""`lorasmith report` on a real short CPU run of the tiny model: every number in the Markdown is parsed back and
compared with run.json, metrics.jsonl and data_report.json; the HTML embeds its images as PNG data URIs."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import shutil

import pytest

from lorasmith.cli import main
from lorasmith.config import load_config
from lorasmith.report import write_report
from lorasmith.train import train
from tests.conftest import tiny_overrides, write_data_dir

SECTIONS = ["Model", "Dataset", "Method and configuration", "Training", "Results", "Artifacts", "Reproduction"]
COUNTS = {"input_rows": 31, "invalid": 2, "empty": 1, "exact_duplicates": 3, "near_duplicates": 2, "too_long": 1,
          "outliers": 2, "kept": 20, "train": 16, "val": 4}
DATA_REPORT = {
    "counts": COUNTS,
    "token_lengths": {"min": 61, "p50": 83, "p90": 90, "p99": 92, "max": 93},
    "inputs": [{"path": "raw_rows.jsonl", "sha256": "ab" * 32, "records": 31, "formats": {"jsonl": 31}}],
    "settings": {"model": "tiny", "max_tokens": 256, "val_fraction": 0.2, "seed": 7, "near_dup_threshold": 0.85,
                 "template": "default", "field_map": {}, "outliers": True},
    "model": {"id": "tiny-test-model"},
    "normalisation": "Unicode NFC and stripped whitespace",
    "near_duplicates": {"method": "MinHash LSH, verified with the exact Jaccard", "threshold": 0.85},
    "outlier_rule": "answers shorter than a tenth of their prompt",
    "split": "near-duplicate groups kept together, seed 7",
    "histogram": "token_lengths.png",
}


@pytest.fixture(scope="module")
def trained(tiny_model_dir, tmp_path_factory):
    """A finished 4-step run whose data folder carries a crafted data_report.json; `train` wrote the report."""
    base = tmp_path_factory.mktemp("report")
    data = write_data_dir(base / "data")
    (data / "data_report.json").write_text(json.dumps(DATA_REPORT))
    out = base / "run"
    train(load_config(None, tiny_overrides(tiny_model_dir, data, out, **{"train.eval_steps": 2})),
          argv=["lorasmith", "train", "--output", str(out)])
    return out


@pytest.fixture
def run_copy(trained, tmp_path):
    dest = tmp_path / "run"
    shutil.copytree(trained, dest, ignore=shutil.ignore_patterns("checkpoints"))
    return dest


def _info(run):
    return json.loads((run / "run.json").read_text())


def _section(md: str, title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", md, re.S | re.M)
    assert m, f"section {title!r} missing"
    return m.group(1)


def _cells(line: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip().strip("`").replace("\\", "") for c in cells]


def _table(text: str) -> dict[str, list[str]]:
    """First cell -> the other cells, for every table row in `text`."""
    rows = {}
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            cells = _cells(line)
            rows.setdefault(cells[0], cells[1:])
    return rows


def _int(cell: str) -> int:
    return int(re.match(r"[\d,]+", cell).group().replace(",", ""))


def test_train_writes_every_section(trained):
    md = (trained / "TRAINING_REPORT.md").read_text()
    html = (trained / "report.html").read_text()
    for title in SECTIONS:
        assert f"\n## {title}\n" in md
        assert f"<h2>{title}</h2>" in html
    assert sorted(p.name for p in (trained / "plots").iterdir()) == \
        ["loss.png", "lr.png", "throughput.png", "token_lengths.png"]


def test_model_numbers_match_run_json(trained):
    info = _info(trained)
    t = _table(_section((trained / "TRAINING_REPORT.md").read_text(), "Model"))
    assert t["Base model"][0] == info["base_model"]["id"]
    assert _int(t["Parameters, total"][0]) == info["parameters"]["total"]
    assert _int(t["Parameters, trainable (LoRA)"][0]) == info["parameters"]["trainable"]
    assert t["Trainable share"][0] == f"{info['parameters']['trainable_share'] * 100:.4f}%"
    assert info["config"]["model"]["quant_type"].upper() in t["Quantization"][0]
    peak = re.search(r"\(([\d,]+) bytes\)", t["Memory footprint (peak)"][0]).group(1)
    assert int(peak.replace(",", "")) == info["peak_memory_bytes"]


def test_dataset_counts_match_data_report(trained):
    info = _info(trained)
    assert info["data"]["data_report"]  # train recorded the crafted report, so this is the path the report read
    text = _section((trained / "TRAINING_REPORT.md").read_text(), "Dataset")
    t = _table(text)
    for key, value in COUNTS.items():
        row = t[key.replace("_", " ")]
        assert _int(row[0]) == value, key
    assert "256 tokens" in t["too long"][1] and "tiny-test-model" in t["too long"][1]
    assert DATA_REPORT["outlier_rule"] in t["outliers"][1]
    assert "0.85" in t["near duplicates"][1]
    assert t["raw_rows.jsonl"][:2] == ["31", "jsonl 31"]
    kept = t["kept rows (data_report.json)"]
    assert [int(c) for c in kept] == [DATA_REPORT["token_lengths"][k] for k in ("min", "p50", "p90", "p99", "max")]
    assert _int(t["train.jsonl"][0]) == info["data"]["train_rows"]
    assert _int(t["val.jsonl"][0]) == info["data"]["val_rows"]
    assert t["train.jsonl"][1] == info["data"]["sha256"]["train.jsonl"]
    assert "![token-length histogram](plots/token_lengths.png)" in text


def test_recounted_token_lengths(trained, tiny_tokenizer):
    from lorasmith.templates import count_tokens, get_template

    info = _info(trained)
    rows = [json.loads(x) for x in (trained.parent / "data" / "train.jsonl").read_text().splitlines()]
    lengths = sorted(count_tokens(get_template("default"), tiny_tokenizer, r) for r in rows)
    t = _table(_section((trained / "TRAINING_REPORT.md").read_text(), "Dataset"))
    row = [int(c) for c in t["train rows used (recounted)"]]
    assert row[0] == lengths[0] and row[-1] == lengths[-1] and len(rows) == info["data"]["train_rows"]


def test_configuration_table_lists_every_key(trained):
    info = _info(trained)
    t = _table(_section((trained / "TRAINING_REPORT.md").read_text(), "Method and configuration"))
    for section in ("model", "lora", "data", "train"):
        for key, value in info["config"][section].items():
            shown = t[f"{section}.{key}"][0]
            if isinstance(value, bool):
                assert shown == str(value).lower()
            elif isinstance(value, list):
                assert shown.split(", ") == value
            elif isinstance(value, (int, float)):
                assert float(shown) == value, key
            else:
                assert shown == value


def test_training_numbers_match_run_json_and_metrics(trained):
    info = _info(trained)
    metrics = [json.loads(x) for x in (trained / "metrics.jsonl").read_text().splitlines()]
    t = _table(_section((trained / "TRAINING_REPORT.md").read_text(), "Training"))
    assert _int(t["Optimizer steps"][0]) == info["steps"] == 4
    assert float(t["Training loss, mean over the run"][0]) == round(info["train_loss"], 4)
    assert float(t["Training loss, last logged"][0]) == round([m["loss"] for m in metrics if "loss" in m][-1], 4)
    assert _int(t["Tokens seen"][0]) == info["tokens_seen"]
    assert float(t["Tokens / s (tokens seen / training runtime)"][0]) == \
        round(info["tokens_seen"] / info["train_runtime_s"], 1)
    assert t["Training runtime"][0].startswith(f"{info['train_runtime_s']:.1f} s")
    assert t["Wall time (load, train, save)"][0].startswith(f"{info['wall_time_s']:.1f} s")
    assert f"({info['peak_memory_bytes']:,} bytes)" in t["Peak memory"][0]
    assert t["Trainable parameters"][0].startswith(f"{info['parameters']['trainable']:,} (")


def test_validation_loss_before_and_after(trained):
    info = _info(trained)
    text = _section((trained / "TRAINING_REPORT.md").read_text(), "Results")
    before, after, best, change = _table(text)["validation loss"]
    assert float(before) == round(info["eval_loss_start"], 4)
    assert float(after) == round(info["eval_loss_end"], 4)
    assert float(best) == round(info["best_eval_loss"], 4)
    assert float(change) == round(info["eval_loss_end"] - info["eval_loss_start"], 4)
    assert "No `eval.json`" in text and "lorasmith eval" in text


def test_artifacts_list_every_adapter_file(trained):
    text = _section((trained / "TRAINING_REPORT.md").read_text(), "Artifacts")
    t = _table(text)
    files = sorted(p for p in (trained / "adapter").rglob("*") if p.is_file())
    assert len(files) >= 4
    for p in files:
        size, digest = t[p.relative_to(trained / "adapter").as_posix()]
        assert _int(size) == p.stat().st_size
        assert digest == hashlib.sha256(p.read_bytes()).hexdigest()


def test_reproduction_has_command_and_versions(trained):
    info = _info(trained)
    text = _section((trained / "TRAINING_REPORT.md").read_text(), "Reproduction")
    assert f"```sh\n{info['command']}\n```" in text
    t = _table(text)
    for name, version in info["versions"].items():
        assert t[name][0] == (version or "not installed")
    assert t["base model weights sha256"][0] == info["base_model"]["weights_sha256"]


def test_html_is_self_contained_with_png_images(trained):
    from PIL import Image

    html = (trained / "report.html").read_text()
    srcs = re.findall(r"<img[^>]*\ssrc=\"([^\"]*)\"", html)
    assert len(srcs) == 4
    on_disk = {p.read_bytes() for p in (trained / "plots").glob("*.png")}
    for src in srcs:
        assert src.startswith("data:image/png;base64,")
        png = base64.b64decode(src.split(",", 1)[1], validate=True)
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        with Image.open(io.BytesIO(png)) as im:
            assert im.format == "PNG" and im.size[0] > 100
        assert png in on_disk
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert "<script" not in html and "<link" not in html


def test_report_is_deterministic_and_replaces_plots(run_copy):
    def files():
        return {p.name: p.read_bytes() for p in [run_copy / "TRAINING_REPORT.md", run_copy / "report.html",
                                                 *sorted((run_copy / "plots").iterdir())]}

    write_report(run_copy)
    before = files()
    (run_copy / "plots" / "stale.png").write_bytes(b"x")
    write_report(run_copy)
    assert files() == before  # byte-identical, and the stale plot is gone


def test_eval_json_per_model_with_samples(run_copy):
    ev = {"base": {"val_loss": 2.5, "humaneval": {"pass_at_1": 0.125, "problems": 8, "passed": 1},
                   "samples": [{"task_id": "HumanEval/0", "prompt": "def add(a, b):", "completion": "return a - b"}]},
          "adapter": {"val_loss": 2.25, "humaneval": {"pass_at_1": 0.25, "problems": 8, "passed": 2},
                      "samples": [{"task_id": "HumanEval/0", "prompt": "def add(a, b):",
                                   "completion": "return a + b"}]},
          "limit": 8}
    (run_copy / "eval.json").write_text(json.dumps(ev))
    out = write_report(run_copy)
    assert not any("eval.json" in n for n in out["notes"])
    md = (run_copy / "TRAINING_REPORT.md").read_text()
    t = _table(_section(md, "Results"))
    assert t["val_loss"] == ["2.5000", "2.2500", "-0.2500"]
    assert t["humaneval / pass_at_1"] == ["0.1250", "0.2500", "+0.1250"]
    assert t["humaneval / passed"] == ["1", "2", "+1"]
    assert t["limit"] == ["8"]
    assert "#### Sample 1: HumanEval/0" in md
    assert md.index("**Base model**") < md.index("return a - b") < md.index("**Base + adapter**") < \
        md.index("return a + b")
    html = (run_copy / "report.html").read_text()
    assert '<div class="panes"' in html and "return a + b" in html and "return a - b" in html


def test_eval_json_per_metric_with_paired_samples(run_copy):
    ev = {"val_loss": {"base": 3.0, "adapter": 2.0},
          "samples": [{"instruction": "Reverse s.", "input": "s = 'ab'", "base": "s.reverse()",
                       "adapter": {"response": "s[::-1]"}, "reference": "s[::-1]"}]}
    (run_copy / "eval.json").write_text(json.dumps(ev))
    write_report(run_copy)
    md = (run_copy / "TRAINING_REPORT.md").read_text()
    assert _table(_section(md, "Results"))["val_loss"] == ["3.0000", "2.0000", "-1.0000"]
    assert "Reverse s.\n\ns = 'ab'" in md and "**Reference**" in md and "s.reverse()" in md


def test_eval_json_as_lorasmith_eval_writes_it(run_copy):
    """The layout of `lorasmith eval` (validation, samples, humaneval with per-problem results)."""
    val = {"loss": 1.5, "perplexity": 4.4817, "tokens": 78, "rows": 4}
    ev = {"run": str(run_copy), "base_model": "tiny", "validation": {"rows": 4, "base": val,
                                                                   "adapter": dict(val, loss=1.25)},
          "samples": [{"instruction": "Add.", "input": "", "reference": "a + b", "base": "a - b", "adapter": "a + b"}],
          "humaneval": {"problems": 2, "instruction": "Complete the function.",
                        "base": {"pass_at_1": 0.0, "problems": 2, "passed": 0, "results": [{"task_id": "t/0"}]},
                        "adapter": {"pass_at_1": 0.5, "problems": 2, "passed": 1, "results": [{"task_id": "t/0"}]},
                        "samples": [{"task_id": "HumanEval/3", "prompt": "def f():",
                                     "base": {"response": "pass", "status": "failed"},
                                     "adapter": {"response": "return 1", "status": "passed"}}]},
          "seconds": {"total": 3.5}}
    (run_copy / "eval.json").write_text(json.dumps(ev))
    write_report(run_copy)
    md = _section((run_copy / "TRAINING_REPORT.md").read_text(), "Results")
    t = _table(md)
    assert t["validation / loss"] == ["1.5000", "1.2500", "-0.2500"]
    assert t["humaneval / pass_at_1"] == ["0.0000", "0.5000", "+0.5000"]
    assert t["base_model"] == ["tiny"]  # the base model's id is a field, not a "base" column
    assert "HumanEval was not measured" not in md
    assert "#### Sample 2 (humaneval): HumanEval/3" in md
    assert "**Base model (failed)**" in md and "**Base + adapter (passed)**" in md


def test_report_of_a_real_evaluation(run_copy):
    evaluate = pytest.importorskip("lorasmith.evaluate", reason="`lorasmith eval` is not built yet")
    result = evaluate.evaluate(run_copy, samples=0)
    write_report(run_copy)
    md = _section((run_copy / "TRAINING_REPORT.md").read_text(), "Results")
    base, adapter, _ = _table(md)["validation / loss"]
    assert float(base) == round(result["validation"]["base"]["loss"], 4)
    assert float(adapter) == round(result["validation"]["adapter"]["loss"], 4)
    assert "HumanEval was not measured" in md


def test_missing_and_broken_inputs_become_notes(run_copy):
    info = _info(run_copy)
    info["data"]["data_report"] = None
    info["data"]["folder"] = str(run_copy / "moved-away")
    (run_copy / "run.json").write_text(json.dumps(info))
    (run_copy / "metrics.jsonl").unlink()
    (run_copy / "eval.json").write_text("{not json")
    out = write_report(run_copy)
    notes = " ".join(out["notes"])
    assert "No data_report.json" in notes and "metrics.jsonl" in notes and "could not be read" in notes
    md = (run_copy / "TRAINING_REPORT.md").read_text()
    for title in SECTIONS:
        assert f"\n## {title}\n" in md
    assert "This section could not be built" not in md
    assert out["plots"] == []  # no metrics, no data rows: nothing to draw


def test_cli(run_copy, tmp_path, capsys):
    (run_copy / "report.html").unlink()
    assert main(["report", str(run_copy)]) == 0
    assert (run_copy / "report.html").is_file() and "TRAINING_REPORT.md" in capsys.readouterr().out
    assert main(["report", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert "run directory not found" in err and "Traceback" not in err


@pytest.mark.parametrize("histogram", ["../secret.png", "SECRET_ABSOLUTE"])
def test_a_histogram_name_from_the_data_report_cannot_leave_its_folder(run_copy, histogram):
    """data_report.json is data: a histogram name like '../x' or '/x' must not copy that file into the report."""
    secret = run_copy / "secret.png"
    secret.write_bytes(b"SECRET BYTES")
    folder = run_copy / "prepared"
    folder.mkdir()
    name = str(secret) if histogram == "SECRET_ABSOLUTE" else histogram
    (folder / "data_report.json").write_text(json.dumps({**DATA_REPORT, "histogram": name}))
    info = _info(run_copy)
    info["data"].update(data_report=str(folder / "data_report.json"), folder=str(run_copy / "moved-away"))
    (run_copy / "run.json").write_text(json.dumps(info))
    out = write_report(run_copy)
    assert not any(p.endswith("token_lengths.png") for p in out["plots"])
    assert base64.b64encode(b"SECRET BYTES").decode() not in (run_copy / "report.html").read_text()
