"""The NF4 dequantization kernel (fast/kernels/dequant.py) against bitsandbytes' CUDA kernel, bit for bit, at the
reference model's shapes (skipped without CUDA)."""

import pytest
import torch

from lorasmith.fast.kernels import dequant as K
from tests.unit.test_dequant_kernel import quantized

pytestmark = pytest.mark.gpu


@pytest.mark.parametrize("dtype", [torch.bfloat16, torch.float16, torch.float32])
@pytest.mark.parametrize("shape", [(2048, 2048), (256, 2048), (5632, 2048), (2048, 5632), (70, 130)])
def test_dequantize_is_bitsandbytes_cuda_kernel_bit_for_bit(shape, dtype):
    packed, absmax, code = quantized(shape, device="cuda")
    want = torch.ops.bitsandbytes.dequantize_4bit.default(packed, absmax, 64, "nf4", shape, dtype)
    got = K.dequantize(packed, absmax, code, 64, shape, dtype)
    assert torch.equal(got, want)
    assert torch.equal(torch.signbit(got), torch.signbit(want))  # zeros keep their sign too
