"""Input formats (.jsonl, .json, .csv, .parquet), row shapes (alpaca, prompt/completion, messages), --map."""

from __future__ import annotations

import csv
import json

import pytest

from lorasmith.cli import main
from lorasmith.prepare import prepare, read
from tests.unit.test_prepare_helpers import check_invariants, distinct_rows, outputs, read_jsonl, write_jsonl

ROWS = distinct_rows(6)


def kept_rows(out) -> list[dict]:
    train, val, _ = outputs(out)
    return sorted(train + val, key=lambda r: r["instruction"])


def expected(rows) -> list[dict]:
    return sorted(({"instruction": r["instruction"], "input": r.get("input", ""), "output": r["output"]}
                   for r in rows), key=lambda r: r["instruction"])


def test_json_array_with_line_numbers(tmp_path):
    text = "[\n" + ",\n".join(json.dumps(r, indent=1) for r in ROWS) + ',\n  "just a string"\n]\n'
    src = tmp_path / "rows.json"
    src.write_text(text, encoding="utf-8")
    report = prepare([src], tmp_path / "out")
    check_invariants(report, tmp_path / "out")
    assert kept_rows(tmp_path / "out") == expected(ROWS)
    (bad,) = outputs(tmp_path / "out")[2]
    assert bad["rule"] == "invalid" and bad["line"] == text.splitlines().index('  "just a string"') + 1


def test_json_file_holding_json_lines(tmp_path):
    src = write_jsonl(tmp_path / "rows.json", ROWS)
    report = prepare([src], tmp_path / "out")
    assert report["counts"]["kept"] == len(ROWS)


def test_csv_with_multiline_fields(tmp_path):
    rows = [dict(r, output=r["output"] + "\nsecond line") for r in ROWS]
    src = tmp_path / "rows.csv"
    with open(src, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["instruction", "input", "output"])
        w.writeheader()
        w.writerows(rows)
        f.write('"only instruction",,\n')
    report = prepare([src], tmp_path / "out")
    check_invariants(report, tmp_path / "out")
    assert kept_rows(tmp_path / "out") == expected(rows)
    (bad,) = outputs(tmp_path / "out")[2]
    assert (bad["rule"], bad["line"]) == ("empty", 2 + 2 * len(rows))  # header + two lines per record


def test_parquet(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = ROWS + [{"instruction": "no output", "input": "", "output": None}]
    src = tmp_path / "rows.parquet"
    pq.write_table(pa.Table.from_pylist(rows), src)
    report = prepare([src], tmp_path / "out")
    check_invariants(report, tmp_path / "out")
    assert kept_rows(tmp_path / "out") == expected(ROWS)
    (bad,) = outputs(tmp_path / "out")[2]
    assert (bad["rule"], bad["line"], bad["detail"]) == ("invalid", len(rows), "missing 'output'")


def test_prompt_completion_and_messages_rows(tmp_path):
    a, b, c = distinct_rows(3, seed=7)
    rows = [
        {"prompt": a["instruction"], "completion": a["output"]},
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": b["instruction"]},
                      {"role": "assistant", "content": b["output"]}, {"role": "user", "content": "more"}]},
        {"messages": [{"role": "user", "content": c["instruction"]}, {"role": "assistant", "content": c["output"]}]},
        {"messages": [{"role": "assistant", "content": "hi"}, {"role": "user", "content": "?"}]},
        {"messages": [{"role": "user", "content": "q"}]},
        {"messages": "not a list"},
        {"prompt": "only a prompt"},
    ]
    src = write_jsonl(tmp_path / "mixed.jsonl", rows)
    report = prepare([src], tmp_path / "out")
    check_invariants(report, tmp_path / "out")
    assert kept_rows(tmp_path / "out") == expected([a, b, c])
    assert report["inputs"][0]["formats"] == {"completion": 1, "messages": 2}
    bad = outputs(tmp_path / "out")[2]
    assert [r["line"] for r in bad] == [4, 5, 6, 7] and {r["rule"] for r in bad} == {"invalid"}
    assert "messages must start [system?, user, assistant]" in bad[0]["detail"]


def test_several_inputs_and_their_hashes(tmp_path):
    one = write_jsonl(tmp_path / "one.jsonl", ROWS[:3])
    two = write_jsonl(tmp_path / "two.jsonl", ROWS[3:] + [ROWS[0]])
    report = prepare([one, two], tmp_path / "out")
    check_invariants(report, tmp_path / "out")
    assert [f["records"] for f in report["inputs"]] == [3, 4]
    from lorasmith.models import sha256_file

    assert [f["sha256"] for f in report["inputs"]] == [sha256_file(one), sha256_file(two)]
    (dup,) = outputs(tmp_path / "out")[2]
    assert (dup["source"], dup["line"], dup["detail"]) == (str(two), 4, f"same as {one}:1")


def test_field_mapping_through_the_cli(tmp_path, capsys):
    rows = [{"question": r["instruction"], "context": "", "answer": r["output"]} for r in ROWS]
    src = write_jsonl(tmp_path / "qa.jsonl", rows)
    rc = main(["prepare", str(src), "--out", str(tmp_path / "out"), "--map", "question=instruction",
               "--map", "answer=output", "--map", "context=input", "--val-fraction", "0.5"])
    assert rc == 0, capsys.readouterr().err
    assert kept_rows(tmp_path / "out") == expected(ROWS)
    report = json.loads((tmp_path / "out" / "data_report.json").read_text())
    assert report["settings"]["field_map"] == {"question": "instruction", "answer": "output", "context": "input"}
    assert report["counts"]["val"] == 3
    assert "kept 6 (train 3, val 3)" in capsys.readouterr().out


def test_field_map_errors():
    from lorasmith.errors import UserError

    with pytest.raises(UserError, match="expected SOURCE=FIELD"):
        read.parse_field_map(["question"])
    with pytest.raises(UserError, match="'answers' is not a field"):
        read.parse_field_map(["a=answers"])


def test_bom_and_crlf_file(tmp_path):
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + b"".join(json.dumps(r).encode() + b"\r\n" for r in ROWS) + b"\r\n\r\n")
    report = prepare([src], tmp_path / "out")
    assert report["counts"]["input_rows"] == len(ROWS) and report["counts"]["kept"] == len(ROWS)


def test_sample_input(tmp_path):
    if not read.sample_path().is_file():
        pytest.skip("the sample dataset is not built yet")
    report = prepare(["sample"], tmp_path / "out")
    check_invariants(report, tmp_path / "out")
    assert report["inputs"][0]["path"] == str(read.sample_path())
    c = report["counts"]
    assert c["kept"] > 0.8 * c["input_rows"] and c["outliers"] <= 0.02 * c["input_rows"]
    assert read_jsonl(tmp_path / "out" / "train.jsonl")


def test_output_lines_survive_splitlines(tmp_path):
    rows = [dict(r, output=r["output"] + "\u2028next\u0085end") for r in ROWS]
    src = write_jsonl(tmp_path / "odd.jsonl", rows)
    prepare([src], tmp_path / "out", val_fraction=0)
    text = (tmp_path / "out" / "train.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line) for line in text.splitlines()] == [dict(r, input="") for r in rows]
