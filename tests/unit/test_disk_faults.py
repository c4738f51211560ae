"""A full disk, a file size limit and an unwritable output: one line naming the path, exit 1 (no room) or 2 (not
writable), no traceback, no partial file, and what was there before left as it was.

Three ways to make writes fail: RLIMIT_FSIZE in a child process (any machine; writes past the limit fail
with EFBIG, in Python, Rust and C++ writers alike), a real 24 KiB tmpfs in a user and mount namespace
(ENOSPC; skipped where the kernel does not allow it), and a patched adapter writer in this process.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import subprocess
import sys

import pytest
import yaml

from lorasmith.cli import main
from lorasmith.config import load_config
from lorasmith.train import train
from tests.conftest import tiny_overrides


def _unshare_works(*flags: str) -> bool:
    unshare = shutil.which("unshare")
    return bool(unshare) and subprocess.run([unshare, *flags, "true"], capture_output=True).returncode == 0


def lorasmith(args: list, fsize: int | None = None, prefix: tuple = ()) -> subprocess.CompletedProcess:
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process

    cmd = [*prefix, sys.executable, "-m", "lorasmith", *map(str, args)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, preexec_fn=limit if fsize else None)


def one_line_error(proc: subprocess.CompletedProcess, code: int, verb: str) -> str:
    assert proc.returncode == code, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert last.startswith(f"lorasmith {verb}: ")
    return last


def no_temporaries(folder) -> None:
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")], "temporary file left behind"


@pytest.fixture(scope="module")
def raw_rows(tmp_path_factory):
    path = tmp_path_factory.mktemp("raw") / "rows.jsonl"
    rows = [{"instruction": f"Task {i}: explain item {i * 7}.", "output": " ".join(f"w{i}_{j}" for j in range(30))}
            for i in range(60)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_prepare_over_the_file_size_limit_keeps_the_old_output(tiny_model_dir, raw_rows, tmp_path):
    out = tmp_path / "prepared"
    assert main(["prepare", str(raw_rows), "--out", str(out), "--model", tiny_model_dir]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    proc = lorasmith(["prepare", raw_rows, "--out", out, "--model", tiny_model_dir, "--overwrite", "--seed", 7],
                     fsize=8000)  # train.jsonl is about 16 kB
    line = one_line_error(proc, 1, "prepare")
    assert line == f"lorasmith prepare: {out}: cannot write: file too large for the file size limit; left as it was"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    no_temporaries(tmp_path)


def test_checkpoint_over_the_file_size_limit(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    # 60 kB: the adapter (36 kB) fits, a checkpoint's optimizer.pt (89 kB) does not
    proc = lorasmith(["train", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)], fsize=60_000)
    line = one_line_error(proc, 1, "train")
    assert line.startswith(f"lorasmith train: {out / 'checkpoints'}: cannot write: ")
    assert not list((out / "checkpoints").glob("checkpoint-*"))  # the cut-short save is removed, not left to load
    assert not (out / "adapter").exists() and not (out / "run.json").exists()
    assert yaml.safe_load((out / "config.yaml").read_text())["output"] == str(out)  # written before, still whole
    no_temporaries(out)


def test_full_disk_while_saving_the_adapter_then_resume(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch, capsys):
    import peft.peft_model

    real = peft.peft_model.safe_save_file

    def disk_full(tensors, filename, *args, **kwargs):
        if "/.adapter." not in str(filename):
            return real(tensors, filename, *args, **kwargs)
        with open(filename, "wb") as f:
            f.write(b"\0" * 100)  # part of the file made it to disk
        raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "run"
    monkeypatch.setattr(peft.peft_model, "safe_save_file", disk_full)
    assert main(["train", *tiny_overrides(tiny_model_dir, tiny_data_dir, out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err == f"lorasmith train: {out / 'adapter'}: cannot write: no space left on device; left as it was"
    assert not (out / "adapter").exists() and not (out / "run.json").exists()
    no_temporaries(out)
    monkeypatch.undo()  # space freed: the finished checkpoint gives the adapter without training again
    assert main(["train", "--output", str(out), "--resume"]) == 0
    assert json.loads((out / "run.json").read_text())["steps"] == 4


def test_report_over_the_file_size_limit_keeps_the_old_report(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"train.max_steps": 2})))
    html = (out / "report.html").read_bytes()
    assert len(html) > 40_000
    proc = lorasmith(["report", out], fsize=40_000)
    line = one_line_error(proc, 1, "report")
    assert line == f"lorasmith report: {out / 'report.html'}: cannot write: file too large for the file size limit"
    assert (out / "report.html").read_bytes() == html
    no_temporaries(out)


@pytest.mark.parametrize("verb", ["prepare", "train"])
def test_unwritable_output_folder(tiny_model_dir, tiny_data_dir, raw_rows, tmp_path, verb):
    prefix = ()
    if os.geteuid() == 0:  # root writes anywhere; in a user namespace of its own it is an ordinary owner
        if not _unshare_works("-U"):
            pytest.skip("running as root and no user namespace to drop that in")
        prefix = (shutil.which("unshare"), "-U")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "keep.txt").write_text("mine")
    locked.chmod(0o500)
    try:
        if verb == "prepare":
            args = ["prepare", raw_rows, "--out", locked / "out", "--model", tiny_model_dir]
        else:
            args = ["train", *tiny_overrides(tiny_model_dir, tiny_data_dir, locked / "run")]
        line = one_line_error(lorasmith(args, prefix=prefix), 2, verb)
    finally:
        locked.chmod(0o700)
    target = locked / ("out" if verb == "prepare" else "run")
    assert line == f"lorasmith {verb}: {target}: cannot write: permission denied"
    assert sorted(p.name for p in locked.iterdir()) == ["keep.txt"]


def test_prepare_on_a_full_tmpfs(tiny_model_dir, raw_rows, tmp_path):
    """A real full file system: a 24 KiB tmpfs mounted in a user and mount namespace of the child's own."""
    if not _unshare_works("-rm"):
        pytest.skip("no unprivileged user and mount namespaces here")
    small = tmp_path / "small"
    small.mkdir()
    script = ('mount -t tmpfs -o size=24k tmpfs "$1" && echo mine > "$1/keep.txt" || exit 99; shift; '
              '"$@"; echo "rc=$?"; ls -A "$0"; cat "$0/keep.txt"')
    proc = subprocess.run([shutil.which("unshare"), "-rm", "sh", "-c", script, str(small), str(small),
                           sys.executable, "-m", "lorasmith", "prepare", str(raw_rows), "--out", str(small / "out"),
                           "--model", tiny_model_dir], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.split() == ["rc=1", "keep.txt", "mine"]  # nothing but the file that was there before
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == (
        f"lorasmith prepare: {small / 'out'}: cannot write: no space left on device; left as it was")
