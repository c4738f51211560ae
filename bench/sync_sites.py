"""Where a training step makes the host wait for the GPU (CUDA only).

Runs the reference recipe for a few steps and, over steady steps, turns on PyTorch's sync debug mode, which warns at
every synchronising call (an `.item()`, a boolean index, a copy from pageable memory). Prints each call site (the
last frames of its Python stack) with how often it ran per step. Every such site drains the GPU's queue: the host
waits for the queued work to finish, and the GPU then idles until the host has queued the next.

    python bench/sync_sites.py --model MODEL_DIR --data DATA_DIR [key=value ...]
"""

from __future__ import annotations

import collections
import pathlib
import traceback
import warnings

import steady_steps


def main() -> None:
    import torch

    a = steady_steps.arguments(__doc__)
    sites: collections.Counter = collections.Counter()
    here = (pathlib.Path(__file__).name, "steady_steps.py", "warnings")

    def record(message, category, filename, lineno, file=None, line=None):
        if "synchroniz" not in str(message):
            return
        frames = [f for f in traceback.extract_stack()[:-1] if not any(h in f.filename for h in here)]
        sites[" <- ".join(f"{pathlib.Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames[-6:]))] += 1

    warnings.showwarning = record
    warnings.simplefilter("always")
    steady_steps.run(a, lambda: torch.cuda.set_sync_debug_mode("warn"),
                     lambda: torch.cuda.set_sync_debug_mode("default"))
    steps = steady_steps.LAST - steady_steps.FIRST
    print(f"synchronising calls over steps {steady_steps.FIRST + 1}-{steady_steps.LAST} ({steps} steps), "
          "innermost frame first:")
    for site, n in sites.most_common():
        print(f"{n / steps:6.1f}/step  {site}")


if __name__ == "__main__":
    main()
