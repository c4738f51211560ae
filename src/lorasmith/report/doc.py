"""The report as plain data: sections of blocks that the Markdown and HTML writers both render.

Building the content once and rendering it twice keeps TRAINING_REPORT.md and report.html saying the same thing.
Text in blocks may use two inline marks only, `code` and **bold**; everything else is literal.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field


@dataclass
class Para:
    text: str


@dataclass
class Note:
    """Something the report could not show (a missing optional input), and how to get it."""

    text: str


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    align: str = ""  # one letter per column: l or r (default l)


@dataclass
class Image:
    name: str  # file name under RUN/plots/
    png: bytes
    alt: str


@dataclass
class Code:
    text: str
    lang: str = ""


@dataclass
class Compare:
    """One sample answered by several models, shown side by side in HTML."""

    title: str
    prompt: str
    panes: list[tuple[str, str]]  # (label, text)


@dataclass
class Section:
    key: str
    title: str
    blocks: list = field(default_factory=list)


# ---------------------------------------------------------------- number formatting shared by all sections

NA = "n/a"


def num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


def fint(x) -> str:
    """An integer with thousands separators."""
    return f"{int(x):,}" if num(x) else NA


def ffloat(x, digits: int = 4) -> str:
    if not num(x):
        return NA
    if x != 0 and abs(x) < 10 ** -digits:
        return f"{x:.{digits}e}"
    return f"{x:.{digits}f}"


def fdelta(before, after, digits: int = 4) -> str:
    """after - before with its sign; integers stay integers."""
    if not (num(before) and num(after)):
        return ""
    if isinstance(before, int) and isinstance(after, int):
        return f"{after - before:+,}"
    return f"{after - before:+.{digits}f}"


def fpct(share, digits: int = 4) -> str:
    return f"{share * 100:.{digits}f}%" if num(share) else NA


def fbytes(n) -> str:
    """'567.1 MiB (594,690,048 bytes)'."""
    if not num(n):
        return NA
    value, unit = float(n), "bytes"
    for u in ("KiB", "MiB", "GiB", "TiB"):
        if value < 1024:
            break
        value, unit = value / 1024, u
    return f"{fint(n)} bytes" if unit == "bytes" else f"{value:.1f} {unit} ({fint(n)} bytes)"


def fseconds(s) -> str:
    if not num(s):
        return NA
    if s < 60:
        return f"{s:.1f} s"
    m, sec = divmod(s, 60)
    if m < 60:
        return f"{s:.1f} s ({int(m)} min {sec:.0f} s)"
    h, m = divmod(m, 60)
    return f"{s:.1f} s ({int(h)} h {int(m)} min)"


def fvalue(v) -> str:
    """A config or metric value as it would be typed: lists comma-joined, floats unrounded."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "none"
    if isinstance(v, (list, tuple)):
        return ", ".join(fvalue(x) for x in v)
    if isinstance(v, float):
        return repr(v)
    return str(v)


def code(text) -> str:
    """Inline code that survives any backticks inside `text`."""
    text = str(text).replace("\n", " ")
    return f"`{text}`" if "`" not in text else f"`` {text} ``"


_INLINE = re.compile(r"``\s(.+?)\s``|`([^`\n]+)`|\*\*(.+?)\*\*")


def segments(text: str) -> list[tuple[str, str]]:
    """Split inline text into ("plain" | "code" | "bold", content) pieces."""
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            out.append(("plain", text[pos:m.start()]))
        if m.group(3) is not None:
            out.append(("bold", m.group(3)))
        else:
            out.append(("code", m.group(1) if m.group(1) is not None else m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append(("plain", text[pos:]))
    return out
