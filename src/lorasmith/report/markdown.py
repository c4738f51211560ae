"""TRAINING_REPORT.md: the report's sections as GitHub-flavoured Markdown, images linked from plots/."""

from __future__ import annotations

import re

from lorasmith.report.doc import Code, Compare, Image, Note, Para, Section, Table, segments

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _plain(text: str) -> str:
    # Paths and rule descriptions are user data: an underscore or asterisk in them must not start emphasis.
    return _SPECIAL.sub(r"\\\1", text)


def _code_span(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def inline(text: str) -> str:
    out = []
    for kind, content in segments(str(text)):
        if kind == "code":
            out.append(_code_span(content))
        elif kind == "bold":
            out.append(f"**{_plain(content)}**")
        else:
            out.append(_plain(content))
    return "".join(out).replace("\n", "<br>")


def _fence(text: str, lang: str = "") -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{lang}\n{text.rstrip(chr(10))}\n{fence}"


def _table(t: Table) -> str:
    align = t.align.ljust(len(t.headers), "l")
    lines = ["| " + " | ".join(inline(h) for h in t.headers) + " |",
             "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|"]
    for row in t.rows:
        lines.append("| " + " | ".join(inline(c) for c in row) + " |")
    return "\n".join(lines)


def block(b) -> str:
    if isinstance(b, Para):
        return inline(b.text)
    if isinstance(b, Note):
        return "> **Note:** " + inline(b.text)
    if isinstance(b, Table):
        return _table(b)
    if isinstance(b, Image):
        return f"![{_plain(b.alt)}](plots/{b.name})"
    if isinstance(b, Code):
        return _fence(b.text, b.lang)
    if isinstance(b, Compare):
        parts = [f"#### {inline(b.title)}", "Prompt:", _fence(b.prompt, "text")]
        for label, text in b.panes:
            parts += [f"**{_plain(label)}**", _fence(text, "text")]
        return "\n\n".join(parts)
    raise TypeError(f"unknown report block {type(b).__name__}")


def slug(title: str) -> str:
    """The anchor GitHub gives a heading."""
    return re.sub(r"[^\w\- ]", "", title.lower()).replace(" ", "-")


def render(title: str, intro: list, sections: list[Section]) -> str:
    parts = [f"# {_plain(title)}"] + [block(b) for b in intro]
    parts.append("Contents: " + " · ".join(f"[{s.title}](#{slug(s.title)})" for s in sections))
    for s in sections:
        parts.append(f"## {_plain(s.title)}")
        parts += [block(b) for b in s.blocks]
    return "\n\n".join(parts) + "\n"
