"""Fuzzing `lorasmith prepare` (hypothesis): random bytes, huge lines, deep JSON, odd Unicode (lone surrogates, NUL,
bidi controls, combining marks, line separators, BOMs), wrong types and missing fields.

Whatever the input, the command ends with exit 0, or exit 2 and one line on stderr, never a traceback; and when it
succeeds every record is accounted for: kept (train + val) or rejected with a reason, in the report and on disk.
Derandomized, so CI sees the same examples on every run.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from lorasmith.cli import main
from tests.unit.test_prepare_helpers import REMOVALS, distinct_rows

FUZZ = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])
ODD = ["\x00", "\u202e", "\u200f", "\u0301", "\u0308", "\ufeff", "\u2028", "\u2029", "\u0085", "\r", "\t", "\\",
       "\U0001f600", "\ud800", "\udfff", "\uffff", "\u00e9", "\u0645", "\u05d0", " ", "\n", '"']
KEYS = ["instruction", "input", "output", "prompt", "completion", "messages", "role", "content"]

# Joined from single characters: st.text() would quietly drop the lone surrogates from such an alphabet.
odd_text = st.lists(st.sampled_from(ODD) | st.characters(), max_size=30).map("".join)
scalar = st.none() | st.booleans() | st.integers() | st.floats() | odd_text
value = st.recursive(scalar, lambda c: st.lists(c, max_size=3) | st.dictionaries(st.sampled_from(KEYS) | odd_text, c,
                                                                                    max_size=4), max_leaves=8)
field = odd_text | value
alpaca = st.fixed_dictionaries({}, optional={"instruction": field, "input": field, "output": field, "extra": value})
message = st.fixed_dictionaries({"role": st.sampled_from(["system", "user", "assistant"]) | odd_text, "content": field})
chat = st.fixed_dictionaries({"messages": st.lists(message, max_size=4) | value})
completion = st.fixed_dictionaries({}, optional={"prompt": field, "completion": field})


def _json_line(obj, ascii_only: bool) -> bytes:
    # Without ensure_ascii a lone surrogate cannot be UTF-8; surrogatepass writes it anyway, as broken files do.
    return json.dumps(obj, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


json_record = st.builds(_json_line, alpaca | chat | completion | value, st.booleans())
deep = st.integers(1, 5000).flatmap(lambda d: st.sampled_from([
    "[" * d + "]" * d, '{"instruction": ' + "[" * d + "]" * d + ', "output": "x"}',
    '{"a": ' * d + "1" + "}" * d])).map(str.encode)
huge = st.integers(20_000, 200_000).flatmap(lambda n: st.sampled_from([
    json.dumps({"instruction": "word " * (n // 5), "output": "fine"}), '{"instruction": "' + "x" * n]).map(str.encode))
raw = st.binary(max_size=120) | st.text(max_size=60).map(lambda t: t.encode("utf-8", "surrogatepass"))
blank = st.sampled_from([b"", b" ", b"\t", b"\r", b"  \r"])
record = json_record | json_record | deep | huge | raw | blank


def run_prepare(path: Path, out: Path, model: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = main(["prepare", str(path), "--out", str(out), "--model", model])  # any exception fails the test
    return rc, err.getvalue()


def check_outcome(rc: int, err: str, out: Path, records: int) -> None:
    assert rc in (0, 2), err
    assert "Traceback" not in err
    event(f"exit {rc}" + (f": {err.split(': ', 2)[-1][:40]}" if rc else ""))  # --hypothesis-show-statistics
    if rc == 2:
        assert len(err.strip().splitlines()) == 1 and err.startswith("lorasmith prepare: "), err
        assert not out.exists()
        return
    report = json.loads((out / "data_report.json").read_text(encoding="utf-8"))
    c = report["counts"]
    assert c["input_rows"] == records
    assert c["input_rows"] == c["kept"] + sum(c[k] for k in REMOVALS)
    assert c["kept"] == c["train"] + c["val"]
    lines = {name: (out / name).read_text(encoding="utf-8").split("\n")[:-1]
             for name in ("train.jsonl", "val.jsonl", "rejected.jsonl")}
    assert (len(lines["train.jsonl"]), len(lines["val.jsonl"])) == (c["train"], c["val"])
    assert len(lines["rejected.jsonl"]) == sum(c[k] for k in REMOVALS)
    for line in lines["train.jsonl"] + lines["val.jsonl"]:
        assert all(isinstance(v, str) for v in json.loads(line).values())
    for line in lines["rejected.jsonl"]:
        assert json.loads(line)["rule"] in ("invalid", "empty", "exact_duplicate", "near_duplicate", "too_long",
                                            "outlier")


def jsonl_records(data: bytes) -> int:
    """Records as prepare counts them: non-blank lines, split on \\n only, a BOM ignored at the start."""
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    return sum(1 for line in lines if line.strip())


GOOD = [json.dumps(r).encode() for r in distinct_rows(3)]


@FUZZ
@given(lines=st.lists(record, max_size=12), sep=st.sampled_from([b"\n", b"\r\n"]), bom=st.booleans())
def test_jsonl(tiny_model_dir, tmp_path, lines, sep, bom):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    data = (b"\xef\xbb\xbf" if bom else b"") + sep.join(GOOD + lines) + sep
    (folder / "in.jsonl").write_bytes(data)
    rc, err = run_prepare(folder / "in.jsonl", folder / "out", tiny_model_dir)
    check_outcome(rc, err, folder / "out", jsonl_records(data))


@settings(FUZZ, max_examples=25)
@given(items=st.lists(alpaca | chat | completion | value, max_size=8))
def test_json_array(tiny_model_dir, tmp_path, items):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    rows = [json.loads(line) for line in GOOD] + items
    (folder / "in.json").write_bytes(json.dumps(rows, indent=1).encode("utf-8"))
    rc, err = run_prepare(folder / "in.json", folder / "out", tiny_model_dir)
    check_outcome(rc, err, folder / "out", len(rows))


@settings(FUZZ, max_examples=25)
@given(header=st.lists(st.sampled_from(KEYS) | odd_text, min_size=1, max_size=4),
       cells=st.lists(st.lists(odd_text, max_size=5), max_size=8))
def test_csv(tiny_model_dir, tmp_path, header, cells):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(["instruction", "output"])
    writer.writerows([[f"Task {i}: say a thing", f"Here is thing {i} said well"] for i in range(3)])
    writer.writerow(header)  # a second header row is just a row of data
    writer.writerows(cells)
    (folder / "in.csv").write_bytes(text.getvalue().encode("utf-8", "surrogatepass"))
    rc, err = run_prepare(folder / "in.csv", folder / "out", tiny_model_dir)
    records = None
    if rc == 0:
        with open(folder / "in.csv", encoding="utf-8-sig", newline="") as f:
            records = sum(1 for _ in csv.DictReader(f))
    check_outcome(rc, err, folder / "out", records)
