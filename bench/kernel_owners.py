"""Which host code launches each GPU kernel of a steady reference step (CUDA only).

The profile tables say how long each kernel takes and how often it runs, not who asked for it. This records steady
steps with host operations and Python stacks, and groups the kernels by (kernel, the operation chain that launched
it), with the innermost Python frames of one example. Kernels inside a CUDA graph show the graph's launch as their
owner: what runs inside the graphs is the decoder stack.

    python bench/kernel_owners.py --model MODEL_DIR --data DATA_DIR [--top N] [key=value ...]
"""

from __future__ import annotations

import collections

import steady_steps


def main() -> None:
    import torch

    a = steady_steps.arguments(__doc__, lambda ap: ap.add_argument("--top", type=int, default=45))
    acts = [torch.profiler.ProfilerActivity.CPU, torch.profiler.ProfilerActivity.CUDA]
    prof = torch.profiler.profile(activities=acts, with_stack=True)

    steady_steps.run_profiled(a, prof)
    report(prof, steady_steps.LAST - steady_steps.FIRST, a.top)


def _chain(evt, depth: int = 4) -> str:
    names = []
    while evt is not None and len(names) < depth:
        names.append(evt.name[:40])
        evt = evt.cpu_parent
    return " < ".join(names)


def _frames(evt) -> str:
    """The innermost Python frames outside torch's own files, from the event or its nearest ancestor that has any."""
    while evt is not None and not evt.stack:
        evt = evt.cpu_parent
    if evt is None:
        return ""
    mine = [f for f in evt.stack if "torch/" not in f.split("(")[0] or "torch/nn/utils" in f]
    return " | ".join(f.split("site-packages/")[-1].split("/src/")[-1][:70] for f in mine[:3])


def report(prof, steps: int, top: int) -> None:
    groups: dict[tuple, list] = collections.defaultdict(lambda: [0, 0.0, ""])
    total = 0.0
    for evt in prof.events():
        if evt.device_type.name != "CPU":
            continue
        for k in evt.kernels:
            g = groups[(k.name[:60], _chain(evt))]
            g[0] += 1
            g[1] += k.duration
            total += k.duration
            if not g[2]:
                g[2] = _frames(evt)
    print(f"{steps} steps, {total / steps / 1e3:.2f} ms of kernels per step attributed to host operations")
    print(f"{'ms/step':>8} {'n/step':>7}  kernel  <=  launching operations\n{'':17}python frames")
    for (kernel, chain), (n, us, frames) in sorted(groups.items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"{us / steps / 1e3:8.3f} {n / steps:7.1f}  {kernel}  <=  {chain}")
        if frames:
            print(f"{'':17}{frames}")


if __name__ == "__main__":
    main()
