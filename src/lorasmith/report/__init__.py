"""`lorasmith report RUN`: TRAINING_REPORT.md and a self-contained report.html, every number read from RUN.

Sections: model, dataset, method and configuration, training, results, artifacts, reproduction. `train` calls
`write_report` when it finishes (and `eval` may call it again after writing eval.json), so a missing optional input
(eval.json, data_report.json) is shown as a note in its section, never an error.
"""

from __future__ import annotations

import json
import os
import stat
import sys

from lorasmith.rundir import RunDir, atomic_dir, atomic_write_text


def add_arguments(verb, p) -> None:
    p.add_argument("run_dir", metavar="RUN", help="run directory written by `lorasmith train`")


def run(verb, args) -> int:
    out = write_report(args.run_dir)
    print(f"wrote {out['report_md']} and {out['report_html']} ({len(out['plots'])} plots in {out['plots_dir']})")
    for note in out["notes"]:
        print(f"  note: {note}")
    return 0


def _read_metrics(rd: RunDir) -> list[dict]:
    # A crash can leave half a last line; the report shows every complete one.
    if not rd.metrics.is_file():
        return []
    rows = []
    for line in rd.metrics.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            rows.append(row)
    return rows


def _guarded(key: str, title: str, build, *args):
    """(section, figures). A bug in one section must not cost a finished training run its whole report."""
    from lorasmith.report.doc import Note, Section

    try:
        out = build(*args)
    except Exception as exc:  # noqa: BLE001 - reported in the section and on stderr
        msg = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        print(f"lorasmith report: the {title.lower()} section failed ({msg})", file=sys.stderr)
        return Section(key, title, [Note(f"This section could not be built: {msg}")]), {}
    return out if isinstance(out, tuple) else (out, {})


def build(rd: RunDir, info: dict):
    """(title, intro blocks, sections, figures) for the run directory `rd`."""
    from lorasmith.report import sections as S
    from lorasmith.report.doc import Para, code, ffloat, fint, num
    from lorasmith.report.results import results_section

    report, report_path, looked = S.find_data_report(rd, info)
    x = S.Inputs(rd, info, _read_metrics(rd), report, report_path, looked)
    parts = [
        ("model", "Model", S.model_section, x),
        ("dataset", "Dataset", S.dataset_section, x),
        ("method", "Method and configuration", S.method_section, x),
        ("training", "Training", S.training_section, x),
        ("results", "Results", results_section, rd, info),
        ("artifacts", "Artifacts", S.artifacts_section, x),
        ("reproduction", "Reproduction", S.reproduction_section, x),
    ]
    sections, figures = [], {}
    for key, title, fn, *args in parts:
        section, figs = _guarded(key, title, fn, *args)
        sections.append(section)
        figures.update(figs)
    data = info.get("data") or {}
    summary = (f"Base model {code((info.get('base_model') or {}).get('id', 'n/a'))}, "
               f"{fint(info.get('steps'))} optimizer steps on {fint(data.get('train_rows'))} training rows")
    if num(info.get("eval_loss_start")) and num(info.get("eval_loss_end")):
        summary += (f"; validation loss {ffloat(info['eval_loss_start'])} before and "
                    f"{ffloat(info['eval_loss_end'])} after training")
    intro = [Para(f"{summary}. Run directory: {code(rd.root)}.")]
    return f"Training report: {rd.root.resolve().name}", intro, sections, figures


def write_report(run_dir) -> dict:
    """Write RUN/TRAINING_REPORT.md, RUN/report.html and RUN/plots/*.png; returns what was written."""
    from lorasmith.report import htmlpage, markdown
    from lorasmith.report.doc import Note

    rd = RunDir(run_dir)
    info = rd.read_run()
    title, intro, sections, figures = build(rd, info)
    with atomic_dir(rd.plots) as tmp:  # the whole folder is replaced, so no stale plot survives a re-run
        # mkdtemp makes it private (0700); give it the run directory's own permissions instead.
        os.chmod(tmp, stat.S_IMODE(rd.root.stat().st_mode))
        for name, png in figures.items():
            (tmp / name).write_bytes(png)
    atomic_write_text(rd.report_md, markdown.render(title, intro, sections))
    atomic_write_text(rd.report_html, htmlpage.render(title, intro, sections))
    notes = [b.text for s in sections for b in s.blocks if isinstance(b, Note)]
    return {"report_md": str(rd.report_md), "report_html": str(rd.report_html), "plots_dir": str(rd.plots),
            "plots": [str(rd.plots / name) for name in figures], "sections": [s.key for s in sections],
            "notes": notes}


__all__ = ["write_report", "add_arguments", "run", "build"]
