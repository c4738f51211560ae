"""data_report.json, data_report.md and the token-length histogram beside them.

Everything in the report is a function of the inputs and the settings (no times, no temporary paths),
so two runs with the same inputs and seed write byte-identical files.
"""

from __future__ import annotations

import math
from pathlib import Path

HISTOGRAM = "token_lengths.png"
REMOVALS = ("invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers")
NORMALISATION = ("Unicode NFC, CRLF and CR to LF, byte-order marks removed, trailing whitespace of every line "
                 "and of the whole field stripped")


def build(state, settings: dict, lengths: list[int], model: dict) -> dict:
    """The data_report.json content."""
    from lorasmith import __version__
    from lorasmith.models import sha256_file
    from lorasmith.prepare import clean, minhash

    idx, thr = state.index, settings["near_dup_threshold"]
    method = (f"MinHash ({minhash.NUM_PERM} permutations) LSH with {idx.bands} bands of {idx.rows_per_band} rows, "
              "every candidate verified with the exact Jaccard; a row is removed when it is a near duplicate of an "
              "earlier kept row") if thr is not None else "removal off; near duplicates only keep groups together"
    miss = 1 - minhash.candidate_probability(idx.group, idx.bands, idx.rows_per_band)
    return {
        "counts": state.counts,
        "token_lengths": length_stats(lengths),
        "inputs": [{"path": name, "sha256": sha256_file(p), "records": f["rows"],
                    "formats": dict(sorted(f["formats"].items()))}
                   for name, p, f in zip(state.names, state.paths, state.per_file)],
        "settings": settings,
        "model": model,
        "normalisation": NORMALISATION,
        "near_duplicates": {
            "method": method, "threshold": thr, "group_threshold": idx.group, "exact_checks": idx.exact_checks,
            "miss_probability_at_threshold": round(miss, 6),
            "shingling": "consecutive 3-token tuples of the row in the default template, lowercased, "
                         "tokens = re.findall(r'\\w+|[^\\w\\s]')",
        },
        "outlier_rule": clean.OUTLIER_RULE if settings["outliers"] else "off (--no-outliers)",
        "split": (f"groups of rows with Jaccard >= {idx.group} (transitively) are shuffled with seed "
                  f"{settings['seed']} and whole groups fill validation up to round(kept * "
                  f"{settings['val_fraction']}) rows"),
        "histogram": HISTOGRAM,
        "lorasmith_version": __version__,
    }


def length_stats(lengths: list[int]) -> dict:
    """min, p50, p90, p99, max by the nearest-rank definition (always a real row's length)."""
    s = sorted(lengths)
    if not s:
        return dict.fromkeys(("min", "p50", "p90", "p99", "max"))

    def rank(q: float) -> int:
        return s[max(math.ceil(q * len(s)) - 1, 0)]

    return {"min": s[0], "p50": rank(0.5), "p90": rank(0.9), "p99": rank(0.99), "max": s[-1]}


def histogram(lengths: list[int], max_tokens: int, path: Path) -> None:
    from lorasmith.deps import require

    require("matplotlib", "the token-length histogram")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7, 3.6), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    top = max(max(lengths, default=1), max_tokens)
    ax.hist(lengths, bins=min(60, max(10, top // 10)), range=(0, top), color="#4c72b0")
    ax.axvline(max_tokens, color="#c44e52", linestyle="--", label=f"--max-tokens {max_tokens}")
    ax.set_xlabel("tokens per row (prompt + response + EOS)")
    ax.set_ylabel("rows")
    ax.set_title(f"Token lengths of the {len(lengths)} kept rows")
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, format="png", metadata={"Software": None})  # no version stamp: keeps the bytes stable


def markdown(report: dict, examples: dict) -> str:
    c, t, s = report["counts"], report["token_lengths"], report["settings"]
    lines = ["# Data report", ""]
    lines.append(f"Prepared by lorasmith {report['lorasmith_version']} with the tokenizer of "
                 f"**{report['model']['id']}** and the `{s['template']}` template.")
    lines += ["", "## Rows", "", "| step | rows |", "|---|---:|"]
    for key in ("input_rows", "invalid", "empty", "exact_duplicates", "near_duplicates", "too_long", "outliers",
                "kept", "train", "val"):
        lines.append(f"| {key.replace('_', ' ')} | {c[key]} |")
    lines += ["", "## Token lengths of kept rows", "",
              "| min | p50 | p90 | p99 | max |", "|---:|---:|---:|---:|---:|",
              f"| {t['min']} | {t['p50']} | {t['p90']} | {t['p99']} | {t['max']} |", "",
              f"![token-length histogram]({HISTOGRAM})", "", "## Rules", ""]
    nd = report["near_duplicates"]
    lines.append(f"1. **invalid / empty**: not JSON, not an object, missing or non-string fields; instruction or "
                 f"output empty after normalisation ({report['normalisation']}).")
    lines.append("2. **exact duplicates** of normalised (instruction, input, output): the first is kept.")
    lines.append(f"3. **near duplicates**: {nd['method']}; threshold {nd['threshold']}; {nd['shingling']}.")
    lines.append(f"4. **too long**: more than {s['max_tokens']} tokens (prompt + response + EOS).")
    state = "on" if s["outliers"] else "off (--no-outliers)"
    lines.append(f"5. **outliers** ({state}): {report['outlier_rule']}")
    lines.append(f"6. **split**: {report['split']}")
    lines += ["", "## Inputs", "", "| file | records | formats | sha256 |", "|---|---:|---|---|"]
    for f in report["inputs"]:
        fmts = ", ".join(f"{k} {v}" for k, v in f["formats"].items()) or "-"
        lines.append(f"| `{f['path']}` | {f['records']} | {fmts} | `{f['sha256'][:16]}…` |")
    lines += ["", "## Settings", "", "```"]
    lines += [f"{k}: {v}" for k, v in s.items()]
    lines += ["```", ""]
    if any(examples.values()):
        lines += ["## Examples of removed rows", "", "All removed rows are in `rejected.jsonl`.", ""]
        order = ("invalid", "empty", "exact_duplicate", "near_duplicate", "too_long", "outlier")
        for rule in order:
            for r in examples.get(rule, []):
                lines.append(f"- {rule}: `{r['source']}:{r['line']}`: {_one_line(r['detail'])}")
        lines.append("")
    return "\n".join(lines)


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
