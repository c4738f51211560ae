"""Build the sample dataset: src/lorasmith/assets/coding_instructions.jsonl, its labels sidecar and DATASHEET.md.

Run:  LORASMITH_HOME=/tmp/lshome python tools/dataset/build.py          (writes the three files)
      LORASMITH_HOME=/tmp/lshome python tools/dataset/build.py --check  (validates only, writes nothing)

Clean rows come from every tools/dataset/part_*.py (each defines ROWS, a list of dicts with kind, lang,
instruction, input, output). The deliberately dirty rows (duplicates, near duplicates, over-long rows,
outliers, empty answers) are made by dirty.py, so `lorasmith prepare` has something real to clean.
Everything is seeded, so two builds with the same parts give identical bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import math
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ASSETS = ROOT / "src" / "lorasmith" / "assets"
OUT_JSONL = ASSETS / "coding_instructions.jsonl"
OUT_LABELS = ASSETS / "coding_instructions.labels.jsonl"
OUT_SHEET = ASSETS / "DATASHEET.md"

SEED = 20240603
KINDS = {"write_function", "explain", "fix_bug", "write_tests", "refactor", "complexity", "stdlib",
         "error_message", "idiom", "concept"}
LANGS = {"python", "sql", "shell", "javascript", "general"}
ROW_KEYS = {"kind", "lang", "instruction", "input", "output"}
ORIGINS = ("clean", "exact_duplicate", "near_duplicate", "too_long", "outlier", "empty")
CLEAN_NEAR_DUP = 0.8  # two clean rows this similar means a writer stamped out a template
MAX_TOKENS = 512  # the length limit `prepare` uses by default; reported in the datasheet

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
# JSON leaves these unescaped, and a reader that uses str.splitlines() would cut the row in two.
_ODD_BREAKS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


# ---------------------------------------------------------------- shared definitions (tests import these)

def normalise(text: str) -> str:
    """What 'exact duplicate' compares: NFC, LF line ends, no trailing whitespace on any line or at the ends."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def row_text(row: dict) -> str:
    from lorasmith import templates

    prompt = templates.format_prompt(templates.get_template("default"), None, row["instruction"], row["input"])
    return (prompt + row["output"]).lower()


def shingles(row: dict) -> frozenset:
    toks = _TOKEN_RE.findall(row_text(row))
    return frozenset(zip(toks, toks[1:], toks[2:]))


def jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def similar_pairs(sets: list[frozenset], threshold: float) -> list[tuple[int, int, float]]:
    """All pairs (i, j, J) with Jaccard J >= threshold, exactly, via prefix filtering.

    If J(x, y) >= t then |x & y| >= t * |x|, so the rarest |x| - ceil(t|x|) + 1 shingles of x and of y
    (under one global order) share at least one shingle; only those prefixes go into the index.
    """
    df = Counter(s for st in sets for s in st)
    index: dict[tuple, list[int]] = defaultdict(list)
    pairs = []
    for i, st in enumerate(sets):
        ordered = sorted(st, key=lambda s: (df[s], s))
        prefix = ordered[: len(ordered) - math.ceil(threshold * len(ordered)) + 1]
        candidates = {j for s in prefix for j in index[s]}
        for j in sorted(candidates):
            jac = jaccard(st, sets[j])
            if jac >= threshold:
                pairs.append((j, i, jac))
        for s in prefix:
            index[s].append(i)
    return pairs


def line_json(row: dict) -> str:
    return json.dumps({k: row[k] for k in ("instruction", "input", "output")}, ensure_ascii=False)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- loading and checking the parts

def load_parts() -> list[dict]:
    rows, problems = [], []
    for path in sorted(HERE.glob("part_*.py")):
        spec = importlib.util.spec_from_file_location(f"_dataset_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a writer's file mid-edit: name it and keep checking the others
            problems.append(f"{path.name}: does not import: {type(exc).__name__}: {exc}")
            continue
        for i, row in enumerate(getattr(module, "ROWS", None) or []):
            where = f"{path.name}[{i}]"
            if not isinstance(row, dict) or set(row) != ROW_KEYS:
                problems.append(f"{where}: keys must be exactly {sorted(ROW_KEYS)}")
                continue
            if not all(isinstance(row[k], str) for k in ROW_KEYS):
                problems.append(f"{where}: every value must be a string")
                continue
            if row["kind"] not in KINDS or row["lang"] not in LANGS:
                problems.append(f"{where}: bad kind/lang {row['kind']!r}/{row['lang']!r}")
            if not row["instruction"].strip() or not row["output"].strip():
                problems.append(f"{where}: empty instruction or output")
            if any(_ODD_BREAKS.search(row[k]) for k in ROW_KEYS):
                problems.append(f"{where}: contains a character that str.splitlines() treats as a line break")
            rows.append(dict(row, origin="clean", source=where))
    return rows, problems


def check_clean(rows: list[dict]) -> list[str]:
    problems = []
    seen: dict[tuple, str] = {}
    for row in rows:
        key = (normalise(row["instruction"]), normalise(row["input"]), normalise(row["output"]))
        if key in seen:
            problems.append(f"exact duplicate: {row['source']} == {seen[key]}")
        seen.setdefault(key, row["source"])
    sets = [shingles(r) for r in rows]
    for i, j, jac in similar_pairs(sets, CLEAN_NEAR_DUP):
        problems.append(
            f"near duplicate (Jaccard {jac:.3f}): {rows[i]['source']} "
            f"{rows[i]['instruction'][:60]!r} ~ {rows[j]['source']} {rows[j]['instruction'][:60]!r}"
        )
    return problems


# ---------------------------------------------------------------- assembling

def interleave(clean: list[dict], dirty: list[dict], rng: random.Random) -> list[dict]:
    """Shuffle both, then put each dirty row at a jittered, evenly spaced slot so they spread over the file."""
    clean, dirty = clean[:], dirty[:]
    rng.shuffle(clean)
    rng.shuffle(dirty)
    total = len(clean) + len(dirty)
    step = total / max(len(dirty), 1)
    slots = {int(k * step + rng.uniform(0, step - 1)) for k in range(len(dirty))}
    assert len(slots) == len(dirty)
    out, ci, di = [], iter(clean), iter(dirty)
    for pos in range(total):
        out.append(next(di) if pos in slots else next(ci))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate the parts and the dirty rows; write nothing")
    ap.add_argument("--out", type=Path, default=ASSETS, help="folder for the three files (default: the package assets)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import datasheet
    import dirty

    clean, problems = load_parts()
    problems += check_clean(clean)
    for p in problems:
        print(f"PROBLEM {p}", file=sys.stderr)
    if problems:
        print(f"build.py: {len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    tok = datasheet.tokenizer()
    rng = random.Random(SEED)
    dirty_rows = dirty.make_dirty(clean, rng, tok)
    rows = interleave(clean, dirty_rows, rng)
    lines = [line_json(r) for r in rows]
    labels = [
        json.dumps({"kind": r["kind"], "lang": r["lang"], "origin": r["origin"], "source": r["source"],
                    "sha256": sha256_text(line)}, ensure_ascii=False)
        for r, line in zip(rows, lines)
    ]
    lengths = [datasheet.token_count(tok, r) for r in rows]
    over = [r["source"] for r, n in zip(rows, lengths) if r["origin"] == "clean" and n > MAX_TOKENS]
    for src in over:
        print(f"note: clean row {src} is over {MAX_TOKENS} tokens", file=sys.stderr)
    sheet = datasheet.render(rows, lengths, MAX_TOKENS)
    counts = Counter(r["origin"] for r in rows)
    print(f"{len(rows)} rows: " + ", ".join(f"{o}={counts.get(o, 0)}" for o in ORIGINS))
    if args.check:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, text in ((OUT_JSONL.name, "\n".join(lines) + "\n"), (OUT_LABELS.name, "\n".join(labels) + "\n"),
                       (OUT_SHEET.name, sheet)):
        (args.out / name).write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {OUT_JSONL.name}, {OUT_LABELS.name} and {OUT_SHEET.name} to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
