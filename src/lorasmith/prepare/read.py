"""Input files: which ones, and their records one at a time with the line each starts on.

JSON Lines, CSV and Parquet are streamed; a JSON array is read whole (use JSON Lines for big data).
A JSON Lines record travels as its raw bytes, so decoding and parsing happen in the worker processes.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator

from lorasmith.errors import UserError

FORMATS = (".jsonl", ".json", ".csv", ".parquet")
SAMPLE_NAME = "sample"
CANONICAL = ("instruction", "input", "output", "prompt", "completion", "messages")
_BOM = b"\xef\xbb\xbf"


def sample_path() -> Path:
    return Path(__file__).resolve().parent.parent / "assets" / "coding_instructions.jsonl"


def resolve_inputs(inputs: list) -> list[Path]:
    """Check every input before any work starts; 'sample' is the shipped dataset."""
    if not inputs:
        raise UserError("no input file given")
    paths = []
    for item in inputs:
        if str(item) == SAMPLE_NAME:
            path = sample_path()
            if not path.is_file():
                raise UserError(f"{path}: the sample dataset is missing from this installation")
        else:
            path = Path(item)
        if path.is_dir():
            raise UserError(f"{path}: is a directory; pass data files ({', '.join(FORMATS)})")
        if not path.is_file():
            raise UserError(f"{path}: file not found")
        if _suffix(path) not in FORMATS:
            raise UserError(f"{path}: unsupported file type '{path.suffix}'; use one of {', '.join(FORMATS)}")
        paths.append(path)
    return paths


def parse_field_map(items) -> dict[str, str]:
    """['question=instruction', ...] -> {'question': 'instruction'}."""
    if isinstance(items, dict):
        pairs = list(items.items())
    else:
        pairs = []
        for item in items or []:
            src, sep, dst = str(item).partition("=")
            if not sep or not src.strip() or not dst.strip():
                raise UserError(f"--map {item}: expected SOURCE=FIELD, e.g. --map question=instruction")
            pairs.append((src.strip(), dst.strip()))
    out = {}
    for src, dst in pairs:
        if dst not in CANONICAL:
            raise UserError(f"--map {src}={dst}: '{dst}' is not a field; map to one of {', '.join(CANONICAL)}")
        out[src] = dst
    return out


def _suffix(path: Path) -> str:
    return path.suffix.lower()


def records(path: Path) -> Iterator[tuple[int, object]]:
    """(line number, raw bytes of a JSON line or an already parsed value) for every record of one file."""
    suffix = _suffix(path)
    if suffix == ".jsonl":
        return _jsonl(path)
    if suffix == ".csv":
        return _csv(path)
    if suffix == ".parquet":
        return _parquet(path)
    return _json(path)


def _jsonl(path: Path) -> Iterator[tuple[int, bytes]]:
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if n == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM):]
            if raw.strip():
                yield n, raw


def _json(path: Path) -> Iterator[tuple[int, object]]:
    data = path.read_bytes()
    if data.startswith(_BOM):
        data = data[len(_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UserError(f"{path}:{line}: not UTF-8 text; save the file as UTF-8") from None
    start = len(text) - len(text.lstrip())
    if text[start:start + 1] == "{":
        # A .json file holding one object per line is JSON Lines under another name.
        yield from _jsonl(path)
        return
    if text[start:start + 1] != "[":
        raise UserError(f"{path}: expected a JSON array of objects (or one JSON object per line)")
    decoder = json.JSONDecoder()
    pos, line, counted = start + 1, 1, 0
    while True:
        pos = _skip_space(text, pos)
        line, counted = line + text.count("\n", counted, pos), pos  # counted incrementally: arrays can be big
        if pos >= len(text):
            raise UserError(f"{path}:{line}: the JSON array is not closed with ']'")
        if text.startswith("]", pos):
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            raise UserError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); the array cannot be read past it"
                            ) from None
        except RecursionError:
            raise UserError(f"{path}:{line}: a value nested too deeply to parse; the array cannot be read past it"
                            ) from None
        yield line, value
        pos = _skip_space(text, pos)
        if text.startswith(",", pos):
            pos += 1
        elif not text.startswith("]", pos):
            raise UserError(f"{path}:{line + text.count(chr(10), counted, pos)}: expected ',' or ']' in the JSON array")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _csv(path: Path) -> Iterator[tuple[int, dict]]:
    with open(path, "rb") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        reader = csv.DictReader(text)
        start = 2  # the header is line 1
        try:
            for row in reader:
                # A record may span lines (quoted newlines); report the line it starts on.
                yield start, {k: v for k, v in row.items() if k is not None}
                start = reader.line_num + 1
        except UnicodeDecodeError:
            raise UserError(f"{path}:{reader.line_num + 1}: not UTF-8 text; save the file as UTF-8") from None
        except csv.Error as exc:
            raise UserError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None


def _parquet(path: Path) -> Iterator[tuple[int, dict]]:
    from lorasmith.deps import require

    require("pyarrow", "reading .parquet files")
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        n = 0
        for batch in pf.iter_batches(batch_size=2048):
            for row in batch.to_pylist():
                n += 1
                yield n, row
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise UserError(f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})") from None


def record_text(payload) -> str:
    """What rejected.jsonl shows for a record that could not be parsed."""
    if isinstance(payload, bytes):
        return payload.decode("utf-8", errors="replace").rstrip("\r\n")
    return json.dumps(payload, ensure_ascii=False, default=str)
