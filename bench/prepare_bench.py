"""Benchmark `lorasmith prepare` end to end on a large generated dataset: rows per second and peak memory.

    LORASMITH_HOME=/tmp/lshome python bench/prepare_bench.py                  # 200,000 rows, --num-proc = cores
    LORASMITH_HOME=/tmp/lshome python bench/prepare_bench.py --rows 20000 --num-proc 1

The rows are perturbations of the shipped sample dataset (or, while it is absent, of a synthetic coding set
made here): mostly distinct edits, plus a realistic share of exact copies, light edits (near duplicates),
unparsable lines and empty answers, so every rule has work. The goal on a 2-core machine is >= 3,000 rows/s
and a peak resident set below 2 GiB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "lorasmith" / "assets" / "coding_instructions.jsonl"
_WORD = re.compile(r"\b[A-Za-z_][A-Za-z_]{2,}\b")
_SYLLABLES = ["ka", "lo", "mi", "ru", "te", "sa", "no", "vi", "de", "po", "an", "el", "or", "ix", "um", "qu"]
_VERBS = ["parse", "merge", "count", "filter", "group", "render", "validate", "normalise", "compress", "rank"]
_NOUNS = ["records", "tokens", "intervals", "paths", "orders", "events", "matrix", "graph", "words", "prices"]


def _name(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def synthetic_rows(n: int, rng: random.Random) -> list[dict]:
    """Code-instruction rows of realistic length (about 250 tokens), for when the sample is not there."""
    rows = []
    for _ in range(n):
        verb, noun, fn = rng.choice(_VERBS), rng.choice(_NOUNS), _name(rng)
        args = [_name(rng, 2) for _ in range(rng.randint(1, 3))]
        body = []
        for k in range(rng.randint(4, 12)):
            v = _name(rng, 2)
            body.append(rng.choice([
                f"    {v} = {args[0]}[{k}] * {rng.randint(2, 99)}",
                f"    for {v} in {args[-1]}:\n        total += len({v})",
                f"    if {v} is None:\n        return []",
                f"    {v} = sorted({args[0]}, key=lambda x: x[{k % 3}])",
                f"    {v} = {{k: v for k, v in {args[-1]}.items() if v > {rng.randint(0, 9)}}}",
            ]))
        code = f"def {verb}_{noun}_{fn}({', '.join(args)}):\n    total = 0\n" + "\n".join(body) + "\n    return total"
        instruction = (f"Write a Python function `{verb}_{noun}_{fn}` that takes {', '.join(args)} and "
                       f"{verb}s the {noun}, returning a total. Keep it readable and explain the approach briefly.")
        output = (f"```python\n{code}\n```\n\nThe function walks the {noun} once, so it runs in linear time; "
                  f"`{args[0]}` is never modified.")
        rows.append({"instruction": instruction, "input": "", "output": output})
    return rows


def _rename(row: dict, rng: random.Random, share: float, vocab: list[str]) -> dict:
    """Replace a share of the distinct words of the row by other words of the data set (the same word, the same
    replacement), as a writer reusing a solution with other names would; token counts stay realistic."""
    text = row["instruction"] + "\n" + row["input"] + "\n" + row["output"]
    words = sorted(set(_WORD.findall(text)))
    rng.shuffle(words)
    table = {w: rng.choice(vocab) for w in words[: max(1, int(len(words) * share))]}

    def sub(s: str) -> str:
        return _WORD.sub(lambda m: table.get(m.group(), m.group()), s)

    return {k: sub(row[k]) for k in ("instruction", "input", "output")}


def generate(path: Path, n: int, base: list[dict], seed: int) -> dict:
    rng = random.Random(seed)
    vocab = sorted({w for r in base for k in ("instruction", "output") for w in _WORD.findall(r[k])})
    made = {"distinct": 0, "exact": 0, "near": 0, "invalid": 0, "empty": 0}
    recent: list[dict] = []
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            roll = rng.random()
            if roll < 0.04 and recent:
                row, kind = dict(rng.choice(recent)), "exact"
                if rng.random() < 0.5:
                    row = {k: v.replace("\n", "\r\n") for k, v in row.items()}
            elif roll < 0.08 and recent:
                src = rng.choice(recent)
                row, kind = dict(src, instruction=src["instruction"] + " Please."), "near"
            elif roll < 0.085:
                f.write('{"instruction": "truncated row\n')
                made["invalid"] += 1
                continue
            elif roll < 0.09:
                row, kind = dict(rng.choice(base), output="  "), "empty"
            else:
                row, kind = _rename(base[i % len(base)], rng, 0.35, vocab), "distinct"
                recent.append(row)
                if len(recent) > 500:
                    recent.pop(rng.randrange(len(recent)))
            made[kind] += 1
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return made


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--num-proc", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", help="keep the generated data and output here (default: a temporary folder)")
    ap.add_argument("--reuse", action="store_true", help="reuse WORKDIR/bench.jsonl from an earlier run")
    args = ap.parse_args(argv)

    work = Path(args.workdir or tempfile.mkdtemp(prefix="prepare_bench."))
    work.mkdir(parents=True, exist_ok=True)
    if SAMPLE.is_file():
        base = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
        base = [b for b in base if isinstance(b.get("output"), str) and b["output"].strip()]
        source = f"perturbed rows of {SAMPLE.name} ({len(base)} rows)"
    else:
        base = synthetic_rows(1000, random.Random(args.seed))
        source = "perturbed rows of a synthetic set (the sample dataset is not there yet)"
    data = work / "bench.jsonl"
    if args.reuse and data.is_file():
        print(f"reusing {data} ({data.stat().st_size / 2**20:.0f} MiB)")
    else:
        made = generate(data, args.rows, base, args.seed)
        print(f"generated {args.rows} rows ({data.stat().st_size / 2**20:.0f} MiB) from {source}: {made}")

    cmd = [sys.executable, "-m", "lorasmith", "prepare", str(data), "--out", str(work / "out"), "--overwrite",
           "--num-proc", str(args.num_proc)]
    peak = [0]
    load_before = os.getloadavg()[0]
    start = time.monotonic()
    proc = subprocess.Popen(cmd)

    def watch():
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            time.sleep(0.2)

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    rc = proc.wait()
    wall = time.monotonic() - start
    t.join()
    if rc != 0:
        print(f"prepare failed with exit status {rc}", file=sys.stderr)
        return rc
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # prepare and its worker processes
    cpu = usage.ru_utime + usage.ru_stime
    counts = json.loads((work / "out" / "data_report.json").read_text())["counts"]
    print(f"counts: {counts}")
    print(f"{args.rows} rows in {wall:.1f} s end to end = {args.rows / wall:,.0f} rows/s "
          f"(--num-proc {args.num_proc}, {os.cpu_count()} cores)")
    # On a shared machine the wall time depends on the neighbours; the CPU time much less so.
    print(f"CPU time {cpu:.1f} s = {args.rows / cpu:,.0f} rows per CPU-second; load average "
          f"{load_before:.1f} before, {os.getloadavg()[0]:.1f} after (other processes compete for the cores)")
    print(f"peak RSS: {usage.ru_maxrss / 2**10:,.0f} MiB largest process, "
          f"{peak[0] / 2**20:,.0f} MiB all processes together")
    return 0


if __name__ == "__main__":
    sys.exit(main())
