"""`lorasmith eval`: the base model against base + adapter, written to RUN/eval.json and printed as a table.

* Validation loss: the mean cross-entropy over every response token (and the end-of-sequence token) of the
  run's validation rows, weighted by tokens, with the prompt masked out, as in training. Perplexity is
  exp(loss). The trainer's evaluation averages per-batch means, so `trainer_style_loss` (same rows, the
  trainer's batches) is recorded too: for the adapter it reproduces run.json's final eval_loss.
* HumanEval (`--humaneval`): greedy pass@1, each completion checked in `lorasmith.sandbox` (see humaneval.py).
* A few side-by-side answers of both models, on validation rows and HumanEval problems.

The base model is the same loaded model with the adapter switched off (`PeftModel.disable_adapter`), so
both figures come from one load with identical quantization.
"""

from __future__ import annotations

import math
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from lorasmith.errors import UserError

DEFAULT_MAX_NEW_TOKENS = 512  # HumanEval answers: a whole function
DEFAULT_SAMPLE_TOKENS = 128  # side-by-side answers to validation rows: enough to compare, quick on a CPU


def add_arguments(verb, p):
    p.add_argument("run_dir", metavar="RUN", help="run directory written by `lorasmith train`")
    p.add_argument("--humaneval", action="store_true", help="also measure HumanEval pass@1 (greedy, sandboxed)")
    p.add_argument("--limit", type=int, default=0, help="only the first N HumanEval problems (default: all 164)")
    p.add_argument("--max-new-tokens", type=int, default=DEFAULT_MAX_NEW_TOKENS,
                   help=f"longest HumanEval answer in tokens (default {DEFAULT_MAX_NEW_TOKENS})")
    p.add_argument("--sample-tokens", type=int, default=DEFAULT_SAMPLE_TOKENS,
                   help=f"longest side-by-side answer to a validation row (default {DEFAULT_SAMPLE_TOKENS})")
    p.add_argument("--val-limit", type=int, default=0, help="only the first N validation rows (default: all)")
    p.add_argument("--batch-size", type=int, default=8, help="rows per forward / generate call (default 8)")
    p.add_argument("--timeout", type=float, default=10.0, help="seconds allowed per HumanEval program (default 10)")
    p.add_argument("--samples", type=int, default=3, help="side-by-side answers kept per task (default 3; 0 = none)")


def run(verb, args) -> int:
    for name in ("limit", "val_limit", "samples"):
        if getattr(args, name) < 0:
            raise UserError(f"--{name.replace('_', '-')} must be 0 or more")
    for name in ("max_new_tokens", "sample_tokens", "batch_size", "timeout"):
        if getattr(args, name) <= 0:
            raise UserError(f"--{name.replace('_', '-')} must be above 0")
    result = evaluate(args.run_dir, humaneval=args.humaneval, limit=args.limit, max_new_tokens=args.max_new_tokens,
                      val_limit=args.val_limit, batch_size=args.batch_size, timeout=args.timeout, samples=args.samples,
                      sample_tokens=args.sample_tokens)
    print(format_table(result))
    return 0


def _log(msg: str) -> None:
    print(f"lorasmith eval: {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- validation data

def validation_rows(run, info: dict, val_limit: int = 0) -> tuple[list[dict], dict]:
    """The run's validation rows (all, or the first `val_limit`) and where they came from."""
    from lorasmith.generate import read_rows
    from lorasmith.models import sha256_file

    data = info.get("data") or {}
    folder = Path(data.get("folder") or run.data)
    path = folder / "val.jsonl"
    if not path.is_file() and (run.data / "val.jsonl").is_file():
        path = run.data / "val.jsonl"  # a raw file that train prepared into RUN/data, run dir moved since
    if not path.is_file():
        if data.get("val_rows"):
            raise UserError(f"{path}: validation file of this run is missing (run.json data.folder)")
        return [], {"file": None, "rows": 0}
    rows = read_rows(path)
    for n, row in enumerate(rows, 1):
        if not isinstance(row.get("output"), str):
            raise UserError(f"{path}: row {n} needs a string 'output'")
    expected = (data.get("sha256") or {}).get("val.jsonl")
    same = expected is None or sha256_file(path) == expected
    if not same:
        _log(f"warning: {path} changed since training; its loss is not comparable to run.json's eval_loss")
    if val_limit:
        rows = rows[:val_limit]
    return rows, {"file": str(path), "rows": len(rows), "same_as_training": same,
                  "training_val_rows": data.get("val_rows")}


def validation_loss(model, tokenizer, template, rows: list[dict], batch_size: int = 8, trainer_batch: int = 0) -> dict:
    """Token-weighted mean cross-entropy over the trained (response + EOS) tokens of `rows`, as in training.

    The trainer's own evaluation averages per-batch means instead (each batch of `trainer_batch` rows, in
    file order, weighted by its row count); that figure is added as `trainer_style_loss` when `trainer_batch`
    is given. The two agree whenever the validation rows fit in one evaluation batch.
    """
    import torch
    import torch.nn.functional as F

    from lorasmith.templates import IGNORE_INDEX, encode

    examples = [encode(template, tokenizer, r) for r in rows]
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["input_ids"]))  # little padding
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    device = next(model.parameters()).device
    sums, counts = [0.0] * len(rows), [0] * len(rows)
    for start in range(0, len(order), batch_size):
        idx = order[start:start + batch_size]
        batch = [examples[i] for i in idx]
        width = max(len(e["input_ids"]) for e in batch)
        ids = torch.tensor([e["input_ids"] + [pad] * (width - len(e["input_ids"])) for e in batch])
        labels = torch.tensor([e["labels"] + [IGNORE_INDEX] * (width - len(e["labels"])) for e in batch])
        mask = torch.tensor([[1] * len(e["input_ids"]) + [0] * (width - len(e["input_ids"])) for e in batch])
        with torch.no_grad():
            logits = model(input_ids=ids.to(device), attention_mask=mask.to(device)).logits
        # position t predicts token t + 1
        logits, targets = logits[:, :-1].float(), labels[:, 1:].to(device)
        per_token = F.cross_entropy(logits.reshape(-1, logits.size(-1)), targets.reshape(-1),
                                    ignore_index=IGNORE_INDEX, reduction="none").view(targets.shape)
        for i, row_sum, row_count in zip(idx, per_token.sum(1).tolist(), (targets != IGNORE_INDEX).sum(1).tolist()):
            sums[i], counts[i] = row_sum, row_count
    total = sum(counts)
    mean = sum(sums) / total if total else float("nan")
    out = {"loss": mean, "perplexity": math.exp(mean) if total and mean < 700 else None, "tokens": total,
           "rows": len(rows)}
    if trainer_batch and total:
        means = []
        for start in range(0, len(rows), trainer_batch):
            n = sum(counts[start:start + trainer_batch])
            means += [sum(sums[start:start + trainer_batch]) / n] * len(counts[start:start + trainer_batch])
        out["trainer_style_loss"] = sum(means) / len(means)
    return out


# ---------------------------------------------------------------- the evaluation

def evaluate(run_dir, *, humaneval=False, limit=0, max_new_tokens=DEFAULT_MAX_NEW_TOKENS, val_limit=0, batch_size=8,
             timeout=10.0, samples=3, sample_tokens=DEFAULT_SAMPLE_TOKENS) -> dict:
    """Measure base and base + adapter, write RUN/eval.json, return what was written."""
    from lorasmith.inference import load_run
    from lorasmith.rundir import RunDir, atomic_write_json

    started = time.time()
    run = RunDir(run_dir)
    info = run.read_run()
    run.require_adapter()  # before any slow loading: a broken run fails in a second
    rows, val_info = validation_rows(run, info, val_limit)
    problems = []
    if humaneval:
        from lorasmith.humaneval import load_problems

        problems = load_problems(limit or None)
    loaded = load_run(run_dir)
    model = loaded.model
    result = {
        "run": str(run.root), "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "base_model": (info.get("base_model") or {}).get("id"), "template": loaded.template.name,
        "load_in_4bit": loaded.cfg.model.load_in_4bit, "device": str(next(model.parameters()).device),
        "run_eval_loss_end": info.get("eval_loss_end"),
        "validation": None, "samples": [], "humaneval": None, "seconds": {},
    }
    if rows:
        t = time.time()
        _log(f"validation loss on {len(rows)} rows")
        tcfg = loaded.cfg.train
        args = (model, loaded.tokenizer, loaded.template, rows, batch_size, tcfg.micro_batch_size or tcfg.batch_size)
        with model.disable_adapter():
            base = validation_loss(*args)
        adapter = validation_loss(*args)
        result["validation"] = {**val_info, "base": base, "adapter": adapter}
        result["seconds"]["validation"] = round(time.time() - t, 2)
    if rows and samples:
        t = time.time()
        picked = rows[:samples]
        base_out, adapter_out = _both(loaded, picked, sample_tokens, batch_size)
        result["samples"] = [{"instruction": r["instruction"], "input": r.get("input") or "", "reference": r["output"],
                              "base": b, "adapter": a} for r, b, a in zip(picked, base_out, adapter_out)]
        result["seconds"]["samples"] = round(time.time() - t, 2)
    if problems:
        t = time.time()
        result["humaneval"] = run_humaneval(loaded, problems, max_new_tokens, batch_size, timeout, samples)
        result["seconds"]["humaneval"] = round(time.time() - t, 2)
    result["seconds"]["total"] = round(time.time() - started, 2)
    atomic_write_json(run.eval_json, result)
    _log(f"wrote {run.eval_json}")
    from lorasmith.report import write_report

    write_report(run.root)  # the report's results section reads eval.json
    return result


def _both(loaded, rows: list[dict], max_new_tokens: int, batch_size: int, what: str = "") -> tuple[list, list]:
    """Greedy answers of the base model and of base + adapter."""
    from lorasmith.generate import generate

    def progress(name):
        return (lambda done, total: _log(f"{what} {name}: {done}/{total}")) if what else None

    with loaded.model.disable_adapter():
        base = generate(loaded, rows, max_new_tokens, 0.0, batch_size, log=progress("base"))
    adapter = generate(loaded, rows, max_new_tokens, 0.0, batch_size, log=progress("base + adapter"))
    return base, adapter


def run_humaneval(loaded, problems: list[dict], max_new_tokens: int, batch_size: int, timeout: float,
                  samples: int) -> dict:
    from lorasmith import humaneval as H

    rows = [H.prompt_row(p) for p in problems]
    _log(f"HumanEval: generating for {len(problems)} problems, twice")
    responses = _both(loaded, rows, max_new_tokens, batch_size, what="HumanEval")
    out = {"problems": len(problems), "instruction": H.INSTRUCTION, "max_new_tokens": max_new_tokens,
           "timeout_s": timeout}
    for name, answers in zip(("base", "adapter"), responses):
        codes = [H.extract_code(a, p["entry_point"]) for a, p in zip(answers, problems)]
        results = H.check_all(problems, codes, timeout)
        for r, a in zip(results, answers):
            r["response"] = a
        out[name] = {**H.summarize(results), "results": results}
    out["samples"] = [
        {"task_id": p["task_id"], "prompt": p["prompt"],
         "base": {"response": b["response"], "status": b["status"]},
         "adapter": {"response": a["response"], "status": a["status"]}}
        for p, b, a in list(zip(problems, out["base"]["results"], out["adapter"]["results"]))[:samples]
    ]
    return out


# ---------------------------------------------------------------- the table

def _num(x, fmt="{:.4f}") -> str:
    return "-" if x is None else fmt.format(x)


def format_table(result: dict) -> str:
    lines = [f"{'':22}{'base':>16}{'base + adapter':>18}{'change':>12}"]
    val = result.get("validation")
    if val:
        for key, label in (("loss", "validation loss"), ("perplexity", "perplexity")):
            b, a = val["base"][key], val["adapter"][key]
            change = a - b if a is not None and b is not None else None
            lines.append(f"{label:22}{_num(b):>16}{_num(a):>18}{_num(change, '{:+.4f}'):>12}")
        lines.append(f"{'':22}({val['rows']} rows, {val['adapter']['tokens']} response tokens)")
        if val["adapter"].get("trainer_style_loss") is not None:
            b, a = val["base"]["trainer_style_loss"], val["adapter"]["trainer_style_loss"]
            run_json = _num(result.get("run_eval_loss_end"))
            lines.append(f"{'  as the trainer batches':22}{_num(b):>16}{_num(a):>18}   (run.json: {run_json})")
    else:
        lines.append("validation loss: no validation rows in this run")
    he = result.get("humaneval")
    if he:
        cells = []
        for name in ("base", "adapter"):
            s = he[name]
            cells.append(f"{100 * s['pass_at_1']:.1f}% ({s['passed']}/{s['problems']})")
        change = 100 * (he["adapter"]["pass_at_1"] - he["base"]["pass_at_1"])
        lines.append(f"{'HumanEval pass@1':22}{cells[0]:>16}{cells[1]:>18}{change:>+11.1f}%")
    lines.append(f"written to {Path(result['run']) / 'eval.json'}")
    return "\n".join(lines)
