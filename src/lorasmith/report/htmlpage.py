"""report.html: one self-contained page (inline CSS, images as base64 data URIs, no external reference)."""

from __future__ import annotations

import base64
from html import escape

from lorasmith.report.doc import Code, Compare, Image, Note, Para, Section, Table, segments

CSS = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 0;
       background: #f6f8fa; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 64px; background: #fff; }
h1 { font-size: 1.7em; margin-top: 0.3em; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 2em; }
h4 { margin: 1.2em 0 0.4em; }
nav a { margin-right: 1em; }
code { font: 0.88em ui-monospace, SFMono-Regular, Menlo, monospace; background: #eff1f3; padding: 0.1em 0.3em;
       border-radius: 4px; overflow-wrap: break-word; }
pre { font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; background: #f6f8fa; border: 1px solid #d0d7de;
      border-radius: 6px; padding: 10px 12px; white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5em 0; }
table { border-collapse: collapse; margin: 0.6em 0 1em; }
th, td { border: 1px solid #d0d7de; padding: 4px 10px; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
td.r, th.r { text-align: right; font-variant-numeric: tabular-nums; }
td code { background: none; padding: 0; }
td:last-child code { overflow-wrap: anywhere; }  /* hashes: the last column of every table that has one */
.note { border-left: 4px solid #d4a72c; background: #fff8c5; padding: 8px 12px; margin: 0.8em 0; }
figure { margin: 0.8em 0 1.2em; }
figure img { max-width: 100%; border: 1px solid #d0d7de; border-radius: 6px; }
figcaption { color: #59636e; font-size: 0.9em; }
.panes { display: grid; gap: 12px; }
.panes h5 { margin: 0.3em 0 0; font-size: 0.95em; }
"""


def inline(text: str) -> str:
    out = []
    for kind, content in segments(str(text)):
        if kind == "code":
            out.append(f"<code>{escape(content)}</code>")
        elif kind == "bold":
            out.append(f"<strong>{escape(content)}</strong>")
        else:
            out.append(escape(content).replace("\n", "<br>"))
    return "".join(out)


def data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _table(t: Table) -> str:
    align = t.align.ljust(len(t.headers), "l")
    cls = lambda i: ' class="r"' if align[i] == "r" else ""  # noqa: E731
    head = "".join(f"<th{cls(i)}>{inline(h)}</th>" for i, h in enumerate(t.headers))
    body = "".join("<tr>" + "".join(f"<td{cls(i)}>{inline(c)}</td>" for i, c in enumerate(row)) + "</tr>\n"
                   for row in t.rows)
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>"


def block(b) -> str:
    if isinstance(b, Para):
        return f"<p>{inline(b.text)}</p>"
    if isinstance(b, Note):
        return f'<div class="note"><strong>Note:</strong> {inline(b.text)}</div>'
    if isinstance(b, Table):
        return _table(b)
    if isinstance(b, Image):
        return (f'<figure><img src="{data_uri(b.png)}" alt="{escape(b.alt)}">'
                f"<figcaption>{escape(b.alt)} (plots/{escape(b.name)})</figcaption></figure>")
    if isinstance(b, Code):
        return f"<pre>{escape(b.text)}</pre>"
    if isinstance(b, Compare):
        panes = "".join(f"<div><h5>{escape(label)}</h5><pre>{escape(text)}</pre></div>" for label, text in b.panes)
        cols = max(len(b.panes), 1)
        grid = f"grid-template-columns: repeat({cols}, minmax(0, 1fr))"
        return (f'<div class="compare"><h4>{inline(b.title)}</h4><div>Prompt:</div><pre>{escape(b.prompt)}</pre>'
                f'<div class="panes" style="{grid}">{panes}</div></div>')
    raise TypeError(f"unknown report block {type(b).__name__}")


def render(title: str, intro: list, sections: list[Section]) -> str:
    nav = " ".join(f'<a href="#{s.key}">{escape(s.title)}</a>' for s in sections)
    parts = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)}</title>", f"<style>{CSS}</style>", "</head>", "<body>", "<main>",
             f"<h1>{escape(title)}</h1>"]
    parts += [block(b) for b in intro]
    parts.append(f"<nav>{nav}</nav>")
    for s in sections:
        parts.append(f'<section id="{s.key}">\n<h2>{escape(s.title)}</h2>')
        parts += [block(b) for b in s.blocks]
        parts.append("</section>")
    parts += ["</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"
