"""notebooks/lora_train.ipynb executed top to bottom with nbclient on the tiny random model: prepare, train,
eval and report all run, and the outputs and the run directory say so."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "lora_train.ipynb"
SAMPLE = ROOT / "src" / "lorasmith" / "assets" / "coding_instructions.jsonl"


def _kernel_for_this_interpreter(folder: Path) -> str:
    """A kernelspec whose argv is this very Python, so the notebook sees the same packages as the test."""
    name = "lorasmith-test"
    spec = folder / "kernels" / name
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "lorasmith test", "language": "python"}))
    return name


def _short_rows(path: Path, limit_bytes: int = 400) -> list[dict]:
    """Real rows of the shipped dataset that fit the tiny model's byte-level tokenizer in 512 tokens."""
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    short = [r for r in rows if len((r["instruction"] + r.get("input", "") + r["output"]).encode()) < limit_bytes]
    path.write_text("".join(json.dumps(r) + "\n" for r in short), encoding="utf-8")
    return short


def _inject(nb, params: dict) -> None:
    """Put a cell setting `params` right after the one tagged "parameters", as papermill does."""
    import nbformat

    index = next(i for i, c in enumerate(nb.cells) if "parameters" in c.metadata.get("tags", []))
    source = "\n".join(f"{k} = {v!r}" for k, v in params.items())
    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(index + 1, cell)


def _text(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts += [str(v) for k, v in out.get("data", {}).items() if k.startswith("text/")]
    return "\n".join(parts)


def test_notebook_runs_prepare_train_eval_report(tiny_model_dir, tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    for module, verb in (("lorasmith.prepare", "prepare"), ("lorasmith.evaluate", "eval")):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"`lorasmith {verb}` is not built yet")

    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    kernel = _kernel_for_this_interpreter(tmp_path / "jupyter")
    raw = tmp_path / "raw.jsonl"
    rows = _short_rows(raw)
    assert len(rows) >= 12
    work = tmp_path / "nb"
    nb = nbformat.read(NOTEBOOK, as_version=4)
    _inject(nb, {
        "MODEL": str(tiny_model_dir), "DATA": str(raw), "WORKDIR": str(work), "MAX_STEPS": 2,
        "EXTRA_OVERRIDES": ["model.compute_dtype=float32", "lora.r=4", "lora.alpha=8", "data.max_tokens=512",
                            "train.batch_size=2", "train.logging_steps=1", "train.save_steps=2",
                            "train.gradient_checkpointing=false", "train.warmup_ratio=0.0"],
        "EVAL_VAL_LIMIT": 2, "EVAL_SAMPLES": 1, "MAX_NEW_TOKENS": 8,
    })
    client = nbclient.NotebookClient(nb, kernel_name=kernel, timeout=600,
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, with the cell's traceback, if any cell fails
    nbformat.write(nb, tmp_path / "executed.ipynb")  # for a look after a failure

    text = _text(nb)
    assert "lorasmith 0.1.0 from" in text and "Successfully installed" not in text  # install cell skipped
    run = work / "run"
    info = json.loads((run / "run.json").read_text())
    data_report = json.loads((work / "data" / "data_report.json").read_text())
    assert f"input rows: {len(rows)}" in text and data_report["counts"]["input_rows"] == len(rows)
    assert info["steps"] == 2 and info["config"]["model"]["name"] == str(tiny_model_dir)
    assert info["command"].startswith("lorasmith train --config cpu-demo ")
    assert f"validation loss {info['eval_loss_start']} -> {info['eval_loss_end']}" in text
    ev = json.loads((run / "eval.json").read_text())
    assert ev["validation"]["rows"] == min(2, info["data"]["val_rows"]) >= 1 and len(ev["samples"]) == 1
    assert "validation loss" in text and "base + adapter" in text  # the eval table
    md = (run / "TRAINING_REPORT.md").read_text()
    assert "No `eval.json`" not in md and "validation / loss" in md and "No data_report.json" not in md
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 2  # loss and learning-rate plots
    assert any("<iframe srcdoc=" in o.get("data", {}).get("text/html", "") for o in outputs)
