"""The NF4 dequantization kernel (lorasmith/fast/kernels/dequant.py) against bitsandbytes' own op, bit for bit, in
Triton's interpreter on the CPU; and the fused layers' switch to it. tests/gpu/test_gpu_dequant.py compares it with
bitsandbytes' CUDA kernel."""

import pytest
import torch

pytest.importorskip("triton")

from lorasmith.fast.kernels import dequant as K  # noqa: E402  (switches Triton to its interpreter without CUDA)
from lorasmith.fast.lora import Frozen4bit, dequantize  # noqa: E402
from tests.conftest import lora_model  # noqa: E402


def quantized(shape, seed=0, blocksize=64, device="cpu"):
    """(packed bytes, float32 scales, code) of a random matrix quantized to NF4 by bitsandbytes."""
    import bitsandbytes.functional as F

    w = torch.randn(shape, generator=torch.Generator().manual_seed(seed)).to(device)
    w[0, :3] = torch.tensor([0.0, 1e-30, -7.5])  # zero, a tiny value, the block's largest
    packed, state = F.quantize_4bit(w, blocksize=blocksize, quant_type="nf4")
    code = F.get_4bit_type("nf4", device=device).float()
    return packed, state.absmax.float(), code


@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16, torch.float16])
@pytest.mark.parametrize("shape,blocksize", [((48, 40), 64), ((70, 130), 64), ((96, 200), 128), ((33, 4400), 64)])
def test_dequantize_is_bitsandbytes_op_bit_for_bit(shape, blocksize, dtype):
    """Shapes with a partial last block (70 x 130) and several programs (33 x 4,400: 72,600 weights)."""
    packed, absmax, code = quantized(shape, blocksize=blocksize)
    want = torch.ops.bitsandbytes.dequantize_4bit.default(packed, absmax, blocksize, "nf4", shape, dtype)
    got = K.dequantize(packed, absmax, code, blocksize, shape, dtype)
    assert got.dtype == dtype and got.shape == want.shape
    assert torch.equal(got, want)


def test_supports_only_nf4_with_pairs_of_weights():
    assert K.supports("nf4", 64, (4, 6), torch.bfloat16)
    assert not K.supports("fp4", 64, (4, 6), torch.bfloat16)
    assert not K.supports("nf4", 64, (3, 5), torch.bfloat16)
    assert not K.supports("nf4", 64, (4, 6), torch.int8)


def test_fused_layers_dequantize_with_the_kernel_when_told(tiny_model_dir, tiny_data_dir, tmp_path, monkeypatch):
    """Double-quantized weights of a real 4-bit model: the kernel's matrix is bitsandbytes', and the layers use it
    exactly when their plan gives them the Triton kernels."""
    model = lora_model(tiny_model_dir, tiny_data_dir, tmp_path / "r", **{"train.fast": "on", "lora.dropout": 0.0})
    layers = [m for m in model.modules() if type(m).__name__ == "FusedLinear4bit"]
    assert layers and layers[0].get_base_layer().weight.quant_state.nested
    for layer in layers[:3]:
        w = layer.get_base_layer().weight
        fast, plain = Frozen4bit(w, kernels=True), Frozen4bit(w)
        assert fast.code is not None and plain.code is None
        assert torch.equal(dequantize(fast), dequantize(plain))
    calls = []
    real = K.dequantize
    monkeypatch.setattr(K, "dequantize", lambda *a: calls.append(a) or real(*a))
    layer = layers[0]
    x = torch.randn(2, 5, layer.in_features)
    with torch.no_grad():
        plain_y = layer(x)
        assert not calls
        layer.kernels = True
        fast_y = layer(x)
    assert len(calls) == 1 and torch.equal(fast_y, plain_y)
