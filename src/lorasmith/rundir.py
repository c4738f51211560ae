"""The run directory: the contract between stages. Its layout is written down here and nowhere else.

RUN/
  config.yaml             the resolved config, written first (its presence is what --overwrite looks for)
  adapter/                adapter_model.safetensors, adapter_config.json, tokenizer files,
                          lorasmith_template.json, README.md (model card)
  run.json                resolved config, versions, base model id + weights hash, data hashes, counts, timings
  metrics.jsonl           one JSON object per logging step (and per evaluation)
  checkpoints/            resumable trainer checkpoints (the newest few), each sealed by lorasmith_seal.json
                          once complete (see checkpoints.py)
  data/                   data_report.json etc. when `train` prepared a raw file itself
  eval.json               written by `lorasmith eval`
  TRAINING_REPORT.md, report.html, plots/

Every file is written to a temporary name in the same folder and renamed into place, so a crash leaves
either the old or the new complete file, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Iterator

from lorasmith.errors import UserError, WriteError, write_failure

TEMPLATE_FILE = "lorasmith_template.json"
CONFIG_FILE = "config.yaml"
_LEFTOVER = re.compile(r"\.[^/]+\.([a-z0-9_]{8}\.tmp|old\d+)")  # the names mkstemp/mkdtemp and atomic_dir use below


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `path` whole or not at all; a full disk or an unwritable folder is a WriteError naming `path`."""
    path = Path(path)
    with failing_writes(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        _write_then_rename(fd, tmp, path, data)


@contextlib.contextmanager
def failing_writes(path: Path) -> Iterator[None]:
    """Turn a failed write (disk full, file size limit, no permission, read-only) into a one-line WriteError
    naming `path`; other errors pass through unchanged."""
    try:
        yield
    except Exception as exc:
        err = write_failure(exc, path)
        if err is None or err is exc:
            raise
        raise err from None


def _write_then_rename(fd: int, tmp: str, path: Path, data: bytes) -> None:
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes it private; a written file gets the usual permissions
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_json(path: Path, obj) -> None:
    atomic_write_text(path, json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n")


@contextlib.contextmanager
def atomic_dir(path: Path) -> Iterator[Path]:
    """Yield a temporary sibling folder; on success it replaces `path` whole, on failure it is removed."""
    path = Path(path)
    with failing_writes(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes it private; the result should get normal folder permissions
    try:
        yield tmp
        old = None
        if path.exists():
            old = path.with_name(f".{path.name}.old{os.getpid()}")
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        # Whatever failed inside, the folder as it was before is untouched: name it, not the temporary one.
        err = write_failure(exc, path, within=(path, tmp)) if isinstance(exc, Exception) else None
        if err is None:
            raise
        raise WriteError(path, err.reason + "; left as it was", err.code) from None


def read_jsonl_rows(path: Path, required: tuple[str, ...] = ("instruction",), hint: str = "") -> list[dict]:
    """Instruction rows from a JSONL file; a bad line is a UserError naming the file and line."""
    suffix = f"; {hint}" if hint else ""
    needs = f"a string '{required[0]}'" if len(required) == 1 else "string " + " and ".join(f"'{k}'" for k in required)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise UserError(f"{path}:{n}: not valid JSON{suffix}") from None
            if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in required):
                raise UserError(f"{path}:{n}: needs {needs}{suffix}")
            if not isinstance(row.get("input") or "", str):
                raise UserError(f"{path}:{n}: 'input' must be a string")
            rows.append(row)
    return rows


class RunDir:
    def __init__(self, root: str | Path):
        self.root = Path(root)

    @property
    def adapter(self) -> Path:
        return self.root / "adapter"

    @property
    def run_json(self) -> Path:
        return self.root / "run.json"

    @property
    def metrics(self) -> Path:
        return self.root / "metrics.jsonl"

    @property
    def checkpoints(self) -> Path:
        return self.root / "checkpoints"

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def eval_json(self) -> Path:
        return self.root / "eval.json"

    @property
    def report_md(self) -> Path:
        return self.root / "TRAINING_REPORT.md"

    @property
    def report_html(self) -> Path:
        return self.root / "report.html"

    @property
    def plots(self) -> Path:
        return self.root / "plots"

    def create(self, resume: bool, overwrite: bool, inputs: tuple = ()) -> None:
        """Create the run directory for `train`, or check the one to resume. `inputs` (data, model folders)
        must survive --overwrite."""
        if resume:
            if not self.root.is_dir():
                raise UserError(f"{self.root}: nothing to resume (the run directory does not exist)")
            return
        if self.root.exists() and (not self.root.is_dir() or any(self.root.iterdir())):
            if not overwrite:
                raise UserError(f"{self.root}: exists and is not empty; pass --overwrite to replace it "
                                "or --resume to continue it")
            self._check_replaceable(inputs)
            shutil.rmtree(self.root)
        with failing_writes(self.root):
            self.root.mkdir(parents=True, exist_ok=True)

    def _check_replaceable(self, inputs: tuple) -> None:
        """--overwrite deletes the whole folder: only a lorasmith run directory, and never one holding the working
        directory or the inputs (an output path like '.', '..' or a data folder's parent)."""
        if not self.root.is_dir() or not (self.root / CONFIG_FILE).is_file():
            raise UserError(f"{self.root}: --overwrite replaces only a lorasmith run directory (one with "
                            f"{CONFIG_FILE}) and this is not one; remove it yourself or choose another --output")
        where = self.root.resolve()
        for p in [Path.cwd(), *map(Path, inputs)]:
            if p.exists() and (p.resolve() == where or where in p.resolve().parents):
                raise UserError(f"{self.root}: --overwrite would delete {p}, which is inside it; "
                                "choose another --output")

    def read_run(self) -> dict:
        """run.json, or a one-line UserError saying what is missing."""
        if not self.root.is_dir():
            raise UserError(f"{self.root}: run directory not found (train one with `lorasmith train --output {self.root}`)")
        if not self.run_json.is_file():
            raise UserError(f"{self.run_json}: missing; not a finished lorasmith run directory")
        try:
            return json.loads(self.run_json.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise UserError(f"{self.run_json}: not valid JSON ({exc})") from None

    def require_adapter(self) -> None:
        pickled = self.adapter / "adapter_model.bin"
        if not (self.adapter / "adapter_model.safetensors").is_file() and pickled.is_file():
            raise UserError(f"{pickled}: a pickle file; lorasmith loads adapters only from "
                            "adapter_model.safetensors (save it with save_pretrained(..., safe_serialization=True))")
        for name in ("adapter_model.safetensors", "adapter_config.json", TEMPLATE_FILE):
            if not (self.adapter / name).is_file():
                raise UserError(f"{self.adapter / name}: missing; the run did not finish saving its adapter")

    def template(self):
        from lorasmith.templates import Template

        path = self.adapter / TEMPLATE_FILE
        if not path.is_file():
            raise UserError(f"{path}: missing; the run did not save its prompt template")
        return Template.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def remove_temporaries(self) -> None:
        """Drop what atomic writes that were killed midway left in the run directory: their temporary files and
        folders (`.NAME.XXXXXXXX.tmp`) and replaced folders not yet deleted (`.NAME.oldPID`)."""
        if not self.root.is_dir():
            return
        for p in self.root.iterdir():
            if _LEFTOVER.fullmatch(p.name):
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() and not p.is_symlink() else p.unlink(missing_ok=True)

    def read_metrics(self) -> list[dict]:
        if not self.metrics.is_file():
            return []
        rows = []
        lines = self.metrics.read_text(encoding="utf-8", errors="replace").splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError:
                if n < len(lines):
                    raise UserError(f"{self.metrics}:{n}: not valid JSON") from None
                # a last line cut short by a kill or a full disk: the steps it described are logged again on resume
        return rows

    def append_metrics(self, row: dict) -> None:
        # Appending one short line with O_APPEND is atomic enough: a crash loses at most the last line.
        with failing_writes(self.metrics):
            self.root.mkdir(parents=True, exist_ok=True)
            with open(self.metrics, "a", encoding="utf-8") as f:
                f.write(json.dumps(row, default=float) + "\n")


def model_card(cfg, model_id: str, template) -> str:
    """README.md of RUN/adapter: what the adapter is and how to load it with plain PEFT."""
    return f"""# LoRA adapter trained with lorasmith

- Base model: {model_id}
- Method: {'QLoRA (4-bit ' + cfg.model.quant_type.upper() + ')' if cfg.model.load_in_4bit else 'LoRA'}, r={cfg.lora.r}, \
alpha={cfg.lora.alpha}, dropout={cfg.lora.dropout}, targets: {', '.join(cfg.lora.target_modules)}
- Prompt template: `{template.name}` (saved in `{TEMPLATE_FILE}`); loss on the response and end-of-sequence token only
- Training: lr {cfg.train.lr}, batch {cfg.train.batch_size}, {cfg.train.epochs:g} epochs, max {cfg.data.max_tokens} tokens

Load it with plain PEFT:

```python
from peft import PeftModel
from transformers import AutoModelForCausalLM
base = AutoModelForCausalLM.from_pretrained("<base model>")
model = PeftModel.from_pretrained(base, "<this folder>")
```
"""
