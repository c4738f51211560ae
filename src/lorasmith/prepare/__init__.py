"""`lorasmith prepare`: validate, clean, deduplicate, filter and split an instruction dataset.

Rules, in order: 1 invalid / empty, 2 exact duplicates, 3 near duplicates, 4 too long, 5 outliers, 6 split.
Writes OUT/train.jsonl, val.jsonl, rejected.jsonl, data_report.json, data_report.md and token_lengths.png,
all into a temporary sibling folder that replaces OUT only when everything is written.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import time
from pathlib import Path

from lorasmith.errors import UserError

DEFAULTS = dict(model="embedded", max_tokens=512, val_fraction=0.1, seed=42, near_dup_threshold=0.85,
                template="default", outliers=True, num_proc=1)


def _threshold(text: str):
    if text.lower() in ("off", "none"):
        return None
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1] or 'off', not {text!r}") from None
    return value


def add_arguments(verb: str, p: argparse.ArgumentParser) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="data files (.jsonl, .json, .csv, .parquet), or 'sample' for the shipped coding dataset")
    p.add_argument("--out", required=True, help="output folder (must be new or empty unless --overwrite)")
    p.add_argument("--model", default=DEFAULTS["model"], help="base model whose tokenizer measures lengths")
    p.add_argument("--max-tokens", type=int, default=DEFAULTS["max_tokens"],
                   help="longest row kept, prompt + response + EOS (default: %(default)s)")
    p.add_argument("--val-fraction", type=float, default=DEFAULTS["val_fraction"],
                   help="share of kept rows held out for validation (default: %(default)s)")
    p.add_argument("--seed", type=int, default=DEFAULTS["seed"], help="split seed (default: %(default)s)")
    p.add_argument("--near-dup-threshold", type=_threshold, default=DEFAULTS["near_dup_threshold"],
                   help="Jaccard similarity at which a row is a near duplicate, or 'off' (default: %(default)s)")
    p.add_argument("--template", default=DEFAULTS["template"], help="prompt template (default: %(default)s)")
    p.add_argument("--map", action="append", default=[], metavar="SOURCE=FIELD",
                   help="rename an input field, e.g. --map question=instruction --map answer=output")
    p.add_argument("--no-outliers", dest="outliers", action="store_false",
                   help="keep statistical outliers (short answers to long prompts, degenerate repetition)")
    p.add_argument("--overwrite", action="store_true", help="replace a non-empty --out folder")
    p.add_argument("--num-proc", type=int, default=DEFAULTS["num_proc"],
                   help="processes for parsing and tokenizing (output is identical for any value)")


def run(verb: str, args: argparse.Namespace) -> int:
    start = time.monotonic()
    report = prepare(args.inputs, args.out, model=args.model, max_tokens=args.max_tokens,
                     val_fraction=args.val_fraction, seed=args.seed, near_dup_threshold=args.near_dup_threshold,
                     template=args.template, field_map=args.map, outliers=args.outliers,
                     overwrite=args.overwrite, num_proc=args.num_proc)
    c = report["counts"]
    removed = ", ".join(f"{k.replace('_', ' ')} {c[k]}" for k in
                        ("invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers"))
    secs = time.monotonic() - start
    print(f"{c['input_rows']} rows in {secs:.1f} s: kept {c['kept']} (train {c['train']}, val {c['val']}); "
          f"removed {removed}")
    print(f"wrote {Path(args.out) / 'train.jsonl'}, val.jsonl, rejected.jsonl, data_report.md")
    return 0


def _check_settings(max_tokens, val_fraction, near_dup_threshold, num_proc) -> None:
    if max_tokens < 1:
        raise UserError(f"--max-tokens {max_tokens}: must be at least 1")
    if not 0 <= val_fraction < 1:
        raise UserError(f"--val-fraction {val_fraction}: must be at least 0 and below 1")
    if near_dup_threshold is not None and not 0 < near_dup_threshold <= 1:
        raise UserError(f"--near-dup-threshold {near_dup_threshold}: must be in (0, 1], or 'off'")
    if num_proc < 1:
        raise UserError(f"--num-proc {num_proc}: must be at least 1")


def _check_out(out: Path, overwrite: bool, paths: list[Path]) -> None:
    if out.exists() and not out.is_dir():
        raise UserError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not overwrite:
        raise UserError(f"{out}: folder exists and is not empty; pass --overwrite to replace it")
    # --overwrite replaces the whole folder: never one that holds the inputs or the working directory.
    where = out.resolve()
    for p in paths + [Path.cwd()]:
        if p.resolve() == where or where in p.resolve().parents:
            raise UserError(f"{out}: the output folder must not contain {p}; choose a new folder for --out")


def prepare(inputs, out, *, model="embedded", max_tokens=512, val_fraction=0.1, seed=42, near_dup_threshold=0.85,
            template="default", field_map=None, outliers=True, overwrite=False, num_proc=1, progress=None) -> dict:
    """Run every rule over `inputs` and write the prepared folder `out`; returns the data report.

    `near_dup_threshold=None` turns near-duplicate removal off (near duplicates are still kept on one side of
    the split). `num_proc > 1` starts worker processes with the 'spawn' method, so a script that calls this
    needs the usual `if __name__ == "__main__":` guard. `progress`: show a progress bar (None: when stderr is
    a terminal).
    """
    from lorasmith import models, templates
    from lorasmith.prepare import pipeline, read, work
    from lorasmith.rundir import atomic_dir

    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    _check_settings(max_tokens, val_fraction, near_dup_threshold, num_proc)
    paths = read.resolve_inputs(list(inputs))
    fmap = read.parse_field_map(field_map)
    out = Path(out)
    _check_out(out, overwrite, paths)
    tpl = templates.get_template(template)
    model_path, model_id = models.resolve_model(model)
    tokenizer = _tokenizer(model_path)
    settings = dict(model=model, max_tokens=max_tokens, val_fraction=val_fraction, seed=seed,
                    near_dup_threshold=near_dup_threshold, template=tpl.name, field_map=fmap, outliers=outliers)
    with atomic_dir(out) as tmp:
        _usual_permissions(tmp)
        with open(tmp / "rejected.jsonl", "w", encoding="utf-8", newline="\n") as rejected:
            state = pipeline.Pass(paths, rejected, max_tokens, near_dup_threshold)
            worker = work.Worker(work.local_counter(tokenizer, tpl), fmap)
            spec = work.counter_spec(tokenizer, tpl, model_path) if num_proc > 1 else None
            guard = work.Counts(tokenizer, tpl)
            with pipeline.progress_bar(progress) as bar, \
                    contextlib.closing(pipeline.run_chunks(paths, worker, num_proc, spec, bar)) as results:
                for fi, chunk in results:
                    guard.check(chunk)
                    state.consume(fi, chunk)
            state.check_rows()
            if outliers:
                state.drop_outliers()
        report = _write(tmp, state, settings, tpl, tokenizer, model_id, model_path)
    return report


def _write(tmp: Path, state, settings: dict, tpl, tokenizer, model_id: str, model_path: str) -> dict:
    from lorasmith.prepare import report as rep, split
    from lorasmith.prepare.pipeline import dump_row

    groups = [state.index.cluster(k[2]) for k in state.kept]
    is_val = split.split(groups, settings["val_fraction"], settings["seed"])
    with open(tmp / "train.jsonl", "w", encoding="utf-8", newline="\n") as tr, \
            open(tmp / "val.jsonl", "w", encoding="utf-8", newline="\n") as va:
        for k, v in zip(state.kept, is_val):
            (va if v else tr).write(dump_row(state.index.row(k[2])) + "\n")
    c = state.counts
    c["kept"], c["val"] = len(state.kept), sum(is_val)
    c["train"] = c["kept"] - c["val"]
    assert c["input_rows"] == c["kept"] + sum(c[k] for k in rep.REMOVALS), c  # each record: kept or rejected
    lengths = [k[3] + k[4] for k in state.kept]
    model = {"id": model_id, "tokenizer": str(getattr(tokenizer, "name_or_path", "") or model_path),
             "eos_token": tokenizer.eos_token, "template": tpl.to_dict()}
    report = rep.build(state, settings, lengths, model)
    # Plain writes: the whole folder is renamed into place only when every file is complete.
    # backslashreplace: a lone surrogate (say, in an input file's name) becomes a \\udXXX escape, valid JSON
    (tmp / "data_report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8",
                                          errors="backslashreplace")
    rep.histogram(lengths, settings["max_tokens"], tmp / rep.HISTOGRAM)
    (tmp / "data_report.md").write_text(rep.markdown(report, state.examples), encoding="utf-8",
                                        errors="backslashreplace")
    return report


def _usual_permissions(folder: Path) -> None:
    # The temporary folder is created private (0700); the finished one should look like any other folder.
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(folder, 0o777 & ~mask)


_TOKENIZERS: dict[str, object] = {}


def _tokenizer(model_path: str):
    """Loaded once per process: `train` and the tests call `prepare` repeatedly with the same model."""
    from lorasmith.models import load_tokenizer

    if model_path not in _TOKENIZERS:
        _TOKENIZERS.clear()
        _TOKENIZERS[model_path] = load_tokenizer(model_path)
    return _TOKENIZERS[model_path]
