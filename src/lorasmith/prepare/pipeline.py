"""The streaming pass over all inputs (rules 1 to 4), then outliers (rule 5) over the rows left.

Memory stays bounded apart from the near-duplicate index and the kept rows: records are read and processed
one chunk at a time, and rejected rows go straight to rejected.jsonl.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.prepare import clean, dedup, read
from lorasmith.prepare.work import Chunk, Worker, init_process, run_in_process

CHUNK = 512
COUNT_KEYS = ("input_rows", "invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers",
              "kept", "train", "val")
# Valid unescaped in JSON, but str.splitlines() breaks on them; and lone surrogates, which UTF-8 cannot encode.
_ESCAPE = re.compile("[\u0085\u2028\u2029\ud800-\udfff]")


def dumps(obj) -> str:
    """One JSON line: UTF-8 text as is, except characters that would split it for str.splitlines() and lone
    surrogates (from a JSON escape such as \\ud800, or an undecodable file name), which stay escaped."""
    line = json.dumps(obj, ensure_ascii=False, default=str)
    return _ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


def dump_row(row: tuple[str, str, str]) -> str:
    return dumps(dict(zip(clean.FIELDS, row)))


class Pass:
    """State of one `prepare` run: counts, the indexes, the kept rows and the rejected file."""

    def __init__(self, paths: list[Path], rejected_file, max_tokens: int, near_dup_threshold: float | None):
        self.paths = paths
        self.names = [str(p) for p in paths]
        self.rejected = rejected_file
        self.max_tokens = max_tokens
        self.counts = dict.fromkeys(COUNT_KEYS, 0)
        self.per_file = [{"rows": 0, "formats": collections.Counter()} for _ in paths]
        self.examples: dict[str, list] = collections.defaultdict(list)
        self.seen: dict[bytes, tuple[int, int]] = {}
        self.index = dedup.NearDupIndex(near_dup_threshold)
        self.where: list[tuple[int, int]] = []  # (file index, line) of every index member
        # one entry per row that passed rules 1-4: (file index, line, index member, prompt tokens, response tokens,
        # repetition detail)
        self.kept: list[tuple] = []

    # ------------------------------------------------------------ rejected rows

    def reject(self, fi: int, line: int, rule: str, detail: str, *, row=None, text=None, fmt=None) -> None:
        counter = {"invalid": "invalid", "empty": "empty", "exact_duplicate": "exact_duplicates",
                   "near_duplicate": "near_duplicates", "too_long": "too_long", "outlier": "outliers"}[rule]
        self.counts[counter] += 1
        rec = {"source": self.names[fi], "line": line, "rule": rule, "detail": detail}
        if fmt:
            rec["format"] = fmt
        if text is not None:
            rec["text"] = text
        else:
            rec["row"] = dict(zip(clean.FIELDS, row)) if isinstance(row, tuple) else row
        if len(self.examples[rule]) < 3:
            self.examples[rule].append(rec)
        self.rejected.write(dumps(rec) + "\n")

    # ------------------------------------------------------------ rules 1-4, one chunk at a time

    def consume(self, fi: int, chunk: Chunk) -> None:
        keys = self.index.band_keys(chunk.sigs) if chunk.sigs is not None else []
        j = 0
        for kind, line, a, b in chunk.items:
            self.counts["input_rows"] += 1
            self.per_file[fi]["rows"] += 1
            if kind == "utf8":
                raise UserError(f"{self.names[fi]}:{line}: {a}")
            if kind != "ok":
                self.reject(fi, line, kind, a, **({"text": b} if isinstance(b, str) else {"row": b}))
                continue
            self.per_file[fi]["formats"][a] += 1
            self._rules_2_to_4(fi, line, a, b, chunk, j, keys[j])
            j += 1

    def _rules_2_to_4(self, fi: int, line: int, fmt: str, row: tuple, chunk: Chunk, j: int, keys: list) -> None:
        first = self.seen.setdefault(chunk.keys[j], (fi, line))
        if first != (fi, line):
            where = f"{self.names[first[0]]}:{first[1]}"
            return self.reject(fi, line, "exact_duplicate", f"same as {where}", row=row, fmt=fmt)
        sig = chunk.sigs[j]
        dup, jac, similar = self.index.check(row, sig, keys)
        if dup is not None:
            src_fi, src_line = self.where[dup]
            detail = f"Jaccard {jac:.3f} with {self.names[src_fi]}:{src_line}"
            return self.reject(fi, line, "near_duplicate", detail, row=row, fmt=fmt)
        member = self.index.add(row, sig, keys, similar)
        self.where.append((fi, line))
        p, r = chunk.lengths[j]
        if p + r > self.max_tokens:
            detail = f"{p + r} tokens > max {self.max_tokens} (prompt {p}, response {r} incl. EOS)"
            return self.reject(fi, line, "too_long", detail, row=row, fmt=fmt)
        self.kept.append((fi, line, member, p, r, chunk.repeats[j]))

    # ------------------------------------------------------------ rule 5

    def drop_outliers(self) -> None:
        flags = clean.short_response_flags([k[3] for k in self.kept], [k[4] for k in self.kept])
        left = []
        for k, short in zip(self.kept, flags):
            detail = short or k[5]
            if detail:
                self.reject(k[0], k[1], "outlier", detail, row=self.index.row(k[2]))
            else:
                left.append(k)
        self.kept = left

    def check_rows(self) -> None:
        valid = self.counts["input_rows"] - self.counts["invalid"] - self.counts["empty"]
        names = ", ".join(self.names)
        if valid == 0:
            first = next((e for rule in ("invalid", "empty") for e in self.examples[rule]), None)
            why = f"; first: {first['source']}:{first['line']}: {first['detail']}" if first else ""
            raise UserError(f"no valid row in {names} ({self.counts['input_rows']} records: "
                            f"{self.counts['invalid']} invalid, {self.counts['empty']} empty{why})")
        if not self.kept:
            raise UserError(f"no row of {names} is left after cleaning ({_summary(self.counts)}); "
                            "see --max-tokens, --near-dup-threshold and --no-outliers")


def _summary(counts: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in counts.items() if v and k not in ("kept", "train", "val"))


def chunks(paths: list[Path]):
    """(file index, [(line, payload), ...]) in input order."""
    for fi, path in enumerate(paths):
        buf = []
        for rec in read.records(path):
            buf.append(rec)
            if len(buf) == CHUNK:
                yield fi, buf
                buf = []
        if buf:
            yield fi, buf


def run_chunks(paths, worker: Worker, num_proc: int, spec: tuple, progress):
    """Yield (file index, Chunk) in input order, from this process or from `num_proc` worker processes."""
    if num_proc <= 1:
        for fi, recs in chunks(paths):
            yield fi, worker(recs)
            progress.update(len(recs))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: a forked copy of this process would inherit the tokenizer's threads. A worker that dies
    # (killed for memory, say) makes .result() raise instead of waiting forever.
    pool = ProcessPoolExecutor(num_proc, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_process, initargs=(spec, worker.field_map))
    pending = collections.deque()
    try:
        for fi, recs in chunks(paths):
            pending.append((fi, len(recs), pool.submit(run_in_process, recs)))
            if len(pending) > 2 * num_proc:  # bounded read-ahead keeps memory flat
                yield _done(pending, progress)
        while pending:
            yield _done(pending, progress)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _done(pending, progress):
    fi, n, future = pending.popleft()
    chunk = future.result()
    progress.update(n)
    return fi, chunk


def progress_bar(enabled: bool | None):
    from tqdm import tqdm

    if enabled is None:
        enabled = sys.stderr.isatty()
    return tqdm(desc="prepare", unit=" rows", disable=not enabled, file=sys.stderr, mininterval=0.5)
