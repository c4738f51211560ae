"""The deliberately dirty rows of the sample dataset, made deterministically from the clean rows.

Real instruction datasets contain re-posted rows, lightly edited copies, over-long answers, junk answers and
empty answers; `lorasmith prepare` has to find them, so the sample carries a known number of each, labelled
in the sidecar file. All randomness comes from the `rng` that build.py passes in.
"""

from __future__ import annotations

import ast
import re
import unicodedata

from build import jaccard, normalise, shingles

N_EXACT = {"nfd": 5, "identical": 10, "crlf": 5, "trailing_space": 5}  # nfd first: few rows qualify
N_NEAR = 20
N_TOO_LONG = 30
N_OUTLIER_WORD = 4
N_OUTLIER_REPEAT = 4
EMPTY_OUTPUTS = ("", "   ", "\n\n \t\n")
NEAR_RANGE = (0.86, 0.98)
LONG_RANGE = (600, 1500)

# Small rewordings of an instruction: the kind of edit a re-poster makes.
_REWORD = [
    ("Write ", "Implement "), ("write ", "implement "), ("Explain ", "Describe "), ("explain ", "describe "),
    ("Fix ", "Repair "), ("fix ", "repair "), ("Show ", "Give "), ("show ", "give "), (" function", " routine"),
    (" returns ", " gives back "), (" query", " statement"), ("What is ", "What's "), (" each ", " every "),
    (" a list ", " a sequence "), (" string", " text"), (" using ", " with "),
]
# Local variable renames applied inside code fences only (never after a dot, so attributes stay intact).
_RENAME = {
    "result": "res", "total": "acc", "count": "tally", "items": "elements", "values": "vals", "data": "payload",
    "text": "source_text", "line": "current_line", "seen": "visited", "out": "collected", "rows": "records",
    "words": "tokens", "nums": "numbers", "lst": "seq", "arr": "array_in",
    "acc": "running", "parts": "pieces", "counts": "tallies", "buf": "buffer", "cache": "memo", "res": "outcome",
}
_EDIT_ORDER = (("reworded", "renamed", "both"), ("renamed", "both", "reworded"), ("both", "renamed", "reworded"))
_FENCE = re.compile(r"(```[a-z]*\n)(.*?)(```)", re.S)
_PY_BLOCK = re.compile(r"```python[^\n]*\n(.*?)```", re.S)


def _parses(output: str) -> bool:
    try:
        for block in _PY_BLOCK.findall(output):
            ast.parse(block)
    except SyntaxError:
        return False
    return True


def _exact_variant(row: dict, how: str) -> dict:
    fields = {k: row[k] for k in ("instruction", "input", "output")}
    if how == "crlf":
        fields = {k: v.replace("\n", "\r\n") for k, v in fields.items()}
    elif how == "trailing_space":
        fields["instruction"] += "  "
        lines = fields["output"].split("\n")
        fields["output"] = "\n".join(line + " " * (1 + i % 2) if i < 4 else line for i, line in enumerate(lines))
    elif how == "nfd":
        fields = {k: unicodedata.normalize("NFD", v) for k, v in fields.items()}
    return fields


def make_exact(pool: list[dict], rng) -> list[dict]:
    out = []
    # NFD copies only of rows whose python blocks NFD leaves alone: decomposing a string literal changes what code does.
    decomposable = [r for r in pool
                    if any(unicodedata.normalize("NFD", r[k]) != r[k] for k in ("instruction", "output"))
                    and all(unicodedata.normalize("NFD", b) == b for b in _PY_BLOCK.findall(r["output"]))]
    for how, n in N_EXACT.items():
        candidates = decomposable if how == "nfd" and len(decomposable) >= n else pool
        if how == "nfd" and candidates is pool:
            how = "identical"  # no accented rows to decompose: fall back to a plain copy
        for src in rng.sample(candidates, n):
            pool.remove(src)
            if src in decomposable:
                decomposable.remove(src)
            variant = _exact_variant(src, how)
            assert all(normalise(variant[k]) == normalise(src[k]) for k in variant), (how, src["source"])
            out.append(dict(src, **variant, origin="exact_duplicate", source=f"{how} copy of {src['source']}"))
    return out


def _ident(name: str) -> re.Pattern:
    # Not after a dot (attribute), a quote or a backslash (an escape such as \n), not inside a longer word.
    return re.compile(rf"(?<![\w.'\"\\]){re.escape(name)}\b")


def _rename_in_code(output: str, old: str, new: str) -> str:
    pat = _ident(old)
    return _FENCE.sub(lambda m: m.group(1) + pat.sub(new, m.group(2)) + m.group(3), output)


def _reword(text: str, old: str, new: str) -> str:
    """Replace the first whole-word occurrence ('fix ' never matches in 'prefix ', ' string' never in ' strings')."""
    end = r"(?!\w)" if old[-1].isalnum() else ""
    return re.sub(rf"(?<!\w){re.escape(old)}{end}", lambda m: new, text, count=1)


def _near_edits(row: dict):
    """Candidate small edits of one row, mildest first: one rewording, one rename, then both."""
    rewords = [(a, b) for a, b in _REWORD if _reword(row["instruction"], a, b) != row["instruction"]][:1]
    code = "".join(m.group(2) for m in _FENCE.finditer(row["output"]))
    renames = [(a, b) for a, b in _RENAME.items()
               if len(_ident(a).findall(code)) >= 2 and not re.search(rf"\b{b}\b", code)
               and not re.search(rf"\.{a}\b", code)][:1]  # also an attribute name: renaming would split it
    for a, b in rewords:
        yield f"reworded '{a.strip()}'", dict(row, instruction=_reword(row["instruction"], a, b))
    for a, b in renames:
        yield f"renamed {a}->{b}", dict(row, output=_rename_in_code(row["output"], a, b))
    for (a, b), (c, d) in zip(rewords, renames):
        yield f"reworded '{a.strip()}', renamed {c}->{d}", dict(
            row, instruction=_reword(row["instruction"], a, b), output=_rename_in_code(row["output"], c, d))


def _edit_type(what: str) -> str:
    return "both" if "," in what else what.split()[0]


def make_near(pool: list[dict], rng) -> list[dict]:
    out = []
    order = pool[:]
    rng.shuffle(order)
    for src in order:
        if len(out) == N_NEAR:
            break
        base = shingles(src)
        # Rotate which kind of edit is tried first, so rewordings, renames and both are all represented.
        edits = sorted(_near_edits(src), key=lambda e: _EDIT_ORDER[len(out) % 3].index(_edit_type(e[0])))
        for what, cand in edits:
            jac = jaccard(base, shingles(cand))
            if NEAR_RANGE[0] <= jac <= NEAR_RANGE[1] and _parses(cand["output"]):
                out.append(dict(cand, origin="near_duplicate", source=f"{what} in {src['source']} (J={jac:.3f})"))
                pool.remove(src)
                break
    if len(out) < N_NEAR:
        raise SystemExit(f"dirty.py: only {len(out)} of {N_NEAR} near duplicates fall in {NEAR_RANGE}")
    return out


def _compose(group: list[dict]) -> dict:
    """One long multi-part exercise: several clean rows' tasks answered in turn."""
    tasks = []
    for n, r in enumerate(group, 1):
        tasks.append(f"{n}. {r['instruction']}" + (f"\n\n{r['input']}" if r["input"] else ""))
    answers = [f"**Answer {n}.**\n\n{r['output']}" for n, r in enumerate(group, 1)]
    instruction = (f"Work through the following {len(group)} separate exercises and answer each one in turn, "
                   "numbering your answers.\n\n" + "\n\n".join(tasks))
    return dict(kind=group[0]["kind"], lang=group[0]["lang"], instruction=instruction, input="",
                output="\n\n".join(answers), origin="too_long",
                source="composed of " + ", ".join(r["source"] for r in group))


def make_too_long(pool: list[dict], rng, tok, written: list[dict]) -> list[dict]:
    from datasheet import token_count

    out = []
    for i, r in enumerate(written):
        n = token_count(tok, r)
        if not LONG_RANGE[0] <= n <= LONG_RANGE[1]:
            raise SystemExit(f"dirty.py: long_rows.LONG_ROWS[{i}] has {n} tokens, outside {LONG_RANGE}")
        out.append(dict(r, origin="too_long", source=f"long_rows.py[{i}]"))
    by_lang = {lang: [r for r in pool if r["lang"] == lang] for lang in ("python", "javascript", "sql", "shell")}
    for rows in by_lang.values():
        rng.shuffle(rows)
    langs = list(by_lang)
    k = 0
    while len(out) < N_TOO_LONG:
        rows = by_lang[langs[k % len(langs)]]
        k += 1
        group, total = [], 0
        while rows and total < LONG_RANGE[0] + 60:
            r = rows.pop()
            n = token_count(tok, r)
            if total + n <= LONG_RANGE[1] - 100:
                group.append(r)
                total += n
        if len(group) < 2:
            if k > 200:
                raise SystemExit("dirty.py: not enough clean rows to compose long rows")
            continue
        row = _compose(group)
        n = token_count(tok, row)
        if LONG_RANGE[0] <= n <= LONG_RANGE[1]:
            out.append(row)
            for r in group:
                pool.remove(r)
    return out


def make_outliers(pool: list[dict], rng) -> list[dict]:
    out = []
    # The longest code questions: a one-word reply to them is the clearest mismatch.
    code_rows = [r for r in pool if r["lang"] != "general" and r["input"]]
    long_questions = sorted(code_rows, key=lambda r: (-len(r["input"]), r["source"]))[:40]
    for src, word in zip(rng.sample(long_questions, N_OUTLIER_WORD), ("Yes.", "Fixed.", "Done", "Correct.")):
        pool.remove(src)
        out.append(dict(src, output=word, origin="outlier", source=f"one-word answer to {src['source']}"))
    prose = [r for r in pool if _last_prose_line(r["output"])]
    for src, reps in zip(rng.sample(prose, N_OUTLIER_REPEAT), (15, 20, 30, 40)):
        pool.remove(src)
        line = _last_prose_line(src["output"])
        out.append(dict(src, output="\n".join([line] * reps), origin="outlier",
                        source=f"{reps}x repeated line in {src['source']}"))
    return out


def _last_prose_line(output: str) -> str:
    outside = _FENCE.sub("", output)
    lines = [ln.strip() for ln in outside.split("\n") if len(ln.strip()) > 30]
    return lines[-1] if lines else ""


def make_empty(pool: list[dict], rng) -> list[dict]:
    out = []
    for src, empty in zip(rng.sample(pool, len(EMPTY_OUTPUTS)), EMPTY_OUTPUTS):
        pool.remove(src)
        out.append(dict(src, output=empty, origin="empty", source=f"empty answer to {src['source']}"))
    return out


def make_dirty(clean: list[dict], rng, tok) -> list[dict]:
    """All dirty rows; each takes a different clean row as its source, so labels stay unambiguous."""
    from long_rows import LONG_ROWS

    pool = sorted(clean, key=lambda r: r["source"])
    rows = make_exact(pool, rng)
    rows += make_near(pool, rng)
    rows += make_too_long(pool, rng, tok, LONG_ROWS)
    rows += make_outliers(pool, rng)
    rows += make_empty(pool, rng)
    return rows
