"""The per-record work that needs no other row: parse, validate, normalise, sign (MinHash), count tokens.

With --num-proc N > 1 it runs in N worker processes; chunks come back in input order and every result is a
pure function of its record, so the output is byte-identical for any N.

Token counts for a text template come from the Rust tokenizer alone (`RawCounter`), so a worker starts without
importing transformers; the main process checks them against `templates.count_tokens` on the first rows and
recounts everything the slow way if they ever disagree (`Counts`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

import numpy as np

from lorasmith import templates
from lorasmith.prepare import clean, dedup


@dataclass
class Chunk:
    """Results for one chunk of records, in order. `items` holds one tuple per record:
    ("ok", line, format, row) | ("invalid" or "empty", line, detail, shown) | ("utf8", line, detail, None).
    The arrays below have one entry per "ok" item."""

    items: list = field(default_factory=list)
    sigs: np.ndarray | None = None
    lengths: list = field(default_factory=list)      # (prompt tokens, response tokens incl. EOS)
    keys: list = field(default_factory=list)         # exact-duplicate digests
    repeats: list = field(default_factory=list)      # degenerate-repetition detail or ""

    def rows(self) -> list[tuple[str, str, str]]:
        return [it[3] for it in self.items if it[0] == "ok"]


class RawCounter:
    """(prompt, response + EOS) token counts of text-template rows with the Rust tokenizer, in batches."""

    def __init__(self, backend, eos_id: int, template: templates.Template):
        self.backend, self.eos_id, self.template = backend, eos_id, template

    def __call__(self, rows: list[tuple[str, str, str]]) -> list[tuple[int, int]]:
        prompts = [templates.format_prompt(self.template, None, i, x) for i, x, _ in rows]
        p_enc = self.backend.encode_batch(prompts, add_special_tokens=True)
        c_enc = self.backend.encode_batch([o for _, _, o in rows], add_special_tokens=False)
        eos = self.eos_id
        return [(len(p), len(c) + (0 if len(c) and c.ids[-1] == eos else 1)) for p, c in zip(p_enc, c_enc)]


class HFCounter:
    """The same counts through the transformers tokenizer (chat templates, or when RawCounter disagrees)."""

    def __init__(self, tokenizer, template: templates.Template, fast: bool = True):
        self.tokenizer, self.template, self.fast = tokenizer, template, fast

    def __call__(self, rows: list[tuple[str, str, str]]) -> list[tuple[int, int]]:
        dicts = [dict(zip(clean.FIELDS, r)) for r in rows]
        return templates.token_lengths_batch(self.template, self.tokenizer, dicts, fast=self.fast)


def counter_spec(tokenizer, template: templates.Template, model_path: str) -> tuple:
    """What a worker process needs to build its counter: the tokenizer as JSON, or the model path."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if template.kind == "text" and backend is not None and backend.truncation is None and backend.padding is None:
        return ("raw", backend.to_str(), tokenizer.eos_token_id, template.to_dict())
    return ("hf", model_path, template.to_dict())


def local_counter(tokenizer, template: templates.Template):
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if template.kind == "text" and backend is not None and backend.truncation is None and backend.padding is None:
        return RawCounter(backend, tokenizer.eos_token_id, template)
    return HFCounter(tokenizer, template)


def build_counter(spec: tuple):
    if spec[0] == "raw":
        from tokenizers import Tokenizer

        return RawCounter(Tokenizer.from_str(spec[1]), spec[2], templates.get_template(spec[3]))
    from lorasmith.models import load_tokenizer

    return HFCounter(load_tokenizer(spec[1]), templates.get_template(spec[2]))


class Worker:
    def __init__(self, counter, field_map: dict | None):
        self.counter = counter
        self.field_map = field_map or None

    def __call__(self, records: list) -> Chunk:
        chunk = Chunk(items=[self._row(line, payload) for line, payload in records])
        rows = chunk.rows()
        if rows:
            chunk.sigs = dedup.signatures(rows)
            chunk.keys = [dedup.exact_key(r) for r in rows]
            chunk.lengths = self.counter(rows)
            chunk.repeats = [clean.repetition(r[2]) for r in rows]
        return chunk

    def _row(self, line: int, payload):
        if isinstance(payload, bytes):
            try:
                text = payload.decode("utf-8")
            except UnicodeDecodeError:
                return ("utf8", line, "not UTF-8 text; save the file as UTF-8", None)
            try:
                payload = json.loads(text)
            except ValueError as exc:
                msg = getattr(exc, "msg", str(exc))
                return ("invalid", line, f"not valid JSON ({msg})", text.rstrip("\r\n"))
            except RecursionError:
                return ("invalid", line, "not valid JSON (nested too deeply to parse)", text.rstrip("\r\n"))
            if clean.too_deep(payload):
                return ("invalid", line, f"nested more than {clean.MAX_DEPTH} levels deep", text.rstrip("\r\n"))
        elif clean.too_deep(payload):
            return ("invalid", line, f"nested more than {clean.MAX_DEPTH} levels deep", "(not shown)")
        try:
            row, fmt = clean.to_row(payload, self.field_map)
        except clean.Invalid as exc:
            return ("invalid", line, str(exc), payload)
        try:
            return ("ok", line, fmt, clean.clean_row(row))
        except clean.Invalid as exc:
            return ("empty", line, str(exc), payload)


class Counts:
    """Main-process guard: the first rows' counts must equal `templates.count_tokens`; if not, every chunk is
    recounted through the transformers tokenizer (slower, never wrong)."""

    def __init__(self, tokenizer, template: templates.Template, probe: int = 8):
        self.tokenizer, self.template, self.probe = tokenizer, template, probe
        self.recount: HFCounter | None = None

    def check(self, chunk: Chunk) -> None:
        rows = chunk.rows()
        if self.probe and rows and self.recount is None:
            tok, tpl = self.tokenizer, self.template
            for (p, r), row in zip(chunk.lengths, rows[: self.probe]):
                d = dict(zip(clean.FIELDS, row))
                want_p = len(templates.encode_prompt(tpl, tok, d["instruction"], d["input"]))
                if (p, p + r) != (want_p, templates.count_tokens(tpl, tok, d)):
                    self.recount = HFCounter(tok, tpl, fast=False)
                    break
            self.probe = max(0, self.probe - len(rows))
        if self.recount is not None and rows:
            chunk.lengths = self.recount(rows)


_WORKER: Worker | None = None


def init_process(spec: tuple, field_map: dict | None) -> None:
    """Pool initializer: each worker builds its own tokenizer once."""
    global _WORKER
    # One process per core already; the tokenizer's own thread pool would only contend with the others.
    os.environ["TOKENIZERS_PARALLELISM"] = "false"
    _WORKER = Worker(build_counter(spec), field_map)


def run_in_process(records: list) -> Chunk:
    return _WORKER(records)
