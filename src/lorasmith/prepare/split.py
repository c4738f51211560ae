"""Rule 6: a deterministic train/validation split by groups of near duplicates.

Rows are grouped by the near-duplicate index (Jaccard >= its group threshold, transitively), the groups are
shuffled with the seed, and whole groups fill the validation set up to round(kept * val_fraction) rows, so no
group ever straddles the two sets. When rule 3 keeps one row per group every group is a single row and the
validation size is exact.
"""

from __future__ import annotations

import random


def val_size(kept: int, val_fraction: float) -> int:
    n = round(kept * val_fraction)
    return min(n, kept - 1) if kept > 1 else 0  # training always gets at least one row


def split(groups: list[int], val_fraction: float, seed: int) -> list[bool]:
    """groups[i] = group id of row i -> is_val[i]."""
    members: dict[int, list[int]] = {}
    for i, g in enumerate(groups):
        members.setdefault(g, []).append(i)
    order = sorted(members)  # ids in first-seen order, so the shuffle depends only on the data and the seed
    random.Random(seed).shuffle(order)
    want = val_size(len(groups), val_fraction)
    is_val = [False] * len(groups)
    for g in order:
        if want == 0:
            break
        rows = members[g]
        if len(rows) <= want:
            for i in rows:
                is_val[i] = True
            want -= len(rows)
    return is_val
