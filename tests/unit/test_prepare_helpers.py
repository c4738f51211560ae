"""Shared helpers for the tests of `lorasmith prepare` (no tests here): distinct rows, running, reading back."""

from __future__ import annotations

import json
import random
from pathlib import Path

from lorasmith.prepare import prepare

WORDS = ("alpha beta gamma delta sort merge list tuple dict set index value key parse token stream buffer file "
         "line path queue stack heap graph node edge tree leaf root count total sum mean median mode range slice "
         "loop branch guard check raise catch yield await async thread lock event signal timer cache store load "
         "save read write open close flush seek tell split join strip upper lower title format encode decode").split()
REMOVALS = ("invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers")


def distinct_rows(n: int, seed: int = 0, words: int = 40) -> list[dict]:
    """Rows of random words: any two share almost no shingles, and none is an outlier."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        instruction = f"Task {i}: " + " ".join(rng.choice(WORDS) for _ in range(12))
        output = " ".join(rng.choice(WORDS) for _ in range(words)) + f" (answer {i})."
        rows.append({"instruction": instruction, "input": "", "output": output})
    return rows


def write_jsonl(path: Path, rows) -> Path:
    """rows: dicts (dumped as JSON) or strings (written as they are)."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        for r in rows:
            f.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def run(tmp_path: Path, rows, name: str = "data.jsonl", out: str = "out", **kw) -> tuple[dict, Path]:
    src = write_jsonl(tmp_path / name, rows)
    kw.setdefault("overwrite", True)
    report = prepare([src], tmp_path / out, **kw)
    return report, tmp_path / out


def outputs(out: Path) -> tuple[list[dict], list[dict], list[dict]]:
    return read_jsonl(out / "train.jsonl"), read_jsonl(out / "val.jsonl"), read_jsonl(out / "rejected.jsonl")


def check_invariants(report: dict, out: Path, val_fraction: float = 0.1) -> None:
    c = report["counts"]
    assert list(c) == ["input_rows", "invalid", "empty", "exact_duplicates", "near_duplicates", "too_long",
                       "outliers", "kept", "train", "val"]
    assert c["input_rows"] == c["kept"] + sum(c[k] for k in REMOVALS)
    assert c["kept"] == c["train"] + c["val"]
    train, val, rejected = outputs(out)
    assert (len(train), len(val), len(rejected)) == (c["train"], c["val"], sum(c[k] for k in REMOVALS))
    assert c["val"] == min(round(c["kept"] * val_fraction), max(c["kept"] - 1, 0))
    for row in train + val:
        assert list(row) == ["instruction", "input", "output"]
    on_disk = json.loads((out / "data_report.json").read_text(encoding="utf-8"))
    assert on_disk["counts"] == c
