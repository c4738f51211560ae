"""Bad input through `lorasmith.cli.main` (exit 2, one line naming the file, nothing written), determinism,
and a split that never puts near duplicates on both sides."""

from __future__ import annotations

import hashlib
import json

import pytest

from lorasmith.cli import main
from lorasmith.prepare import clean, dedup, prepare
from tests.unit.test_prepare_helpers import check_invariants, distinct_rows, outputs, write_jsonl

FILES = ("train.jsonl", "val.jsonl", "rejected.jsonl", "data_report.json", "data_report.md", "token_lengths.png")


def fail(capsys, argv: list[str]) -> str:
    rc = main(["prepare", *map(str, argv)])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert err.startswith("lorasmith prepare: ")
    return err


def nothing_written(tmp_path, out_name: str = "out") -> None:
    assert not (tmp_path / out_name).exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".{out_name}.")]  # no temporary folder left


def test_missing_file(tmp_path, capsys):
    err = fail(capsys, [tmp_path / "nope.jsonl", "--out", tmp_path / "out"])
    assert f"{tmp_path / 'nope.jsonl'}: file not found" in err
    nothing_written(tmp_path)


def test_directory_as_input(tmp_path, capsys):
    (tmp_path / "folder").mkdir()
    err = fail(capsys, [tmp_path / "folder", "--out", tmp_path / "out"])
    assert f"{tmp_path / 'folder'}: is a directory" in err
    nothing_written(tmp_path)


def test_unsupported_suffix(tmp_path, capsys):
    (tmp_path / "rows.txt").write_text("x\n")
    err = fail(capsys, [tmp_path / "rows.txt", "--out", tmp_path / "out"])
    assert "rows.txt: unsupported file type" in err
    nothing_written(tmp_path)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json"])
def test_non_utf8_file(tmp_path, capsys, suffix):
    good = write_jsonl(tmp_path / "good.jsonl", distinct_rows(3))
    bad = tmp_path / f"latin1{suffix}"
    if suffix == ".csv":
        bad.write_bytes("instruction,output\nok,fine\ncaf\u00e9,cr\u00e8me\n".encode("latin-1"))
    elif suffix == ".json":
        bad.write_bytes('[{"instruction": "caf\u00e9", "output": "x"}]'.encode("latin-1"))
    else:
        latin1 = '{"instruction": "caf\u00e9", "output": "x"}\n'.encode("latin-1")
        bad.write_bytes(b'{"instruction": "ok", "output": "fine"}\n' + latin1)
    err = fail(capsys, [good, bad, "--out", tmp_path / "out"])
    assert f"{bad}:" in err and "not UTF-8" in err
    nothing_written(tmp_path)


def test_no_valid_row_in_any_input(tmp_path, capsys):
    a = write_jsonl(tmp_path / "a.jsonl", ["not json", json.dumps({"instruction": "x"})])
    b = write_jsonl(tmp_path / "b.jsonl", [json.dumps({"instruction": "x", "output": " "})])
    err = fail(capsys, [a, b, "--out", tmp_path / "out"])
    assert f"no valid row in {a}, {b}" in err and f"{a}:1: not valid JSON" in err
    nothing_written(tmp_path)


def test_existing_output_needs_overwrite(tmp_path, capsys):
    src = write_jsonl(tmp_path / "rows.jsonl", distinct_rows(5))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    err = fail(capsys, [src, "--out", out])
    assert f"{out}: folder exists and is not empty; pass --overwrite" in err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert main(["prepare", str(src), "--out", str(out), "--overwrite"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)


def test_failed_run_keeps_the_previous_output(tmp_path, capsys):
    src = write_jsonl(tmp_path / "rows.jsonl", distinct_rows(5))
    out = tmp_path / "out"
    assert main(["prepare", str(src), "--out", str(out)]) == 0
    before = {name: (out / name).read_bytes() for name in FILES}
    bad = write_jsonl(tmp_path / "bad.jsonl", ["{"])
    fail(capsys, [bad, "--out", out, "--overwrite"])
    assert {name: (out / name).read_bytes() for name in FILES} == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_bad_settings(tmp_path, capsys):
    src = write_jsonl(tmp_path / "rows.jsonl", distinct_rows(3))
    assert "--val-fraction 1.5" in fail(capsys, [src, "--out", tmp_path / "out", "--val-fraction", "1.5"])
    assert "--max-tokens 0" in fail(capsys, [src, "--out", tmp_path / "out", "--max-tokens", "0"])
    assert "unknown template" in fail(capsys, [src, "--out", tmp_path / "out", "--template", "nope"])
    assert "--near-dup-threshold 1.5" in fail(capsys, [src, "--out", tmp_path / "out", "--near-dup-threshold", "1.5"])
    nothing_written(tmp_path)


def test_near_duplicate_removal_can_be_switched_off(tmp_path, capsys):
    rows = distinct_rows(10, words=60)
    rows.append(dict(rows[0], output=rows[0]["output"] + " extra"))
    src = write_jsonl(tmp_path / "rows.jsonl", rows)
    assert main(["prepare", str(src), "--out", str(tmp_path / "on")]) == 0
    assert main(["prepare", str(src), "--out", str(tmp_path / "off"), "--near-dup-threshold", "off"]) == 0
    on, off = (json.loads((tmp_path / d / "data_report.json").read_text()) for d in ("on", "off"))
    assert on["counts"]["near_duplicates"] == 1 and off["counts"]["near_duplicates"] == 0
    assert off["settings"]["near_dup_threshold"] is None and off["near_duplicates"]["method"].startswith("removal off")


def digests(out) -> dict:
    return {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in FILES}


def dirty_rows() -> list:
    rows = distinct_rows(60, words=50)
    return rows + ["{oops", rows[5], dict(rows[6], output=rows[6]["output"] + " extra"),
                   {"instruction": "q", "output": ""}]


def test_same_seed_gives_byte_identical_output(tmp_path):
    src = write_jsonl(tmp_path / "rows.jsonl", dirty_rows())
    prepare([src], tmp_path / "a", seed=7)
    prepare([src], tmp_path / "b", seed=7)
    assert digests(tmp_path / "a") == digests(tmp_path / "b")
    prepare([src], tmp_path / "c", seed=8)
    assert outputs(tmp_path / "a")[1] != outputs(tmp_path / "c")[1]  # another seed, another validation set


def test_num_proc_does_not_change_the_output(tmp_path, monkeypatch):
    from lorasmith.prepare import pipeline

    monkeypatch.setattr(pipeline, "CHUNK", 7)  # many chunks in flight, so their order is put to the test
    src = write_jsonl(tmp_path / "rows.jsonl", dirty_rows())
    prepare([src], tmp_path / "one", num_proc=1)
    prepare([src], tmp_path / "two", num_proc=2)
    assert digests(tmp_path / "one") == digests(tmp_path / "two")


def _family(row: dict, k: int) -> list[dict]:
    """k rows, each a one-word edit of `row` (all near duplicates of each other)."""
    words = row["output"].split(" ")
    return [dict(row, output=" ".join(words[:-1] + [f"variant{i}"])) for i in range(k)]


@pytest.mark.parametrize("threshold", [None, 0.99])
def test_near_duplicates_never_straddle_the_split(tmp_path, threshold):
    base = distinct_rows(40, seed=3, words=80)
    rows = [r for b in base[:12] for r in _family(b, 3)] + base[12:]
    fam = [clean.clean_row(r) for r in _family(base[0], 2)]
    assert 0.85 <= dedup.jaccard(dedup.shingles(*fam[0]), dedup.shingles(*fam[1])) < 0.99
    src = write_jsonl(tmp_path / "rows.jsonl", rows)
    report = prepare([src], tmp_path / "out", near_dup_threshold=threshold, val_fraction=0.3, seed=1)
    check_invariants(report, tmp_path / "out", val_fraction=0.3)
    assert report["counts"]["near_duplicates"] == 0 and report["counts"]["kept"] == len(rows)
    train, val, _ = outputs(tmp_path / "out")
    side = {r["output"]: "val" for r in val} | {r["output"]: "train" for r in train}
    assert len(side) == len(rows)
    sides = [{side[r["output"]] for r in _family(b, 3)} for b in base[:12]]
    assert all(len(s) == 1 for s in sides)
    assert {"val"} in sides and {"train"} in sides  # groups did land on both sides, whole


def test_output_folder_may_not_hold_the_inputs(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    src = write_jsonl(tmp_path / "data" / "rows.jsonl", distinct_rows(3))
    err = fail(capsys, [src, "--out", tmp_path / "data", "--overwrite"])
    assert "must not contain" in err and src.is_file()
