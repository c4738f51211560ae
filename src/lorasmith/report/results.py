"""The results section: validation loss before and after training (run.json) and whatever RUN/eval.json holds.

eval.json is read defensively. Its scalar leaves are grouped by model wherever a key names one ("base",
"adapter", ...) along the path, so both {"base": {"humaneval": {...}}} and {"humaneval": {"base": {...}}}
give one row per metric with a column per model. Lists named like "samples" become side-by-side answers.
"""

from __future__ import annotations

import json
import math

from lorasmith.report.doc import NA, Compare, Note, Para, Section, Table, code, fdelta, ffloat, fint, fvalue, num

MODEL_KEYS = {"base": "base", "adapter": "adapter", "tuned": "adapter",
              "finetuned": "adapter", "fine_tuned": "adapter", "lora": "adapter", "merged": "merged"}
MODEL_LABELS = {"base": "Base model", "adapter": "Base + adapter", "merged": "Merged model"}
TEXT_KEYS = ("completion", "answer", "response", "output", "generation", "text", "prediction")
PROMPT_KEYS = ("prompt", "instruction", "question")
ID_KEYS = ("task_id", "id", "name")
REFERENCE_KEYS = ("reference", "expected", "target", "canonical_solution")
STATUS_KEYS = ("status", "passed")
MAX_SAMPLES = 6
MAX_CHARS = 2000


def results_section(run, info: dict) -> Section:
    blocks = _validation_blocks(info)
    path = run.eval_json
    if not path.is_file():
        blocks.append(Note(f"No {code(path.name)} in this run yet: run `lorasmith eval {run.root}` for base-versus-"
                           f"adapter validation loss and HumanEval, then `lorasmith report {run.root}`."))
        return Section("results", "Results", blocks)
    try:
        ev = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        blocks.append(Note(f"{code(path)} could not be read: {str(exc).splitlines()[0]}"))
        return Section("results", "Results", blocks)
    if not isinstance(ev, dict):
        blocks.append(Note(f"{code(path)} is not a JSON object; nothing to show."))
        return Section("results", "Results", blocks)
    blocks.append(Para(f"From {code(path)}:"))
    blocks += eval_blocks(ev)
    return Section("results", "Results", blocks)


def _validation_blocks(info: dict) -> list:
    start, end, best = info.get("eval_loss_start"), info.get("eval_loss_end"), info.get("best_eval_loss")
    if not num(start) and not num(end):
        return [Note("No validation loss in run.json: the run had no validation rows.")]
    ppl = lambda x: ffloat(math.exp(x), 2) if num(x) and x < 700 else NA  # noqa: E731
    change = fdelta(start, end)
    rows = [["validation loss", ffloat(start), ffloat(end), ffloat(best), change],
            ["perplexity (exp of the loss)", ppl(start), ppl(end), ppl(best), ""]]
    n = (info.get("data") or {}).get("val_rows")
    return [Para(f"Validation loss on the {fvalue(n)} validation rows, measured by the trainer at step 0 and at "
                 "the end (mean cross-entropy per response token, from `run.json`):"),
            Table(["", "before training", "after training", "best", "change"], rows, "lrrrr")]


# ---------------------------------------------------------------- eval.json

def _flatten(obj, path=()):
    """(path, value) for every scalar leaf; lists are left to the samples reader."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if "sample" in str(k).lower():
                continue
            yield from _flatten(v, path + (str(k),))
    elif isinstance(obj, (int, float, str, bool)) or obj is None:
        yield path, obj


def _split_model(path: tuple) -> tuple[str | None, str]:
    model = None
    rest = []
    for part in path:
        if model is None and part.lower() in MODEL_KEYS:
            model = MODEL_KEYS[part.lower()]
        else:
            rest.append(part)
    return model, " / ".join(rest) or "value"


def _cell(v) -> str:
    if num(v):
        return ffloat(v) if isinstance(v, float) else fint(v)
    text = fvalue(v)
    return code(text) if isinstance(v, str) else text


def eval_blocks(ev: dict) -> list:
    by_metric: dict[str, dict[str, object]] = {}
    other: list[list[str]] = []
    for path, value in _flatten(ev):
        if value is None or (isinstance(value, str) and len(value) > 200):
            continue  # not measured, or long text that is no metric
        model, metric = _split_model(path)
        if model is None:
            other.append([code(metric), _cell(value)])
        else:
            by_metric.setdefault(metric, {})[model] = value
    blocks: list = []
    if by_metric:
        models = [m for m in ("base", "adapter", "merged") if any(m in v for v in by_metric.values())]
        headers = ["metric"] + [MODEL_LABELS[m] for m in models]
        with_change = models[:2] == ["base", "adapter"]
        rows = []
        for metric, values in by_metric.items():
            row = [code(metric)] + [_cell(values.get(m)) if m in values else NA for m in models]
            if with_change:
                row.append(fdelta(values.get("base"), values.get("adapter")))
            rows.append(row)
        if with_change:
            headers.append("adapter - base")
        blocks.append(Table(headers, rows, "l" + "r" * (len(headers) - 1)))
    if not any("humaneval" in metric.lower() for metric in by_metric):
        blocks.append(Note(f"HumanEval was not measured: run `lorasmith eval {ev.get('run') or 'RUN'} --humaneval`."))
    if other:
        blocks += [Para("**Other fields**"), Table(["field", "value"], other, "ll")]
    samples = sample_blocks(ev)
    if samples:
        blocks += [Para(f"**Sample answers** (the first {len(samples)}, side by side)")] + samples
    if not blocks:
        blocks.append(Note("eval.json holds no number or sample this report knows how to show."))
    return blocks


# ---------------------------------------------------------------- samples

def _find_lists(obj, path=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if "sample" in str(k).lower() and isinstance(v, list):
                yield path + (str(k),), v
            else:
                yield from _find_lists(v, path + (str(k),))


def _first(d: dict, keys) -> str | None:
    for k in keys:
        if isinstance(d.get(k), str) and d[k].strip():
            return d[k]
    return None


def _text(item) -> str | None:
    if isinstance(item, str):
        return item
    if isinstance(item, dict):  # an empty answer is still an answer
        return next((item[k] for k in TEXT_KEYS if isinstance(item.get(k), str)), None)
    return None


def _prompt(item: dict) -> str:
    prompt = _first(item, PROMPT_KEYS) or ""
    extra = item.get("input") if isinstance(item.get("input"), str) else ""
    return f"{prompt}\n\n{extra}".strip() if extra and extra not in prompt else prompt


def _answer(entry: dict, model: str, item) -> None:
    text = _text(item)
    if text is None:
        return
    label = MODEL_LABELS[model]
    entry["answers"][label] = text
    status = next((item[k] for k in STATUS_KEYS if isinstance(item, dict) and k in item), None)
    if status is not None:
        entry["status"][label] = status if isinstance(status, str) else ("passed" if status else "failed")


def _merge_samples(ev: dict) -> list[dict]:
    """[{"id", "source", "prompt", "answers": {label: text}, "status": {label: status}}], in the order first
    seen; a sample's answers may come from one item holding every model or from one list per model."""
    merged: dict[str, dict] = {}
    for path, items in _find_lists(ev):
        model, where = _split_model(path[:-1])
        source = "" if where == "value" else where
        for i, item in enumerate(items):
            d = item if isinstance(item, dict) else {}
            key = f"{source}:{_first(d, ID_KEYS) or _first(d, PROMPT_KEYS) or i}"
            entry = merged.setdefault(key, {"id": _first(d, ID_KEYS), "source": source, "prompt": _prompt(d),
                                            "answers": {}, "status": {}})
            entry["prompt"] = entry["prompt"] or _prompt(d)
            if model is not None:
                _answer(entry, model, item)
                continue
            for k, v in d.items():  # one item holding every model's answer
                if str(k).lower() in MODEL_KEYS:
                    _answer(entry, MODEL_KEYS[str(k).lower()], v)
            ref = _first(d, REFERENCE_KEYS)
            if ref is not None:
                entry["answers"].setdefault("Reference", ref)
    return [e for e in merged.values() if e["answers"]]


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS] + f"\n[... {len(text) - MAX_CHARS} more characters]"


def sample_blocks(ev: dict) -> list:
    order = [MODEL_LABELS["base"], MODEL_LABELS["adapter"], MODEL_LABELS["merged"], "Reference"]
    blocks = []
    for n, e in enumerate(_merge_samples(ev)[:MAX_SAMPLES], 1):
        panes = [(label + (f" ({e['status'][label]})" if label in e["status"] else ""), _clip(e["answers"][label]))
                 for label in order if label in e["answers"]]
        title = f"Sample {n}" + (f" ({e['source']})" if e["source"] else "") + (f": {e['id']}" if e["id"] else "")
        blocks.append(Compare(title, _clip(e["prompt"]), panes))
    return blocks
