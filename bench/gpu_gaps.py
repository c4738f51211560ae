"""Where the GPU idles inside a training step (CUDA only).

Runs the reference recipe for a few steps and records the GPU's kernels and copies alone (no host-side events,
which would slow the host down and distort exactly what is measured) over steady steps. Prints the busy and
idle time per step and the longest idle gaps, each with the kernels on either side: a gap before a graph's first
kernel is the host launching it late, a gap after a copy to the host is a synchronisation. The profiler itself records
every node of a graph at its launch, which makes a launch take ms instead of the 0.13 ms per step that host_probe.py
measures without it: gaps before a graph are mostly the profiler's.

    python bench/gpu_gaps.py --model MODEL_DIR --data DATA_DIR [--host] [key=value ...]
"""

from __future__ import annotations

import steady_steps


def main() -> None:
    import torch

    a = steady_steps.arguments(__doc__, lambda ap: ap.add_argument(
        "--host", action="store_true", help="record host operations too and name those in each gap (slows the host "
        "down, so the gaps grow; use it to tell what a gap is, not how long)"))
    kinds = [torch.profiler.ProfilerActivity.CUDA]
    if a.host:
        kinds.append(torch.profiler.ProfilerActivity.CPU)
    prof = torch.profiler.profile(activities=kinds)

    steady_steps.run_profiled(a, prof)
    report(prof, steady_steps.LAST - steady_steps.FIRST)


def report(prof, steps: int) -> None:
    every = list(prof.events())
    host = [e for e in every if e.device_type.name == "CPU"]
    events = [e for e in every if e.device_type.name == "CUDA" and e.time_range.elapsed_us() >= 0]
    spans = sorted((e.time_range.start, e.time_range.end, e.name) for e in events)
    if not spans:
        print("no GPU events")
        return
    busy, gaps, end, last = 0.0, [], spans[0][0], spans[0][2]
    for start, stop, name in spans:
        if start > end:
            gaps.append((start - end, last, name, end, start))
        busy += max(0.0, stop - max(start, end))
        if stop > end:
            end, last = stop, name
    total = end - spans[0][0]
    idle = sum(g[0] for g in gaps)
    print(f"{steps} steps: {total / steps / 1e3:.2f} ms per step from first to last GPU event, busy "
          f"{busy / steps / 1e3:.2f} ms, idle {idle / steps / 1e3:.2f} ms in {len(gaps) / steps:.0f} gaps")
    print("idle by gap size: " + ", ".join(
        f">={lo}us {sum(g[0] for g in gaps if g[0] >= lo) / steps / 1e3:.2f} ms" for lo in (5, 20, 100, 500)))
    print("longest gaps (us, kernel before -> kernel after; with --host, the host operations that span them):")
    for g, before, after, g0, g1 in sorted(gaps, reverse=True)[:30]:
        print(f"{g:9.0f}  {before[:70]}  ->  {after[:70]}")
        spanning = sorted((e.time_range.end - e.time_range.start, e.name) for e in host
                          if e.time_range.start <= g0 + 0.1 * g and e.time_range.end >= g1 - 0.1 * g)
        if spanning:
            print("           host: " + " < ".join(n for _, n in spanning[:6]))


if __name__ == "__main__":
    main()
