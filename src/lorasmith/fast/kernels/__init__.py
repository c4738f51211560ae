"""Triton kernels for the fast path: the adapter's dropout fused into its rank-r matmuls (`lora.py`), RMSNorm
(`norm.py`) and SwiGLU (`swiglu.py`).

Each module exposes plain functions on tensors; the autograd nodes in `lorasmith.fast` call them when the run's plan
says so (`Plan.triton_kernels`: CUDA and Triton present). Without CUDA, Triton runs in its interpreter, which is how
the CPU tests check every kernel against the reference formulas (slowly: it is meant for tests only).
"""

from __future__ import annotations

import functools
import importlib.util
import os


def available() -> bool:
    """Triton is importable (it comes with PyTorch's CUDA wheels on Linux)."""
    return importlib.util.find_spec("triton") is not None


@functools.cache
def triton():
    """The `triton` module; in its interpreter when there is no CUDA. The switch is read when triton is imported,
    which other libraries may do first: tests/conftest.py sets it before anything is imported."""
    import torch

    if not torch.cuda.is_available():
        os.environ.setdefault("TRITON_INTERPRET", "1")
    from lorasmith.deps import require

    return require("triton", "the fast path's fused kernels")
