"""Token counting and the DATASHEET.md text for the sample dataset (deterministic: no dates, no timings)."""

from __future__ import annotations

from collections import Counter

ORIGIN_NOTES = {
    "clean": "written for this project by three writers (tools/dataset/part_*.py)",
    "exact_duplicate": "a clean row copied verbatim, or with CRLF line ends, trailing spaces or NFD Unicode",
    "near_duplicate": "a clean row with a word of the instruction reworded and/or a variable renamed "
                      "(word 3-gram Jaccard 0.86-0.98 with its source)",
    "too_long": "600-1,500 tokens: hand-written complete modules (long_rows.py) and multi-part exercises "
                "composed of several clean rows",
    "outlier": "a one-word answer to a long code question, or one line repeated 15-40 times",
    "empty": "the answer is empty or whitespace only",
}


def tokenizer():
    from lorasmith import models

    path, _ = models.resolve_model("embedded")
    return models.load_tokenizer(path)


def token_count(tok, row: dict) -> int:
    from lorasmith import templates

    return len(templates.encode(templates.get_template("default"), tok, row)["input_ids"])


def percentile(sorted_values: list[int], p: float) -> int:
    """Nearest-rank percentile: the smallest value with at least p% of the values at or below it."""
    if not sorted_values:
        return 0
    rank = max(1, -(-len(sorted_values) * p // 100))
    return sorted_values[int(rank) - 1]


def _table(title: str, counts: Counter, total: int, notes: dict | None = None) -> list[str]:
    head = f"| {title} | rows | share |" + (" what it is |" if notes else "")
    rule = "|---|---:|---:|" + ("---|" if notes else "")
    lines = [head, rule]
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        line = f"| {key} | {n} | {100 * n / total:.1f}% |"
        lines.append(line + (f" {notes.get(key, '')} |" if notes else ""))
    lines.append(f"| **total** | **{total}** | 100% |" + (" |" if notes else ""))
    return lines + [""]


def _stats_row(name: str, values: list[int]) -> str:
    v = sorted(values)
    cells = [len(v), v[0], percentile(v, 50), percentile(v, 90), percentile(v, 99), v[-1]]
    return f"| {name} | " + " | ".join(str(c) for c in cells) + " |"


def render(rows: list[dict], lengths: list[int], max_tokens: int) -> str:
    total = len(rows)
    clean_idx = [i for i, r in enumerate(rows) if r["origin"] == "clean"]
    with_input = sum(1 for r in rows if r["input"].strip())
    clean_input = sum(1 for i in clean_idx if rows[i]["input"].strip())
    over = sum(1 for n in lengths if n > max_tokens)
    clean_over = sum(1 for i in clean_idx if lengths[i] > max_tokens)
    out = [
        "# Datasheet: coding_instructions.jsonl",
        "",
        "A small instruction-tuning dataset about coding, shipped with lorasmith as `lorasmith prepare sample`'s "
        "input. Each line is one JSON object with exactly three string keys: `instruction`, `input` (often empty) "
        "and `output`. It is deliberately *raw*: besides the clean rows it carries known amounts of the dirt that "
        "real datasets have, so that the cleaning stage has something to find.",
        "",
        "## How it was made",
        "",
        "- Every clean row was written for this project by three writers, each in their own files "
        "(`tools/dataset/part_*.py`); nothing was copied from existing datasets, benchmarks or websites. "
        "Instructions that resemble HumanEval problems were avoided, and a test checks that no instruction "
        "shares half or more of its word 3-grams with any HumanEval prompt.",
        "- `tools/dataset/build.py` imports the parts, checks keys, kinds and languages, refuses exact duplicates "
        "and any two clean rows whose word 3-gram Jaccard is 0.8 or more, adds the dirty rows (`dirty.py`), "
        "shuffles with a fixed seed (dirty rows at evenly spread, jittered positions) and writes the dataset, "
        "its labels sidecar and this datasheet. Two builds give identical bytes.",
        "- `coding_instructions.labels.jsonl` has one line per dataset line, in the same order: `kind`, `lang`, "
        "`origin`, `source` (where the row came from) and the `sha256` of the dataset line (UTF-8, without the "
        "newline), so a consumer can check alignment. The labels are not part of the dataset itself.",
        "- Every fenced ```python block parses; every block that imports only the standard library runs to "
        "completion in `lorasmith.sandbox.run_python` (tests/e2e/test_dataset_code.py); writers kept each "
        "block under 5 seconds.",
        "- Near duplicate, as used everywhere: text = the `default` template's prompt "
        "(`templates.format_prompt(get_template(\"default\"), None, instruction, input)`) + output, lowercased; "
        "tokens = `re.findall(r\"\\w+|[^\\w\\s]\", text)`; shingles = consecutive 3-token tuples; similarity = "
        "Jaccard of the shingle sets. Exact duplicate: equal after NFC, CRLF to LF and stripping trailing "
        "whitespace.",
        "",
        f"## Counts ({total} rows)",
        "",
    ]
    out += _table("origin", Counter(r["origin"] for r in rows), total, ORIGIN_NOTES)
    out += _table("kind", Counter(r["kind"] for r in rows), total)
    out += _table("lang", Counter(r["lang"] for r in rows), total)
    out += [
        f"Rows with a non-empty `input`: {with_input} of {total} ({100 * with_input / total:.1f}%); "
        f"among clean rows {clean_input} of {len(clean_idx)} ({100 * clean_input / max(len(clean_idx), 1):.1f}%).",
        "",
        "## Token lengths",
        "",
        "Prompt + answer + EOS under the SmolLM2-135M-Instruct tokenizer with the `default` template, i.e. "
        "`len(templates.encode(get_template(\"default\"), tok, row)[\"input_ids\"])`. The TinyLlama (Llama-2, 32k "
        "vocabulary) tokenizer is not available offline where this file was built and no installed package "
        "ships one, so only SmolLM2's counts are reported; Llama-2's tokenizer usually gives somewhat more "
        "tokens for code.",
        "",
        "| rows | n | min | p50 | p90 | p99 | max |",
        "|---|---:|---:|---:|---:|---:|---:|",
        _stats_row("all", lengths),
        _stats_row("clean", [lengths[i] for i in clean_idx]),
        "",
        f"Rows over {max_tokens} tokens: {over} (of them clean: {clean_over}). Clean rows that fit in {max_tokens} "
        f"tokens, i.e. what survives cleaning with the default length limit: {len(clean_idx) - clean_over}.",
        "",
        "## Known limitations",
        "",
        "- Small (about 1,200 useful rows) and written by a few authors, so style and topics are narrower than "
        "in a crowd-sourced dataset; it is meant for demos and tests of the pipeline, not to teach a model much.",
        "- Language mix leans on Python; SQL examples target SQLite, shell examples target bash and GNU tools.",
        "- Answers were checked by running their Python blocks, not by review of every SQL, shell or JavaScript "
        "answer; those may contain mistakes.",
        "- The near duplicates are light edits, so MinHash at a 0.85 threshold should catch all of them; "
        "harder paraphrases are not represented.",
        "- Composed `too_long` rows repeat the text of clean rows inside a longer answer; they are meant to be "
        "dropped by the length filter.",
        "- Some clean rows are genuine but long answers over the default 512-token limit (counted above); "
        "the length filter drops them along with the deliberate `too_long` rows.",
        "- Token counts depend on the tokenizer; with a different base model the length filter drops a different "
        "set of rows.",
        "",
    ]
    return "\n".join(out)
