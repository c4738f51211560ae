"""Model, dataset, method, training, artifacts and reproduction sections, each read from the run directory.

No number is typed here: every figure comes from run.json, metrics.jsonl, data_report.json or the files
themselves. A missing optional input becomes a Note that says where the report looked and what to run.
"""

from __future__ import annotations

import json
import math
import statistics
from dataclasses import dataclass
from pathlib import Path

from lorasmith.report import plots
from lorasmith.report.doc import (NA, Code, Image, Note, Para, Section, Table, code, fbytes, fint, ffloat, fpct,
                                  fseconds, fvalue, num)
from lorasmith.rundir import RunDir

COUNT_KEYS = ("input_rows", "invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers",
              "kept", "train", "val")
MEMORY_KINDS = {
    "process_peak_rss": "peak resident memory of the training process (CPU)",
    "cuda_max_allocated": "peak GPU memory allocated by PyTorch tensors",
}


@dataclass
class Inputs:
    run: RunDir
    info: dict  # run.json
    metrics: list[dict]
    data_report: dict | None
    data_report_path: Path | None
    data_report_looked: list[Path]

    def cfg(self, section: str) -> dict:
        return (self.info.get("config") or {}).get(section) or {}


def find_data_report(run: RunDir, info: dict) -> tuple[dict | None, Path | None, list[Path]]:
    """data_report.json of `prepare`: the path run.json names, else beside the training data, else RUN/data."""
    data = info.get("data") or {}
    candidates = [Path(p) for p in (data.get("data_report"),) if p]
    if data.get("folder"):
        candidates.append(Path(data["folder"]) / "data_report.json")
    candidates.append(run.data / "data_report.json")
    for path in candidates:
        if path.is_file():
            try:
                report = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(report, dict):
                return report, path, candidates
    return None, None, candidates


# ---------------------------------------------------------------- model

def model_section(x: Inputs) -> Section:
    info, m = x.info, x.cfg("model")
    base, params = info.get("base_model") or {}, info.get("parameters") or {}
    if m.get("load_in_4bit"):
        quant = (f"4-bit {str(m.get('quant_type', '')).upper()} (bitsandbytes), double quantization "
                 f"{'on' if m.get('double_quant') else 'off'}, compute dtype {m.get('compute_dtype')}")
    else:
        quant = f"none: full-precision base in {m.get('compute_dtype')}"
    kind = info.get("peak_memory_kind")
    rows = [
        ["Base model", code(base.get("id", NA))],
        ["Loaded from", code(base.get("path", NA))],
        ["Parameters, total", fint(params.get("total"))],
        ["Parameters, trainable (LoRA)", fint(params.get("trainable"))],
        ["Trainable share", fpct(params.get("trainable_share"))],
        ["Quantization", quant],
        ["Memory footprint (peak)", f"{fbytes(info.get('peak_memory_bytes'))}: {MEMORY_KINDS.get(kind, kind or NA)}"],
        ["Device", code(info.get("device", NA))],
    ]
    return Section("model", "Model", [Table(["", "value"], rows, "ll")])


# ---------------------------------------------------------------- dataset

def _rule(key: str, dr: dict) -> str:
    nd, s = dr.get("near_duplicates") or {}, dr.get("settings") or {}
    tok = (dr.get("model") or {}).get("id")
    return {
        "input_rows": "records read from the source files",
        "invalid": "removed: not JSON, not an object, or a missing or non-string field",
        "empty": f"removed: instruction or output empty after normalisation ({dr.get('normalisation', NA)})",
        "exact_duplicates": "removed: same normalised (instruction, input, output) as an earlier row; "
                            "the first is kept",
        "near_duplicates": f"removed: {nd.get('method', NA)}; Jaccard threshold {fvalue(nd.get('threshold'))}",
        "too_long": f"removed: more than {fvalue(s.get('max_tokens'))} tokens (prompt + response + EOS) "
                    f"with the tokenizer of {code(tok or NA)}",
        "outliers": f"removed: {dr.get('outlier_rule', NA)}",
        "kept": "rows left after every rule above",
        "train": f"split: {dr.get('split', NA)}",
        "val": "held out for validation by the same split",
    }[key]


def _read_rows(path: Path, limit: int) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:limit] if limit else rows


def used_lengths(x: Inputs) -> tuple[list[int], list[int]]:
    """Token lengths of the train and validation rows this run used, counted with its saved tokenizer and template."""
    from lorasmith.models import load_tokenizer
    from lorasmith.templates import count_tokens, get_template

    d = x.cfg("data")
    folder = Path((x.info.get("data") or {}).get("folder", ""))
    tokenizer = load_tokenizer(str(x.run.adapter), bool(x.cfg("model").get("trust_remote_code")))
    template = get_template(x.info.get("template") or d.get("template", "default"))
    out = []
    for name, limit in (("train.jsonl", d.get("max_train_rows", 0)), ("val.jsonl", d.get("max_val_rows", 0))):
        path = folder / name
        rows = _read_rows(path, limit) if path.is_file() else []
        out.append([count_tokens(template, tokenizer, r) for r in rows])
    return out[0], out[1]


def _stats(lengths: list[int]) -> list[str]:
    if not lengths:
        return [NA] * 5
    s = sorted(lengths)
    # nearest rank, as `prepare` counts: always the length of a real row
    ranks = [s[max(math.ceil(q * len(s)) - 1, 0)] for q in (0.5, 0.9, 0.99)]
    return [fint(v) for v in (s[0], *ranks, s[-1])]


def dataset_section(x: Inputs) -> tuple[Section, dict]:
    """The section, and the plots it made (name -> PNG bytes)."""
    info, dr = x.info, x.data_report
    data = info.get("data") or {}
    blocks: list = [Para(f"Training data folder: {code(data.get('folder', NA))}.")]
    if dr is None:
        looked = ", ".join(code(p) for p in x.data_report_looked)
        blocks.append(Note(f"No data_report.json (looked at {looked}): this data folder was not written by "
                           "`lorasmith prepare`, so the cleaning counts are unknown."))
    else:
        blocks.append(Para(f"Cleaning report: {code(x.data_report_path)}."))
        inputs = dr.get("inputs") or []
        if inputs:
            rows = [[code(f.get("path", NA)), fint(f.get("records")),
                     ", ".join(f"{k} {v}" for k, v in (f.get("formats") or {}).items()) or NA,
                     code(f.get("sha256", NA))] for f in inputs]
            blocks += [Para("**Source files**"), Table(["file", "records", "formats", "sha256"], rows, "lrll")]
        c = dr.get("counts") or {}
        rows = [[k.replace("_", " "), fint(c.get(k)), _rule(k, dr)] for k in COUNT_KEYS]
        blocks += [Para("**Rows through each rule** (from `prepare`)"), Table(["step", "rows", "rule"], rows, "lrl")]
    files = data.get("sha256") or {}
    rows = [[code("train.jsonl"), fint(data.get("train_rows")), code(files.get("train.jsonl", NA))],
            [code("val.jsonl"), fint(data.get("val_rows")), code(files.get("val.jsonl", NA))]]
    blocks += [Para("**Rows this run used** (after `data.max_train_rows` / `data.max_val_rows`)"),
               Table(["file", "rows", "sha256 of the file"], rows, "lrl")]
    lengths, figures = _length_blocks(x)
    return Section("dataset", "Dataset", blocks + lengths), figures


def _length_blocks(x: Inputs) -> tuple[list, dict]:
    blocks, figures = [Para("**Token lengths** (prompt + response + EOS)")], {}
    rows = []
    if x.data_report and x.data_report.get("token_lengths"):
        t = x.data_report["token_lengths"]
        rows.append(["kept rows (data_report.json)"] + [fint(t.get(k)) for k in ("min", "p50", "p90", "p99", "max")])
    try:
        train, val = used_lengths(x)
    except Exception as exc:  # noqa: BLE001 - a moved data folder or tokenizer must not cost the whole report
        train, val = [], []
        blocks.append(Note(f"Could not recount the token lengths of the rows used: {exc}".splitlines()[0]))
    if train or val:
        rows.append(["train rows used (recounted)"] + _stats(train))
        rows.append(["validation rows used (recounted)"] + _stats(val))
    if rows:
        blocks.append(Table(["rows", "min", "p50", "p90", "p99", "max"], rows, "lrrrrr"))
    png = plots.token_lengths(train, val, x.cfg("data").get("max_tokens"))
    if png is None and x.data_report_path is not None:
        prepared = x.data_report_path.parent / _plain_name(x.data_report.get("histogram"), "token_lengths.png")
        png = prepared.read_bytes() if prepared.is_file() else None
    if png is not None:
        figures["token_lengths.png"] = png
        blocks.append(Image("token_lengths.png", png, "token-length histogram"))
    else:
        blocks.append(Note("No token-length histogram: neither the rows nor prepare's histogram could be read."))
    return blocks, figures


def _plain_name(name, default: str) -> str:
    """A file name read from a data report, used only if it names a file beside it: '../..' or an absolute path
    would copy any readable file into the report."""
    name = str(name or "")
    if name in ("", ".", "..") or any(c in name for c in "/\\\0"):
        return default
    return name


# ---------------------------------------------------------------- method and configuration

def method_section(x: Inputs) -> Section:
    from lorasmith import config as C

    m, lora, t = x.cfg("model"), x.cfg("lora"), x.cfg("train")
    base = "a 4-bit " + str(m.get("quant_type", "")).upper() if m.get("load_in_4bit") else "a full-precision"
    name = "QLoRA" if m.get("load_in_4bit") else "LoRA"
    r, alpha = lora.get("r"), lora.get("alpha")
    scale = f" (scale alpha / r = {alpha / r:g})" if num(r) and num(alpha) and r else ""
    template = x.info.get("template") or {}
    blocks = [Para(f"**{name}**: rank-{fvalue(r)} adapters with alpha {fvalue(alpha)}{scale} on "
                   f"{', '.join(code(t_) for t_ in lora.get('target_modules') or [])} of {base} frozen base, "
                   "trained by TRL's SFTTrainer with AdamW. The loss covers the response and the end-of-sequence "
                   f"token only; prompts use the {code(template.get('name', NA))} template.")]
    micro = t.get("micro_batch_size") or t.get("batch_size")
    if num(micro) and num(t.get("batch_size")) and micro:
        blocks.append(Para(f"Batch {fvalue(t.get('batch_size'))} = micro-batch {fvalue(micro)} x gradient "
                           f"accumulation {fvalue(t['batch_size'] // micro)}."))
    rows = []
    for section, cls in C.SECTIONS.items():
        docs = C.field_docs(cls)
        for key, value in x.cfg(section).items():
            rows.append([code(f"{section}.{key}"), code(fvalue(value)), docs.get(key, "")])
    rows.append([code("output"), code(fvalue((x.info.get("config") or {}).get("output"))), "Run directory."])
    blocks += [Para("**Configuration** (every key, as resolved for this run; from `run.json`)"),
               Table(["key", "value", "meaning"], rows, "lll")]
    if template.get("kind") == "text":
        blocks += [Para("**Prompt template** (rows with an input; the response follows it)"),
                   Code(template.get("with_input", ""))]
    return Section("method", "Method and configuration", blocks)


# ---------------------------------------------------------------- training

def training_section(x: Inputs) -> tuple[Section, dict]:
    info, params = x.info, x.info.get("parameters") or {}
    logged = [r for r in x.metrics if num(r.get("loss"))]
    speeds = [r["tokens_per_s"] for r in x.metrics if num(r.get("tokens_per_s"))]
    tokens, runtime = info.get("tokens_seen"), info.get("train_runtime_s")
    overall = tokens / runtime if num(tokens) and num(runtime) and runtime > 0 else None
    rows = [
        ["Optimizer steps", fint(info.get("steps"))],
        ["Epochs", ffloat(info.get("epochs"), 2)],
        ["Training loss, mean over the run", ffloat(info.get("train_loss"))],
        ["Training loss, last logged", ffloat(logged[-1]["loss"]) if logged else NA],
        ["Tokens seen", fint(tokens)],
        ["Tokens / s (tokens seen / training runtime)", ffloat(overall, 1)],
        ["Tokens / s, median of logging intervals", ffloat(statistics.median(speeds), 1) if speeds else NA],
        ["Training runtime", fseconds(runtime)],
        ["Wall time (load, train, save)", fseconds(info.get("wall_time_s"))],
        ["Peak memory", fbytes(info.get("peak_memory_bytes"))],
        ["Trainable parameters", f"{fint(params.get('trainable'))} ({fpct(params.get('trainable_share'))} of "
                                 f"{fint(params.get('total'))})"],
    ]
    blocks: list = [Table(["", "value"], rows, "lr")]
    figures = {}
    if not x.metrics:
        blocks.append(Note(f"{code(x.run.metrics)} is missing or empty: no curves to draw."))
    for name, fn, alt in (("loss.png", plots.loss_curves, "training and validation loss"),
                          ("lr.png", plots.lr_schedule, "learning-rate schedule"),
                          ("throughput.png", plots.throughput, "tokens per second")):
        png = fn(x.metrics)
        if png is not None:
            figures[name] = png
            blocks.append(Image(name, png, alt))
    return Section("training", "Training", blocks), figures


# ---------------------------------------------------------------- artifacts and reproduction

def artifacts_section(x: Inputs) -> Section:
    from lorasmith.models import sha256_file

    adapter = x.run.adapter
    files = sorted(p for p in adapter.rglob("*") if p.is_file()) if adapter.is_dir() else []
    if not files:
        return Section("artifacts", "Artifacts", [Note(f"{code(adapter)} is missing: the adapter was not saved.")])
    rows = [[code(p.relative_to(adapter).as_posix()), fint(p.stat().st_size), code(sha256_file(p))] for p in files]
    blocks = [Para(f"Adapter folder {code(adapter)}: {len(files)} files, "
                   f"{fint(sum(p.stat().st_size for p in files))} bytes in all."),
              Table(["file", "bytes", "sha256"], rows, "lrl")]
    return Section("artifacts", "Artifacts", blocks)


def reproduction_section(x: Inputs) -> Section:
    info = x.info
    base, data = info.get("base_model") or {}, info.get("data") or {}
    command = info.get("command")
    blocks = [Para("**Command** (exactly as run, from `run.json`)")]
    blocks.append(Code(command, "sh") if command else
                  Note("No command recorded: the run was started from Python (`lorasmith.train.train`)."))
    blocks += [Para(f"The resolved configuration is in {code(x.run.root / 'config.yaml')}; "
                    "to repeat the run elsewhere:"),
               Code(f"lorasmith train --config {x.run.root / 'config.yaml'} --output <new run directory>", "sh")]
    rows = [["seed", code(fvalue(info.get("seed")))],
            ["base model weights sha256", code(base.get("weights_sha256") or NA)]]
    rows += [[f"{name} sha256", code(h)] for name, h in (data.get("sha256") or {}).items()]
    blocks += [Para("**Inputs**"), Table(["", "value"], rows, "ll")]
    versions = [["lorasmith", code(info.get("lorasmith_version") or NA)]]
    versions += [[name, code(v or "not installed")] for name, v in (info.get("versions") or {}).items()]
    blocks += [Para("**Package versions**"), Table(["package", "version"], versions, "ll")]
    return Section("reproduction", "Reproduction", blocks)
