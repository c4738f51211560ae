"""`lorasmith prepare --num-proc 2` writes byte-identical outputs to `--num-proc 1`.

The inputs span several of the pipeline's 512-record chunks and three files of different formats, and every rule
fires, with duplicates and near duplicates whose first occurrence sits in another chunk or another file, so that
worker processes finishing out of order, or state kept per chunk, would show up in the outputs. Both the plain-text
template (workers rebuild the tokenizer from its JSON) and the chat template (workers load it by model path) run.
"""

from __future__ import annotations

import csv
import hashlib
import json
import random

import pytest

from lorasmith.cli import main
from lorasmith.prepare import pipeline

WORDS = ("list", "dict", "tuple", "sort", "merge", "index", "value", "return", "loop", "string", "parse", "file",
         "count", "error", "class", "method", "lambda", "yield", "async", "queue", "stack", "graph", "node", "tree",
         "hash", "cache", "token", "split", "join", "filter", "map", "reduce", "range", "slice", "print", "format")


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _rows(n: int, seed: int, start: int = 0) -> list[dict]:
    rng = random.Random(seed)
    return [{"instruction": f"Task {start + i}: {_text(rng, 10)}", "input": _text(rng, rng.choice((0, 0, 6))),
             "output": f"{_text(rng, 25)} (answer {start + i})."} for i in range(n)]


def _write_inputs(folder):
    """~1,300 jsonl records (3 chunks), a csv and a json file, with every kind of row that prepare removes."""
    rows = _rows(1200, seed=1)
    lines = [json.dumps(r) for r in rows]
    lines[40] = "{not json"  # invalid
    lines[41] = json.dumps({"instruction": "Say nothing.", "input": "", "output": "   "})  # empty
    lines[700] = json.dumps(rows[3])  # exact duplicate of a row two chunks earlier
    lines[1100] = json.dumps(dict(rows[600], output=rows[600]["output"].replace("(answer", "(reply")))  # near duplicate
    lines[900] = json.dumps(dict(rows[900], output=_text(random.Random(9), 400)))  # too long for --max-tokens 160
    lines[901] = json.dumps(dict(rows[901], output=rows[901]["output"] + "\r\n"))  # normalised, then kept
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    extra = _rows(60, seed=2, start=5000) + [rows[10], dict(rows[1000], instruction=rows[1000]["instruction"] + " ")]
    with open(folder / "b.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["instruction", "input", "output"])
        w.writeheader()
        w.writerows(extra)
    (folder / "c.json").write_text(json.dumps(_rows(40, seed=3, start=9000) + [rows[1199]]), encoding="utf-8")
    return [folder / "a.jsonl", folder / "b.csv", folder / "c.json"]


def _digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


# The chat template makes every worker load the tokenizer through transformers: about a minute on 2 busy cores.
@pytest.mark.parametrize("template", ["default", pytest.param("chat", marks=pytest.mark.slow)])
def test_two_processes_write_the_same_bytes_as_one(tmp_path, template, capsys):
    inputs = _write_inputs(tmp_path)
    outs = {}
    for n in (1, 2):
        outs[n] = tmp_path / f"out{n}"
        rc = main(["prepare", *map(str, inputs), "--out", str(outs[n]), "--max-tokens", "160", "--template", template,
                   "--num-proc", str(n)])
        assert rc == 0, capsys.readouterr().err
    one, two = _digests(outs[1]), _digests(outs[2])
    assert {"train.jsonl", "val.jsonl", "rejected.jsonl", "data_report.json", "data_report.md"} <= set(one)
    assert one == two
    counts = json.loads((outs[1] / "data_report.json").read_text())["counts"]
    assert counts["input_rows"] > 2 * pipeline.CHUNK  # several chunks, so both workers had work
    for rule in ("invalid", "empty", "exact_duplicates", "near_duplicates", "too_long"):
        assert counts[rule] >= 1, rule  # each rule's path is part of the comparison
    assert counts["exact_duplicates"] >= 3  # within the jsonl file and across files
