"""The report's figures as PNG bytes: loss curves, learning-rate schedule, throughput, token lengths.

Figures are built on matplotlib's object API with the Agg canvas, never pyplot, so drawing a report changes
no global state in the process that trained (or in a notebook that imported pyplot itself).
"""

from __future__ import annotations

import io

from lorasmith.deps import require

BLUE, RED, GREEN, GREY = "#4c72b0", "#c44e52", "#55a868", "#8c8c8c"


def _figure(width: float = 7.0, height: float = 3.4):
    require("matplotlib", "the report's plots")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _png(fig) -> bytes:
    fig.tight_layout()
    buf = io.BytesIO()
    # No "Software" stamp: the same run directory gives byte-identical images.
    fig.savefig(buf, format="png", metadata={"Software": None})
    return buf.getvalue()


def _series(rows: list[dict], key: str) -> tuple[list[float], list[float]]:
    pts = [(r["step"], r[key]) for r in rows if isinstance(r.get(key), (int, float)) and "step" in r]
    return [p[0] for p in pts], [p[1] for p in pts]


def loss_curves(metrics: list[dict]) -> bytes | None:
    """Training loss per logging step and validation loss per evaluation, against optimizer steps."""
    xs, ys = _series(metrics, "loss")
    vx, vy = _series(metrics, "eval_loss")
    if not xs and not vx:
        return None
    fig, ax = _figure()
    if xs:
        ax.plot(xs, ys, color=BLUE, marker="." if len(xs) < 60 else None, label="training loss")
    if vx:
        ax.plot(vx, vy, color=RED, marker="o", label="validation loss")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("cross-entropy loss (nats / token)")
    ax.set_title("Loss")
    ax.grid(alpha=0.3)
    ax.legend()
    return _png(fig)


def lr_schedule(metrics: list[dict]) -> bytes | None:
    return _step_plot(metrics, "lr", GREEN, "learning rate", "Learning-rate schedule (as logged)", sci=True)


def throughput(metrics: list[dict]) -> bytes | None:
    return _step_plot(metrics, "tokens_per_s", GREY, "tokens / s",
                      "Training throughput per logging interval (evaluations included)")


def _step_plot(metrics: list[dict], key: str, color, ylabel: str, title: str, sci: bool = False) -> bytes | None:
    """One logged quantity against the optimizer step, from zero up; None when it was never logged."""
    xs, ys = _series(metrics, key)
    if not xs:
        return None
    fig, ax = _figure(7.0, 2.8)
    ax.plot(xs, ys, color=color, marker="." if len(xs) < 60 else None)
    ax.set_xlabel("optimizer step")
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    if sci:
        ax.ticklabel_format(axis="y", style="sci", scilimits=(-3, 3))
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    return _png(fig)


def token_lengths(train: list[int], val: list[int], max_tokens: int | None) -> bytes | None:
    if not train and not val:
        return None
    fig, ax = _figure()
    top = max(train + val + [max_tokens or 0, 1])
    bins = min(60, max(10, top // 8))
    series = [(train, f"train ({len(train)} rows)", BLUE), (val, f"validation ({len(val)} rows)", RED)]
    ax.hist([s for s, _, _ in series if s], bins=bins, range=(0, top), stacked=True,
            color=[c for s, _, c in series if s], label=[name for s, name, _ in series if s])
    if max_tokens:
        ax.axvline(max_tokens, color=GREY, linestyle="--", label=f"data.max_tokens {max_tokens}")
    ax.set_xlim(0, top * 1.04)  # keep the max_tokens line off the frame
    ax.set_xlabel("tokens per row (prompt + response + EOS)")
    ax.set_ylabel("rows")
    ax.set_title("Token lengths of the rows this run used")
    ax.legend()
    return _png(fig)
