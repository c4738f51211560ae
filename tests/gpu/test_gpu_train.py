"""GPU-only checks (skipped without CUDA; run through the device tool): 4-bit bf16 training on the tiny model."""

import json

import pytest
import torch

from lorasmith.config import load_config
from lorasmith.train import train
from tests.conftest import tiny_overrides

pytestmark = pytest.mark.gpu


def test_qlora_trains_on_cuda_in_bf16(tiny_model_dir, tiny_data_dir, tmp_path):
    out = tmp_path / "run"
    info = train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"model.compute_dtype": "auto"})))
    assert info["device"].startswith("cuda")
    assert info["peak_memory_kind"] == "cuda_max_allocated" and info["peak_memory_bytes"] > 0
    assert info["eval_loss_end"] < info["eval_loss_start"]
    from safetensors.torch import load_file

    tensors = load_file(out / "adapter" / "adapter_model.safetensors")
    assert all(torch.isfinite(t.float()).all() for t in tensors.values())
    assert json.loads((out / "adapter" / "adapter_config.json").read_text())["r"] == 4


def test_adapter_dtype_follows_compute_dtype_on_cuda(tiny_model_dir, tiny_data_dir, tmp_path):
    from safetensors.torch import load_file

    out = tmp_path / "run"
    train(load_config(None, tiny_overrides(tiny_model_dir, tiny_data_dir, out, **{"model.compute_dtype": "bfloat16"})))
    dtypes = {t.dtype for t in load_file(out / "adapter" / "adapter_model.safetensors").values()}
    assert dtypes == {torch.bfloat16}
