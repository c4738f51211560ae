"""The adapter's dropout inside its rank-r matmuls: `drop(x) A^T` and its backward, with no mask in memory.

PEFT's LoRA drops out the adapter's input: a fresh (tokens x width) mask per projection, seven per layer. In torch
ops that is a random draw, a compare, a select, and a kept mask that the backward selects with twice more: on a
16,384-token step those passes over the input cost more GPU time than the adapter's matmuls. Here the mask is a
function of a seed and each element's index (Philox: one call gives 4 x 32 bits, 16 bits per element), drawn in
registers where `x` is loaded for the matmul and drawn again, identically, in the backward. What is kept is one int64
seed, drawn on the device so that a CUDA graph replay gets a fresh one. p is rounded to 16 bits (`quantized`).

    forward:   h = s drop(x) A^T                     (T, r)   s: the adapter's scale with the 1/keep of dropout
    backward:  dx += s (dh A) * mask                 (T, K)   into the base projection's input gradient, in place
               dA  = s dh^T drop(x)                  (r, K)

h and dA are sums over blocks of the input that run in parallel programs (a few hundred blocks at 1,000 tokens are
needed to keep the GPU busy). Each program writes its float32 partial sum and counts itself done on an atomic
counter; the last one of a block adds the partials in a fixed order and writes the result, scaled, in the output's
dtype. Summing with torch instead took two more kernels per call (the sum, then the cast), about 6 us of a reference
step's ~27 ms for each of the 308 calls, and the scale two more. The fixed order keeps the result deterministic.
The last program also sets its counter back to zero, so the counters live in one buffer per device, zeroed once,
instead of a zeroed tensor per call (308 memsets per reference step, about 0.26 ms of its GPU time).
"""

from __future__ import annotations

import torch

from lorasmith.fast.kernels import triton

tr = triton()
tl = tr.language

MAX_ELEMENTS = 2**31  # element index = row * K + col must fit the int32 Philox offset
BT, BK = 64, 64  # tile of the input; programs: a few thousand at 16k tokens, a few hundred at 1k
# How many programs the splits aim at: enough loads in flight to keep the GPU's memory busy, few enough that the
# last program's sum of the partials stays short. Timed over 128-2048 by bench/lora_split_sweep.py on an H200
# (docs/gpu/lora-split-sweep.txt): the forward is fastest at 256 (1,024 tokens x 2,048: 7.5 us against 10.9 at 2,048;
# x 5,632: 11.7 against 23.0; no slower at 16,384 tokens); dA at 2,048 (16,384 x 5,632: 99 us against 153 at 512).
PROJECT_PROGRAMS = 256
DA_PROGRAMS = 2048


@tr.jit
def _keep(seed, rows, k0, K, threshold, BK: tl.constexpr):
    """The keep-mask of a (rows, BK) tile from column k0: one Philox call (4 x 32 bits) per 8 columns, 16 bits
    per element, kept where the draw is at least `threshold` = p * 65536."""
    groups = k0 // 8 + tl.arange(0, BK // 8)
    r0, r1, r2, r3 = tl.randint4x(seed, rows[:, None] * ((K + 7) // 8) + groups[None, :])
    draws = tl.join(tl.join(_halves(r0), _halves(r1)), tl.join(_halves(r2), _halves(r3)))  # (rows, BK/8, 2, 2, 2)
    return tl.reshape(draws, (rows.shape[0], BK)) >= threshold


@tr.jit
def _halves(r):
    r = r.to(tl.uint32, bitcast=True)
    return tl.join(r & 0xFFFF, r >> 16)


@tr.jit
def _finish(acc, part_ptr, out_ptr, count_ptr, offsets, inside, stride, scale, BM: tl.constexpr, BN: tl.constexpr):
    """The split-sum's end, in each program: `acc` (BM, BN) is this program's partial of the block at `offsets`.
    With one split it is the result. Otherwise it is written at split `program_id(1)` of `part_ptr` (splits
    `stride` elements apart), and the last program of the block (an atomic count on `count_ptr`, zero before the
    call) adds all the partials in split order and sets the count back to zero for the next call. The result,
    times `scale`, goes to `out_ptr` in its dtype."""
    splits = tl.num_programs(1)
    if splits == 1:
        tl.store(out_ptr + offsets, (acc * scale).to(out_ptr.dtype.element_ty), mask=inside)
    else:
        tl.store(part_ptr + tl.program_id(1) * stride + offsets, acc, mask=inside)
        tl.debug_barrier()  # every thread's partial is written before the count says so
        done = tl.atomic_add(count_ptr + tl.program_id(0), 1, sem="acq_rel", scope="gpu")
        if done == splits - 1:
            total = tl.zeros((BM, BN), dtype=tl.float32)
            j = 0
            while j < splits:  # loads past the L1 cache: other programs wrote these
                total += tl.load(part_ptr + j * stride + offsets, mask=inside, other=0.0, cache_modifier=".cg")
                j += 1
            tl.store(out_ptr + offsets, (total * scale).to(out_ptr.dtype.element_ty), mask=inside)
            tl.atomic_xchg(count_ptr + tl.program_id(0), 0)  # every other program of the block has counted already


@tr.jit(do_not_specialize=["T"])  # T changes with each batch: one compile
def _forward(x_ptr, a_ptr, part_ptr, h_ptr, count_ptr, seed_ptr, T, K: tl.constexpr, R, thr, scale,
             DROP: tl.constexpr, BT: tl.constexpr, BK: tl.constexpr, BR: tl.constexpr, CHUNK: tl.constexpr,
             IEEE: tl.constexpr):
    """h over one block of rows (program axis 0), summed over chunks of the input's columns (axis 1): splitting the
    columns keeps enough loads in flight."""
    rows = tl.program_id(0) * BT + tl.arange(0, BT)
    rr = tl.arange(0, BR)
    seed = tl.load(seed_ptr)
    acc = tl.zeros((BT, BR), dtype=tl.float32)
    for i in range(0, CHUNK, BK):
        k0 = tl.program_id(1) * CHUNK + i
        cols = k0 + tl.arange(0, BK)
        idx = rows[:, None] * K + cols[None, :]
        inside = (rows[:, None] < T) & (cols[None, :] < K)
        x = tl.load(x_ptr + idx, mask=inside, other=0.0)
        if DROP:
            x = tl.where(_keep(seed, rows, k0, K, thr, BK), x, tl.zeros_like(x))
        a = tl.load(a_ptr + rr[None, :] * K + cols[:, None], mask=(rr[None, :] < R) & (cols[:, None] < K),
                    other=0.0)
        acc += tl.dot(x, a, input_precision="ieee" if IEEE else "tf32")
    _finish(acc, part_ptr, h_ptr, count_ptr, rows[:, None] * R + rr[None, :], (rows[:, None] < T) & (rr[None, :] < R),
            T * R, scale, BT, BR)


@tr.jit(do_not_specialize=["T"])  # T changes with each batch: one compile
def _backward_dx(a_ptr, dh_ptr, dx_ptr, seed_ptr, T, K, R, thr, scale, DROP: tl.constexpr, BT: tl.constexpr,
                 BK: tl.constexpr, BR: tl.constexpr, IEEE: tl.constexpr):
    """dx += scale (dh A) * mask over one (BT, BK) tile."""
    rows = tl.program_id(1) * BT + tl.arange(0, BT)
    cols = tl.program_id(0) * BK + tl.arange(0, BK)
    rr = tl.arange(0, BR)
    a = tl.load(a_ptr + rr[:, None] * K + cols[None, :], mask=(rr[:, None] < R) & (cols[None, :] < K), other=0.0)
    dh = tl.load(dh_ptr + rows[:, None] * R + rr[None, :], mask=(rows[:, None] < T) & (rr[None, :] < R), other=0.0)
    lora = tl.dot(dh, a, input_precision="ieee" if IEEE else "tf32") * scale
    if DROP:
        lora = tl.where(_keep(tl.load(seed_ptr), rows, tl.program_id(0) * BK, K, thr, BK), lora, 0.0)
    idx = rows[:, None] * K + cols[None, :]
    inside = (rows[:, None] < T) & (cols[None, :] < K)
    dx = tl.load(dx_ptr + idx, mask=inside, other=0.0).to(tl.float32)
    tl.store(dx_ptr + idx, (dx + lora).to(dx_ptr.dtype.element_ty), mask=inside)


@tr.jit(do_not_specialize=["T"])  # T changes with each batch: one compile
def _backward_da(x_ptr, dh_ptr, part_ptr, da_ptr, count_ptr, seed_ptr, T, K, R, thr, scale, DROP: tl.constexpr,
                 BT: tl.constexpr, BK: tl.constexpr, BR: tl.constexpr, IEEE: tl.constexpr):
    """dA = scale dh^T drop(x) for one block of columns (axis 0), each program over every `splits`-th block of rows
    (axis 1)."""
    cols = tl.program_id(0) * BK + tl.arange(0, BK)
    split, splits = tl.program_id(1), tl.num_programs(1)
    rr = tl.arange(0, BR)
    seed = tl.load(seed_ptr)
    acc = tl.zeros((BR, BK), dtype=tl.float32)
    t0 = split * BT
    while t0 < T:  # a while loop: T changes from step to step, and compiling per width is enough
        rows = t0 + tl.arange(0, BT)
        dh_t = tl.load(dh_ptr + rows[None, :] * R + rr[:, None], mask=(rr[:, None] < R) & (rows[None, :] < T),
                       other=0.0)
        x = tl.load(x_ptr + rows[:, None] * K + cols[None, :], mask=(rows[:, None] < T) & (cols[None, :] < K),
                    other=0.0)
        if DROP:
            x = tl.where(_keep(seed, rows, tl.program_id(0) * BK, K, thr, BK), x, tl.zeros_like(x))
        acc += tl.dot(dh_t, x, input_precision="ieee" if IEEE else "tf32")
        t0 += splits * BT
    _finish(acc, part_ptr, da_ptr, count_ptr, rr[:, None] * K + cols[None, :], (rr[:, None] < R) & (cols[None, :] < K),
            R * K, scale, BR, BK)


def _block_r(R: int) -> int:
    return max(16, tr.next_power_of_2(R))  # tl.dot wants every dimension >= 16


def supports(x: torch.Tensor, A: torch.Tensor) -> bool:
    """Shapes and dtypes the kernels take: floating x and A of one dtype, rank up to 128, int32-indexable."""
    return (x.dtype == A.dtype and x.dtype in (torch.float32, torch.bfloat16, torch.float16) and A.shape[0] <= 128
            and x.numel() < MAX_ELEMENTS)


def threshold(p: float) -> int:
    """Draws are 16 bits: an element is dropped where its draw is below round(p * 65536)."""
    return round(p * 65536)


def quantized(p: float) -> float:
    """The dropout probability the kernels apply for `p` (0.05 -> 3277/65536 = 0.0500031); the caller's 1/keep uses
    it, so the scale matches the mask exactly."""
    return threshold(p) / 65536


def new_seed(device) -> torch.Tensor:
    """A fresh seed tensor, drawn on the device from torch's generator (so a CUDA graph replay draws anew)."""
    return torch.randint(0, 2**31 - 1, (1,), device=device, dtype=torch.int64)


def forward_grid(T: int, K: int, bt: int = BT, bk: int = BK) -> tuple[int, int, int]:
    """`_forward`'s (row blocks, column splits, columns per split): the columns are split until about
    PROJECT_PROGRAMS programs run."""
    row_blocks, col_blocks = tr.cdiv(T, bt), tr.cdiv(K, bk)
    chunk = tr.cdiv(col_blocks, max(1, min(col_blocks, PROJECT_PROGRAMS // row_blocks))) * bk
    return row_blocks, tr.cdiv(K, chunk), chunk


def da_splits(T: int, K: int, bt: int = BT, bk: int = BK) -> int:
    """How many partial dA `_backward_da` sums over blocks of rows: about DA_PROGRAMS programs in all."""
    return max(1, min(tr.cdiv(T, bt), DA_PROGRAMS // tr.cdiv(K, bk)))


_COUNTERS: dict = {}  # device -> the zeroed counters every split sum on it uses (`_finish` leaves them at zero)


def counters(device, blocks: int) -> torch.Tensor:
    """`blocks` zeroed counters on `device`, from one buffer that grows when a call needs more; every buffer ever
    made stays referenced, since graphs captured with it keep its address. One stream at a time may use them (the
    kernels run on the current stream, and a reset is only ordered before later work on that stream)."""
    device = torch.device(device)
    bank = _COUNTERS.setdefault(device, [])
    if not bank or bank[-1].numel() < blocks:
        if device.type == "cuda" and torch.cuda.is_current_stream_capturing():
            # a capture would only record the zeroing: eager calls before the first replay would see garbage.
            # Graphs run an eager pass of the same shapes first (graphs.Graphed), so this is never reached there.
            raise RuntimeError("the split-sum counters must be made outside a CUDA graph capture")
        bank.append(torch.zeros(max(blocks, 4096), device=device, dtype=torch.int32))
    return bank[-1][:blocks]


def _split_buffers(splits: int, blocks: int, shape: tuple, device):
    """Float32 partials and zeroed per-block counters for a split sum (`_finish`); placeholders for one split."""
    if splits == 1:  # unused placeholders of the same dtypes: Triton compiles per pointer dtype
        return (torch.empty(1, device=device, dtype=torch.float32),
                torch.empty(1, device=device, dtype=torch.int32))
    return torch.empty(splits, *shape, device=device, dtype=torch.float32), counters(device, blocks)


def project(x2: torch.Tensor, A: torch.Tensor, seed: torch.Tensor | None, p: float,
            scale: float = 1.0) -> torch.Tensor:
    """scale drop(x) A^T for x2 (T, K), A (r, K); no dropout when seed is None. Returns (T, r) in x's dtype."""
    x2, A = x2.contiguous(), A.contiguous()
    T, K = x2.shape
    R = A.shape[0]
    row_blocks, splits, chunk = forward_grid(T, K)
    h = torch.empty(T, R, device=x2.device, dtype=x2.dtype)
    parts, counts = _split_buffers(splits, row_blocks, (T, R), x2.device)
    _forward[(row_blocks, splits)](x2, A, parts, h, counts, seed if seed is not None else x2, T, K, R, threshold(p),
                                   float(scale), DROP=seed is not None, BT=BT, BK=BK, BR=_block_r(R), CHUNK=chunk,
                                   IEEE=x2.dtype == torch.float32)
    return h


def _common(dtype, R: int, seed) -> dict:
    return dict(DROP=seed is not None, BT=BT, BK=BK, BR=_block_r(R), IEEE=dtype == torch.float32)


def add_dx(dx: torch.Tensor, A: torch.Tensor, dh: torch.Tensor, seed, p: float, scale: float = 1.0) -> None:
    """Adds scale (dh A) * mask into dx (T, K), in place."""
    A, dh = A.contiguous(), dh.contiguous()
    assert dx.is_contiguous() and dx.dim() == 2
    T, K = dx.shape
    R = A.shape[0]
    _backward_dx[(tr.cdiv(K, BK), tr.cdiv(T, BT))](A, dh, dx, seed if seed is not None else dx, T, K, R,
                                                   threshold(p), float(scale), **_common(dx.dtype, R, seed))


def grad_A(x2: torch.Tensor, A: torch.Tensor, dh: torch.Tensor, seed, p: float, scale: float = 1.0) -> torch.Tensor:
    """dA = scale dh^T drop(x) (r, K) in A's dtype, summed over blocks of rows in float32."""
    x2, dh = x2.contiguous(), dh.contiguous()
    T, K = x2.shape
    R = A.shape[0]
    splits, col_blocks = da_splits(T, K), tr.cdiv(K, BK)
    da = torch.empty(R, K, device=x2.device, dtype=A.dtype)
    parts, counts = _split_buffers(splits, col_blocks, (R, K), x2.device)
    _backward_da[(col_blocks, splits)](x2, dh, parts, da, counts, seed if seed is not None else x2, T, K, R,
                                       threshold(p), float(scale), **_common(x2.dtype, R, seed))
    return da


def backward(x2: torch.Tensor, A: torch.Tensor, dh: torch.Tensor, dx: torch.Tensor | None, seed, p: float,
             need_A: bool, scale: float = 1.0) -> torch.Tensor | None:
    """Adds scale (dh A) * mask into dx (T, K) in place when dx is given; returns dA = scale dh^T drop(x) (r, K) if
    need_A."""
    if dx is not None:
        assert dx.shape == x2.shape
        add_dx(dx, A, dh, seed, p, scale)
    return grad_A(x2, A, dh, seed, p, scale) if need_A else None


def mask(seed: torch.Tensor, shape: tuple[int, int], p: float, device) -> torch.Tensor:
    """The keep-mask the kernels draw for `seed` over a (T, K) input, for tests: drop(ones) projected on identity
    rows, 64 columns at a time."""
    T, K = shape
    ones = torch.ones(T, K, device=device)
    out = torch.empty(T, K, dtype=torch.bool, device=device)
    for k0 in range(0, K, 64):
        cols = torch.arange(k0, min(k0 + 64, K), device=device)
        eye = torch.zeros(len(cols), K, device=device)
        eye[torch.arange(len(cols), device=device), cols] = 1.0
        out[:, cols] = project(ones, eye, seed, p) != 0
    return out
