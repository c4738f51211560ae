"""Time the shipped adapter-dropout kernels (src/lorasmith/fast/kernels/lora.py) as a CUDA graph runs them, over
how many programs their split sums aim at (`PROJECT_PROGRAMS`, `DA_PROGRAMS`, set alike here), at the reference
step's and the throughput step's token counts. GPU only. Inside the training graphs there is no launch overhead
from Python, so the timing replays a graph of the calls (triton.testing.do_bench_cudagraph); `x @ A^T` without
dropout is the floor for comparison.

    python bench/lora_split_sweep.py [--tokens 1024 16384] [--programs 2048 1024 512 256 128]
"""

from __future__ import annotations

import argparse
import json


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, nargs="+", default=[1024, 16384])
    ap.add_argument("--programs", type=int, nargs="+", default=[2048, 1024, 512, 256, 128])
    args = ap.parse_args()

    from lora_kernel_sweep import operands
    from triton.testing import do_bench_cudagraph

    from lorasmith.fast.kernels import lora as L

    R, p, s = 16, 0.05, 2.0
    shipped = L.PROJECT_PROGRAMS, L.DA_PROGRAMS
    for T in args.tokens:
        for K in (2048, 5632):
            x, A, dh, dx, seed = operands(T, K, R)
            row = dict(T=T, K=K, floor_x_At_us=round(do_bench_cudagraph(lambda: x @ A.t()) * 1e3, 1))
            for n in args.programs:
                L.PROJECT_PROGRAMS = L.DA_PROGRAMS = n
                row[f"P{n}"] = dict(
                    project=round(do_bench_cudagraph(lambda: L.project(x, A, seed, p, s)) * 1e3, 1),
                    grad_A=round(do_bench_cudagraph(lambda: L.grad_A(x, A, dh, seed, p, s)) * 1e3, 1),
                    splits=(L.forward_grid(T, K)[1], L.da_splits(T, K)))
            L.PROJECT_PROGRAMS, L.DA_PROGRAMS = shipped
            row["add_dx"] = round(do_bench_cudagraph(lambda: L.add_dx(dx, A, dh, seed, p, s)) * 1e3, 1)
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main()
