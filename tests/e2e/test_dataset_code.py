"""Slow checks of the sample dataset: its Python runs, its token lengths, and that the build reproduces it."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "src" / "lorasmith" / "assets"
DATA = ASSETS / "coding_instructions.jsonl"
LABELS = ASSETS / "coding_instructions.labels.jsonl"
SHEET = ASSETS / "DATASHEET.md"
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_dataset import PY_BLOCK, _load_build  # noqa: E402

pytestmark = pytest.mark.slow

# The writers' rule is 5 s per block on an idle machine; the test allows twice that for a busy 2-core box.
BLOCK_TIMEOUT = 10.0
WORKERS = 2


def _rows() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8")[:-1].split("\n")]


def _stdlib_only(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # a relative import needs a package around it
                return False
            names = [node.module]
        else:
            continue
        if any(n.split(".")[0] not in sys.stdlib_module_names for n in names):
            return False
    return True


def _run(code: str):
    from lorasmith.sandbox import run_python

    res = run_python(code, timeout=BLOCK_TIMEOUT)
    # The audit hook refuses every socket event, and asyncio's event loop opens a socketpair to wake itself up,
    # so asyncio examples run without that hook: still in the sandbox's own process group, network namespace,
    # user, limits and temporary folder.
    if res.status == "error" and res.detail == "blocked: socket" and "asyncio" in code:
        res = run_python(code, timeout=BLOCK_TIMEOUT, audit_hook=False)
    return res


def test_every_stdlib_python_block_runs():

    blocks: dict[str, int] = {}  # code -> first line number; duplicated rows repeat blocks
    for n, row in enumerate(_rows(), 1):
        for block in PY_BLOCK.findall(row["output"]):
            code = block.replace("\r\n", "\n")
            if _stdlib_only(ast.parse(code)):
                blocks.setdefault(code, n)
    assert len(blocks) > 500, f"only {len(blocks)} runnable blocks: is the dataset complete?"
    with ThreadPoolExecutor(WORKERS) as pool:
        results = list(pool.map(_run, blocks))
    failures = [
        f"line {line}: {res.status} ({res.detail}): {(res.stderr.strip().splitlines() or [''])[-1][:200]}"
        for (code, line), res in zip(blocks.items(), results)
        if res.status != "ok"
    ]
    assert not failures, f"{len(failures)} of {len(blocks)} blocks failed:\n" + "\n".join(failures)


def test_token_lengths_match_datasheet_and_labels():
    build = _load_build()
    sys.path.insert(0, str(ROOT / "tools" / "dataset"))
    import datasheet

    tok = datasheet.tokenizer()
    rows = _rows()
    labels = [json.loads(line) for line in LABELS.read_text(encoding="utf-8")[:-1].split("\n")]
    lengths = [datasheet.token_count(tok, r) for r in rows]
    for n, (label, length) in enumerate(zip(labels, lengths), 1):
        if label["origin"] == "too_long":
            assert 600 <= length <= 1500, f"line {n}: too_long row has {length} tokens"
    # Clean rows over the limit are lost to `prepare`'s length filter; about 1,200 should survive it.
    kept = sum(1 for lab, x in zip(labels, lengths) if lab["origin"] == "clean" and x <= build.MAX_TOKENS)
    assert kept >= 1150, f"only {kept} clean rows fit in {build.MAX_TOKENS} tokens"
    ordered = sorted(lengths)
    stats = [len(ordered), ordered[0]] + [datasheet.percentile(ordered, p) for p in (50, 90, 99)] + [ordered[-1]]
    assert "| all | " + " | ".join(map(str, stats)) + " |" in SHEET.read_text(encoding="utf-8")


def test_build_reproduces_the_shipped_files(tmp_path):
    env = dict(os.environ)
    out = [tmp_path / "a", tmp_path / "b"]
    for folder in out:
        proc = subprocess.run([sys.executable, str(ROOT / "tools" / "dataset" / "build.py"), "--out", str(folder)],
                              capture_output=True, text=True, env=env, timeout=300)
        assert proc.returncode == 0, proc.stderr[-2000:]
    for name in (DATA.name, LABELS.name, SHEET.name):
        first, second = (out[0] / name).read_bytes(), (out[1] / name).read_bytes()
        assert first == second, f"two builds differ in {name}"
        assert first == (ASSETS / name).read_bytes(), f"{name} is stale: re-run tools/dataset/build.py"
