"""NF4 dequantization of the reference model's weight shapes: bitsandbytes' CUDA kernel against ours
(fast/kernels/dequant.py), microseconds per call replayed in a CUDA graph, and the bandwidth that makes.

    python bench/dequant_sweep.py
"""

from __future__ import annotations

import torch


def main() -> None:
    import triton.testing

    from lorasmith.fast.kernels import dequant as K
    from tests.unit.test_dequant_kernel import quantized

    shapes = [(2048, 2048), (256, 2048), (5632, 2048), (2048, 5632)]  # q and o, k and v, gate and up, down
    print(f"{'shape':>12s} {'bitsandbytes us':>16s} {'ours us':>8s} {'ours GB/s':>10s}")
    for shape in shapes:
        packed, absmax, code = quantized(shape, device="cuda")

        def theirs():
            torch.ops.bitsandbytes.dequantize_4bit.default(packed, absmax, 64, "nf4", shape, torch.bfloat16)

        def ours():
            K.dequantize(packed, absmax, code, 64, shape, torch.bfloat16)

        t0, t1 = (triton.testing.do_bench_cudagraph(f, rep=200) * 1e3 for f in (theirs, ours))
        moved = packed.numel() + absmax.numel() * 4 + shape[0] * shape[1] * 2
        print(f"{str(shape):>12s} {t0:16.1f} {t1:8.1f} {moved / t1 / 1e3:10.0f}")


if __name__ == "__main__":
    main()
