"""`lorasmith prepare`, rule by rule, on crafted rows (the embedded SmolLM2 tokenizer measures lengths)."""

from __future__ import annotations

import json

import pytest

from lorasmith import templates
from lorasmith.models import load_tokenizer, resolve_model
from lorasmith.prepare import clean, dedup
from tests.unit.test_prepare_helpers import check_invariants, distinct_rows, outputs, run


@pytest.fixture(scope="module")
def tokenizer():
    return load_tokenizer(resolve_model("embedded")[0])


def rejected_by_rule(out, rule):
    return [r for r in outputs(out)[2] if r["rule"] == rule]


def test_invalid_rows_are_rejected_with_line_numbers(tmp_path):
    rows = distinct_rows(5) + [
        "this is not json",
        "[1, 2, 3]",
        json.dumps({"instruction": "only an instruction"}),
        json.dumps({"instruction": 3, "output": "x"}),
        json.dumps({"instruction": "ok", "input": ["a"], "output": "x"}),
        json.dumps({"question": "no known field", "answer": "x"}),
    ]
    report, out = run(tmp_path, rows)
    check_invariants(report, out)
    bad = rejected_by_rule(out, "invalid")
    assert [r["line"] for r in bad] == [6, 7, 8, 9, 10, 11]
    assert bad[0]["text"] == "this is not json" and "not valid JSON" in bad[0]["detail"]
    assert "not a JSON object" in bad[1]["detail"]
    assert "missing 'output'" in bad[2]["detail"]
    assert "'instruction' must be a string" in bad[3]["detail"]
    assert "'input' must be a string" in bad[4]["detail"]
    assert bad[5]["row"] == {"question": "no known field", "answer": "x"}
    assert all(r["source"] == str(tmp_path / "data.jsonl") for r in bad)
    assert report["counts"]["kept"] == 5


def test_empty_after_normalisation(tmp_path):
    rows = distinct_rows(3) + [
        {"instruction": "Say something.", "output": " \r\n\t "},
        {"instruction": "\ufeff  ", "output": "text"},
    ]
    report, out = run(tmp_path, rows)
    check_invariants(report, out)
    empty = rejected_by_rule(out, "empty")
    assert [(r["line"], r["detail"]) for r in empty] == [
        (4, "output empty after normalisation"), (5, "instruction empty after normalisation")]


def test_normalisation_and_exact_duplicates_keep_the_first(tmp_path):
    base = {"instruction": "Caf\u00e9 order", "input": "", "output": "line one\nline two"}
    variants = [
        {"instruction": "Cafe\u0301 order", "output": "line one\nline two"},  # NFD, no input key
        {"instruction": "\ufeffCaf\u00e9 order  ", "input": "", "output": "line one  \r\nline two\r\n"},
    ]
    report, out = run(tmp_path, distinct_rows(4) + [base] + variants)
    check_invariants(report, out)
    dups = rejected_by_rule(out, "exact_duplicate")
    assert [r["line"] for r in dups] == [6, 7]
    assert all(r["detail"] == f"same as {tmp_path / 'data.jsonl'}:5" for r in dups)
    train, val, _ = outputs(out)
    kept = [r for r in train + val if r["instruction"].startswith("Caf")]
    assert kept == [{"instruction": "Caf\u00e9 order", "input": "", "output": "line one\nline two"}]


def test_normalise_function():
    assert clean.normalise("\ufeff a\r\nb \t\r\n\r\nc\u0301  ") == "a\nb\n\nc\u0301".replace("c\u0301", "\u0107")


def _edit(row: dict, n_words: int, seed: int) -> dict:
    import random

    rng = random.Random(seed)
    words = row["output"].split(" ")
    for i in rng.sample(range(len(words)), n_words):
        words[i] = f"changed{seed}x{i}"
    return dict(row, output=" ".join(words))


def test_near_duplicates_follow_the_exact_jaccard(tmp_path):
    base = distinct_rows(30, seed=1, words=120)
    extra, expected_drop = [], []
    for k, n_words in enumerate([1, 2, 3, 6, 10, 14, 20]):
        cand = _edit(base[k], n_words, seed=k)
        jac = dedup.jaccard(dedup.shingles(*clean.clean_row(base[k])), dedup.shingles(*clean.clean_row(cand)))
        extra.append(cand)
        expected_drop.append(jac >= 0.85)
    assert True in expected_drop and False in expected_drop  # the premise: both sides of the threshold
    report, out = run(tmp_path, base + extra)
    check_invariants(report, out)
    near = rejected_by_rule(out, "near_duplicate")
    dropped_lines = {r["line"] for r in near}
    assert dropped_lines == {31 + k for k, drop in enumerate(expected_drop) if drop}
    for r in near:
        assert float(r["detail"].split()[1]) >= 0.85 and r["detail"].endswith(f":{r['line'] - 30}")


def test_near_duplicate_threshold_is_configurable(tmp_path):
    base = distinct_rows(20, seed=2, words=120)
    cand = _edit(base[0], 8, seed=9)
    jac = dedup.jaccard(dedup.shingles(*clean.clean_row(base[0])), dedup.shingles(*clean.clean_row(cand)))
    assert 0.6 < jac < 0.85
    report, _ = run(tmp_path, base + [cand], out="loose", near_dup_threshold=jac - 0.02)
    assert report["counts"]["near_duplicates"] == 1
    report, _ = run(tmp_path, base + [cand], out="strict", near_dup_threshold=jac + 0.02)
    assert report["counts"]["near_duplicates"] == 0


def varied(n: int) -> list[dict]:
    return [dict(r, output=" ".join(r["output"].split()[: 5 + 4 * i])) for i, r in enumerate(distinct_rows(n))]


def test_too_long_uses_the_real_template_and_tokenizer(tmp_path, tokenizer):
    rows = varied(10)
    n = templates.count_tokens(templates.get_template("default"), tokenizer, rows[3])
    report, out = run(tmp_path, rows, max_tokens=n)
    assert report["counts"]["too_long"] == sum(
        templates.count_tokens(templates.get_template("default"), tokenizer, r) > n for r in rows)
    assert {r["line"] for r in rejected_by_rule(out, "too_long")}.isdisjoint({4})  # exactly n tokens is kept
    report, out = run(tmp_path, rows, out="tight", max_tokens=n - 1)
    assert 4 in {r["line"] for r in rejected_by_rule(out, "too_long")}
    detail = next(r["detail"] for r in rejected_by_rule(out, "too_long") if r["line"] == 4)
    assert detail.startswith(f"{n} tokens > max {n - 1}")
    check_invariants(report, out)


def test_chat_template_lengths_are_counted_with_it(tmp_path, tokenizer):
    rows = varied(10)
    chat = templates.get_template("chat")
    lengths = [templates.count_tokens(chat, tokenizer, r) for r in rows]
    limit = sorted(lengths)[4]
    report, _ = run(tmp_path, rows, template="chat", max_tokens=limit)
    assert report["counts"]["too_long"] == sum(n > limit for n in lengths)
    assert report["token_lengths"]["max"] == limit


def test_outliers_short_answers_and_repetition(tmp_path):
    rows = distinct_rows(40)
    long_prompt = {"instruction": "Review this code carefully and list every bug you find, with fixes.",
                   "input": " ".join(f"value_{i} = compute(value_{i - 1}) + {i}" for i in range(1, 30)),
                   "output": "Yes."}
    repeated = {"instruction": "Explain list comprehensions.", "input": "",
                "output": "\n".join(["A list comprehension builds a new list from an iterable."] * 12)}
    report, out = run(tmp_path, rows + [long_prompt, repeated])
    check_invariants(report, out)
    got = {r["line"]: r["detail"] for r in rejected_by_rule(out, "outlier")}
    assert set(got) == {41, 42}
    assert got[41].startswith("short response") and got[42].startswith("repetition")
    assert "short response" in report["outlier_rule"]
    report, out = run(tmp_path, rows + [long_prompt, repeated], out="kept", outliers=False)
    assert report["counts"]["outliers"] == 0 and report["counts"]["kept"] == 42
    assert report["outlier_rule"].startswith("off")


def test_outlier_rule_is_conservative_on_clean_rows(tmp_path):
    import random

    rng = random.Random(5)
    rows = [dict(r, output=" ".join(r["output"].split()[: rng.randint(3, 40)])) for r in distinct_rows(200, seed=5)]
    report, _ = run(tmp_path, rows)
    assert report["counts"]["outliers"] <= 2  # at most ~1% of clean rows


def test_counts_invariant_with_every_rule_firing(tmp_path):
    rows = distinct_rows(40, words=60)
    rows += ["{broken", {"instruction": "x", "output": ""}, rows[0], _edit(rows[1], 1, seed=3),
             distinct_rows(1, seed=99, words=600)[0],
             dict(rows[3], input="A long question. " * 20, output="No.")]
    report, out = run(tmp_path, rows, val_fraction=0.25)
    c = report["counts"]
    assert all(c[k] == 1 for k in ("invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers"))
    check_invariants(report, out, val_fraction=0.25)
    assert set(report["token_lengths"]) == {"min", "p50", "p90", "p99", "max"}
    assert report["inputs"][0]["sha256"] and report["inputs"][0]["records"] == len(rows)
    assert report["settings"]["max_tokens"] == 512 and report["model"]["id"].startswith("SmolLM2")
    md = (out / "data_report.md").read_text(encoding="utf-8")
    assert "token_lengths.png" in md and (out / "token_lengths.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
