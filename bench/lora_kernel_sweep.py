"""Time the adapter-dropout kernels (src/lorasmith/fast/kernels/lora.py) at the throughput workload's shapes, over
tile sizes, warps and pipeline stages, with and without the dropout mask, against the time to read the input once.
GPU only. Prints one line per variant; the fastest per kernel and shape come last.

    python bench/lora_kernel_sweep.py [--tokens 16384] [--out sweep.json]
"""

from __future__ import annotations

import argparse
import itertools
import json

import torch
import triton
import triton.language as tl


@triton.jit
def _sub(acc, x_ptr, a_ptr, rows, c0, T, K, R, r, SHIFT: tl.constexpr, thr, BR: tl.constexpr):
    """One 16-column sub-tile: its draws are 16 bits (from bit SHIFT) of one Philox output, no join or reshape."""
    cols = c0 + tl.arange(0, 16)
    rr = tl.arange(0, BR)
    x = tl.load(x_ptr + rows[:, None] * K + cols[None, :], mask=(rows[:, None] < T) & (cols[None, :] < K), other=0.0)
    keep = ((r >> SHIFT) & 0xFFFF) >= thr
    x = x * keep.to(x.dtype)
    a = tl.load(a_ptr + rr[None, :] * K + cols[:, None], mask=(rr[None, :] < R) & (cols[:, None] < K), other=0.0)
    return acc + tl.dot(x, a)


@triton.jit
def _forward_sub(x_ptr, a_ptr, h_ptr, seed_ptr, T, K: tl.constexpr, R, thr, BT: tl.constexpr, BR: tl.constexpr,
                 CHUNK: tl.constexpr):
    """Prototype forward: a 128-column tile is 8 sub-tiles of 16 columns; sub-tile s takes half s % 2 of Philox
    output s // 2 of the call at (row, column group)."""
    rows = tl.program_id(0) * BT + tl.arange(0, BT)
    rr = tl.arange(0, BR)
    seed = tl.load(seed_ptr)
    acc = tl.zeros((BT, BR), dtype=tl.float32)
    j = tl.arange(0, 16)
    for i in range(0, CHUNK, 128):
        k0 = tl.program_id(1) * CHUNK + i
        r0, r1, r2, r3 = tl.randint4x(seed, rows[:, None] * ((K + 7) // 8) + (k0 // 8 + j)[None, :])
        acc = _sub(acc, x_ptr, a_ptr, rows, k0, T, K, R, r0, 0, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 16, T, K, R, r0, 16, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 32, T, K, R, r1, 0, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 48, T, K, R, r1, 16, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 64, T, K, R, r2, 0, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 80, T, K, R, r2, 16, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 96, T, K, R, r3, 0, thr, BR)
        acc = _sub(acc, x_ptr, a_ptr, rows, k0 + 112, T, K, R, r3, 16, thr, BR)
    tl.store(h_ptr + tl.program_id(1) * T * R + rows[:, None] * R + rr[None, :], acc,
             mask=(rows[:, None] < T) & (rr[None, :] < R))


def operands(T: int, K: int, R: int):
    """bf16 x (T, K), A (R, K), dh (T, R), a zero dx and a seed on the GPU: what the kernels take at these shapes."""
    from lorasmith.fast.kernels import lora as L

    x = torch.randn(T, K, device="cuda", dtype=torch.bfloat16)
    A = torch.randn(R, K, device="cuda", dtype=torch.bfloat16) / K**0.5
    dh = torch.randn(T, R, device="cuda", dtype=torch.bfloat16)
    return x, A, dh, torch.zeros_like(x), L.new_seed("cuda")


def _zeros(n: int) -> torch.Tensor:
    return torch.zeros(n, device="cuda", dtype=torch.int32)


def _timed(fn) -> float:
    from triton.testing import do_bench

    return do_bench(fn, warmup=10, rep=40) * 1000.0  # microseconds


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tokens", type=int, default=16384)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()

    from lorasmith.fast.kernels import lora as L

    tr = L.tr
    T, R, p = args.tokens, 16, 0.05
    results = []
    for K in (2048, 5632):
        x, A, dh, dx, seed = operands(T, K, R)
        results.append(dict(kernel="read x once (x.sum(1))", K=K, us=_timed(lambda: x.sum(1))))
        results.append(dict(kernel="shipped project()", K=K, us=_timed(lambda: L.project(x, A, seed, p))))
        results.append(dict(kernel="shipped backward()", K=K,
                            us=_timed(lambda: L.backward(x, A, dh, dx, seed, p, need_A=True))))
        thr = L.threshold(p)
        configs = [(bt, bk, w, 3, True) for bt, bk, w in itertools.product((32, 64, 128), (32, 64, 128), (4, 8))]
        configs += [(64, 64, 4, 3, False), (64, 64, 4, 2, True), (64, 64, 4, 4, True)]
        for bt, bk, warps, stages, drop in configs:
            row_blocks, splits, chunk = L.forward_grid(T, K, bt, bk)
            col_blocks = tr.cdiv(K, bk)
            parts = torch.empty(splits, T, R, device="cuda", dtype=torch.float32)
            common = dict(DROP=drop, BT=bt, BK=bk, BR=16, num_warps=warps, num_stages=stages)
            cfg = dict(BT=bt, BK=bk, warps=warps, stages=stages, drop=drop, K=K)
            try:
                h = torch.empty(T, R, device="cuda", dtype=x.dtype)
                # fresh zeroed counters per call (one small fill): the split sum's last program is found by them
                fwd = lambda: L._forward[(row_blocks, splits)](x, A, parts, h, _zeros(row_blocks), seed, T, K, R, thr,
                                                                1.0, CHUNK=chunk, IEEE=False, **common)
                results.append(dict(kernel="_forward", us=_timed(fwd), **cfg))
                bdx = lambda: L._backward_dx[(col_blocks, row_blocks)](A, dh, dx, seed, T, K, R, thr, 1.0,
                                                                        IEEE=False, **common)
                results.append(dict(kernel="_backward_dx", us=_timed(bdx), **cfg))
                da_splits = L.da_splits(T, K, bt, bk)
                da_parts = torch.empty(da_splits, R, K, device="cuda", dtype=torch.float32)
                da = torch.empty(R, K, device="cuda", dtype=x.dtype)
                bda = lambda: L._backward_da[(col_blocks, da_splits)](x, dh, da_parts, da, _zeros(col_blocks), seed,
                                                                       T, K, R, thr, 1.0, IEEE=False, **common)
                results.append(dict(kernel="_backward_da", us=_timed(bda), **cfg))
            except Exception as e:  # a tile that does not fit shared memory or registers
                results.append(dict(kernel="failed", error=str(e)[:120], **cfg))
        for bt, warps in itertools.product((32, 64, 128), (4, 8)):
            row_blocks, splits, chunk = L.forward_grid(T, K, bt, 128)
            parts = torch.empty(splits, T, R, device="cuda", dtype=torch.float32)
            fwd = lambda: _forward_sub[(row_blocks, splits)](x, A, parts, seed, T, K, R, thr, BT=bt, BR=16,
                                                              CHUNK=chunk, num_warps=warps)
            try:
                results.append(dict(kernel="_forward_sub", us=_timed(fwd), BT=bt, BK=128, warps=warps, stages=3,
                                    drop=True, K=K))
            except Exception as e:
                results.append(dict(kernel="failed", error=str(e)[:120], BT=bt, warps=warps, K=K))
    for r in results:
        print(json.dumps(r))
    print("## fastest")
    for name in ("_forward", "_forward_sub", "_backward_dx", "_backward_da"):
        for K in (2048, 5632):
            for drop in (True, False):
                rows = [r for r in results if r["kernel"] == name and r["K"] == K and r["drop"] == drop]
                if not rows:
                    continue
                best = min(rows, key=lambda r: r["us"])
                print(json.dumps(best))
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
