"""Rule 1 (parse, validate, normalise) and rule 5 (statistical outliers).

A record becomes a row {"instruction", "input", "output"} from one of three shapes, recorded as its format:
  alpaca      {"instruction", "input"?, "output"}
  completion  {"prompt", "completion"}                  -> instruction = prompt, input = "", output = completion
  messages    {"messages": [system?, user, assistant, ...]} -> first user turn, and the assistant turn after it
"""

from __future__ import annotations

import math
import re
import unicodedata
import zlib

FIELDS = ("instruction", "input", "output")
MAX_DEPTH = 32  # no usable row nests deeper than 3 (messages -> message -> content)
_SURROGATE = re.compile("[\ud800-\udfff]")  # only lone halves can be in a str; a full pair is one code point
_TRAILING_SPACE = re.compile(r"[^\S\n]+\n")  # whitespace other than the newline itself, before a newline


class Invalid(Exception):
    """A record that is not a usable row; the message is the detail written to rejected.jsonl."""


def normalise(text: str) -> str:
    """NFC, LF line ends, no byte-order mark, no trailing whitespace on a line or at either end.

    Trailing spaces at line ends are dropped too, so a re-post that differs only there is an exact duplicate
    (the sample dataset's builders use the same definition).
    """
    text = text.replace("\ufeff", "")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _TRAILING_SPACE.sub("\n", text).strip()


def to_row(obj, field_map: dict[str, str] | None = None) -> tuple[dict, str]:
    """A parsed record -> (row with the three fields, source format), or raise Invalid."""
    if not isinstance(obj, dict):
        raise Invalid(f"not a JSON object but {_type_name(obj)}")
    if field_map:
        mapped = {k: v for k, v in obj.items() if k not in field_map}
        for src, dst in field_map.items():
            if src in obj:
                mapped[dst] = obj[src]
        obj = mapped
    if "instruction" in obj or "output" in obj:
        fmt = "alpaca"
        row = {"instruction": obj.get("instruction"), "input": obj.get("input"), "output": obj.get("output")}
    elif "messages" in obj:
        fmt = "messages"
        row = _from_messages(obj["messages"])
    elif "prompt" in obj or "completion" in obj:
        fmt = "completion"
        row = {"instruction": obj.get("prompt"), "input": "", "output": obj.get("completion")}
        if row["instruction"] is None or row["output"] is None:
            raise Invalid("a prompt/completion row needs both 'prompt' and 'completion'")
    else:
        keys = ", ".join(sorted(map(str, obj))[:8]) or "none"
        raise Invalid(f"missing 'instruction' and 'output' (keys: {keys}); map fields with --map SOURCE=FIELD")
    for key in ("instruction", "output"):
        if row[key] is None:
            raise Invalid(f"missing '{key}'")
    if row["input"] is None:
        row["input"] = ""
    for key in FIELDS:
        if not isinstance(row[key], str):
            raise Invalid(f"'{key}' must be a string, not {_type_name(row[key])}")
        bad = _SURROGATE.search(row[key])
        if bad:
            raise Invalid(f"'{key}' holds a lone surrogate U+{ord(bad.group()):04X} (half of a UTF-16 pair), "
                          "which is not text")
    return row, fmt


def too_deep(obj, limit: int = MAX_DEPTH) -> bool:
    """Whether a parsed record nests lists or objects more than `limit` levels deep (checked without recursion:
    a record that deep would make the JSON writer or pickling of results hit Python's recursion limit)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, (list, dict)):
            if depth > limit:
                return True
            stack.extend((v, depth + 1) for v in (value.values() if isinstance(value, dict) else value))
    return False


def _from_messages(messages) -> dict:
    if not isinstance(messages, list) or not messages:
        raise Invalid("'messages' must be a non-empty list of {role, content} objects")
    for m in messages:
        if not isinstance(m, dict) or not isinstance(m.get("role"), str) or not isinstance(m.get("content"), str):
            raise Invalid("every message needs a string 'role' and a string 'content'")
    i = 1 if messages[0]["role"] == "system" else 0
    roles = [m["role"] for m in messages[i:i + 2]]
    if roles != ["user", "assistant"]:
        shape = ", ".join(m["role"] for m in messages[:4])
        raise Invalid(f"messages must start [system?, user, assistant], not [{shape}]")
    return {"instruction": messages[i]["content"], "input": "", "output": messages[i + 1]["content"]}


def _type_name(value) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, (int, float)) else type(value).__name__)


def clean_row(row: dict) -> tuple[str, str, str]:
    """Normalised (instruction, input, output); raise Invalid('empty ...') if instruction or output is empty."""
    out = tuple(normalise(row[k]) for k in FIELDS)
    empty = [k for k, v in zip(FIELDS, out) if k != "input" and not v]
    if empty:
        raise Invalid(f"{' and '.join(empty)} empty after normalisation")
    return out


# ---------------------------------------------------------------- rule 5: outliers

# Thresholds are deliberately loose: on clean data the rule should remove about 1% of rows or fewer.
SHORT_Z = 3.5          # robust z-score below which a response is "far shorter than its prompt"
SHORT_MAX_TOKENS = 16  # ... and only when the response is also short in absolute terms
MAD_FLOOR = 0.25       # keeps the z-score sane when most rows have nearly the same ratio
REPEAT_MIN_CHARS = 200
REPEAT_MIN_LINES = 8
REPEAT_UNIQUE_SHARE = 0.25
REPEAT_COMPRESSION = 0.12

OUTLIER_RULE = (
    "A row is an outlier when either (a) short response: z < -{z} and response <= {short} tokens, where "
    "z = 0.6745 * (x - median(x)) / max(MAD(x), {mad}), x = log(response tokens / prompt tokens) over the rows "
    "left after the length filter; or (b) degenerate repetition: a response of >= {chars} characters whose "
    "non-blank lines (>= {lines} of them) are <= {share:.0%} unique, or whose zlib-compressed size is <= "
    "{comp:.0%} of its UTF-8 size."
).format(z=SHORT_Z, short=SHORT_MAX_TOKENS, mad=MAD_FLOOR, chars=REPEAT_MIN_CHARS, lines=REPEAT_MIN_LINES,
         share=REPEAT_UNIQUE_SHARE, comp=REPEAT_COMPRESSION)


def repetition(output: str) -> str:
    """Why a response is degenerate repetition, or '' when it is not."""
    if len(output) < REPEAT_MIN_CHARS:
        return ""
    lines = [s for s in map(str.strip, output.split("\n")) if s] if output.count("\n") >= REPEAT_MIN_LINES - 1 else []
    if len(lines) >= REPEAT_MIN_LINES:
        share = len(set(lines)) / len(lines)
        if share <= REPEAT_UNIQUE_SHARE:
            return f"repetition: {len(set(lines))} unique of {len(lines)} non-blank lines ({share:.0%})"
    raw = output.encode("utf-8")
    ratio = len(zlib.compress(raw, 1)) / len(raw)  # level 1 is 3x faster and finds repeats as well
    if ratio <= REPEAT_COMPRESSION:
        return f"repetition: compresses to {ratio:.1%} of its size"
    return ""


def short_response_flags(prompt_tokens: list[int], response_tokens: list[int]) -> list[str]:
    """Per row: a detail string when its response is far shorter than its prompt relative to the rest, else ''."""
    n = len(prompt_tokens)
    if n < 20:  # too few rows for a median and MAD to mean anything
        return [""] * n
    xs = [math.log(r / max(p, 1)) for p, r in zip(prompt_tokens, response_tokens)]
    med = _median(xs)
    mad = max(_median([abs(x - med) for x in xs]), MAD_FLOOR)
    out = []
    for x, p, r in zip(xs, prompt_tokens, response_tokens):
        z = 0.6745 * (x - med) / mad
        if z < -SHORT_Z and r <= SHORT_MAX_TOKENS:
            out.append(f"short response: {r} response tokens for {p} prompt tokens (robust z {z:.1f})")
        else:
            out.append("")
    return out


def _median(xs: list[float]) -> float:
    s = sorted(xs)
    m = len(s) // 2
    return s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2
