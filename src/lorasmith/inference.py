"""Load a finished run for use: its base model loaded as in training, its adapter, tokenizer and template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lorasmith import config as C
from lorasmith.errors import UserError
from lorasmith.rundir import RunDir


@dataclass
class Loaded:
    model: object  # PeftModel (adapter=True) or the bare base model
    tokenizer: object
    template: object
    cfg: C.Config
    run: RunDir
    info: dict  # run.json


def base_path(info: dict) -> str:
    """Where the run's base model is now; refuses a base whose weights changed since training."""
    from lorasmith.models import resolve_model, weights_hash

    base = info.get("base_model") or {}
    path = base.get("path")
    if not path or not (Path(path).is_dir() or "/" in path):
        raise UserError("run.json: base_model.path is missing")
    if not Path(path).exists():
        path, _ = resolve_model(info["config"]["model"]["name"])  # e.g. a cache under another LORASMITH_HOME
    expected = base.get("weights_sha256")
    if expected and Path(path).is_dir():
        actual = weights_hash(path)
        if actual != expected:
            raise UserError(f"{path}: base model weights differ from the ones this adapter was trained on "
                            f"(sha256 {actual[:12]} != {expected[:12]})")
    return path


def load_run(run_dir: str | Path, adapter: bool = True, load_in_4bit: bool | None = None, device: str | None = None) -> Loaded:
    """The run's model in eval mode. load_in_4bit=None follows the training config."""
    from peft import PeftModel

    from lorasmith.models import load_model, load_tokenizer

    run = RunDir(run_dir)
    info = run.read_run()
    run.require_adapter()
    cfg = C.from_dict(info["config"])
    if load_in_4bit is not None:
        cfg.model.load_in_4bit = load_in_4bit
    path = base_path(info)
    tokenizer = load_tokenizer(str(run.adapter), cfg.model.trust_remote_code)
    model = load_model(path, cfg.model, device=device)
    if adapter:
        model = PeftModel.from_pretrained(model, str(run.adapter))
    model.eval()
    return Loaded(model=model, tokenizer=tokenizer, template=run.template(), cfg=cfg, run=run, info=info)
