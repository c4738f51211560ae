"""Resumable checkpoints in RUN/checkpoints/: which ones are complete, which may be loaded, which are removed.

The Trainer writes `checkpoint-N/` file by file in place, so a kill at the wrong instant leaves a folder
with some files missing or cut short, and nothing in it says so. After each save, `seal` syncs every file
to disk and then writes SEAL (atomically): the name, size and sha256 of every file in the folder. Only a
sealed folder whose files still match its seal is ever resumed from; a folder without a seal is a save
that was interrupted and is removed before training continues.

The seal is also why resuming may load the Trainer's own pickle files (optimizer.pt, scheduler.pt,
rng_state*.pth, read by transformers with torch.load(weights_only=True)): they are loaded only when their
hashes match what this run wrote. Weights themselves are loaded only from safetensors files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
from pathlib import Path

from lorasmith.errors import UserError
from lorasmith.rundir import RunDir, atomic_write_json

SEAL = "lorasmith_seal.json"
PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".pkl", ".pickle", ".ckpt")
_NAME = re.compile(r"checkpoint-(\d+)")
_TRASH = ".removing-"


def step_of(folder: Path) -> int:
    return int(_NAME.fullmatch(folder.name).group(1))


def folders(run: RunDir) -> list[Path]:
    """checkpoint-N folders, newest (highest step) first."""
    if not run.checkpoints.is_dir():
        return []
    found = [p for p in run.checkpoints.iterdir() if _NAME.fullmatch(p.name) and p.is_dir()]
    return sorted(found, key=step_of, reverse=True)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name != SEAL and not p.name.startswith(f".{SEAL}"))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            h.update(block)
    return h.hexdigest()


def seal(folder: Path) -> None:
    """Sync every file of a finished save to disk, then record them; the record is written last and atomically."""
    manifest = {}
    for path in _files(folder):
        with open(path, "rb") as f:
            os.fsync(f.fileno())
        manifest[path.relative_to(folder).as_posix()] = {"bytes": path.stat().st_size, "sha256": _sha256(path)}
    for sub in {p.parent for p in _files(folder)} | {folder}:
        _fsync_dir(sub)
    atomic_write_json(folder / SEAL, {"step": step_of(folder), "files": manifest})
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_seal(folder: Path) -> dict | None:
    """The seal of a folder, or None when it has none (an interrupted save)."""
    try:
        seal_ = json.loads((folder / SEAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise UserError(f"{folder / SEAL}: unreadable; the checkpoint was changed after lorasmith saved it") from None
    if not isinstance(seal_, dict) or not isinstance(seal_.get("files"), dict):
        raise UserError(f"{folder / SEAL}: not a lorasmith checkpoint seal")
    return seal_


def verify(folder: Path, seal_: dict) -> None:
    """Every file the seal lists is there unchanged, nothing was added, and the weights are safetensors."""
    files = seal_["files"]
    present = {p.relative_to(folder).as_posix() for p in _files(folder)}
    if "adapter_model.safetensors" not in files:
        raise UserError(f"{folder}: has no adapter_model.safetensors; lorasmith resumes only from safetensors weights")
    added = sorted(present - set(files))
    if added:
        raise UserError(f"{folder}: {added[0]} was added after the checkpoint was saved; refusing to load it")
    for name, want in sorted(files.items()):
        path = folder / name
        if name not in present or path.stat().st_size != want.get("bytes") or _sha256(path) != want.get("sha256"):
            raise UserError(f"{path}: missing or changed since the checkpoint was saved; refusing to load it "
                            f"(move {folder} away to resume from an older checkpoint)")


def weight_pickles(folder: Path) -> list[str]:
    """Pickle files in a folder other than the Trainer's own state (optimizer, scheduler, RNG, arguments)."""
    own = re.compile(r"(optimizer|scheduler|scaler)\.pt|rng_state(_\d+)?\.pth|training_args\.bin")
    return sorted(p.name for p in _files(folder) if p.suffix.lower() in PICKLE_SUFFIXES and not own.fullmatch(p.name))


def latest(run: RunDir) -> tuple[Path | None, list[Path]]:
    """(newest sealed checkpoint, its files checked; the unsealed folders newer than it), or (None, unsealed)."""
    torn = []
    for folder in folders(run):
        seal_ = read_seal(folder)
        if seal_ is None:
            torn.append(folder)
            continue
        verify(folder, seal_)
        return folder, torn
    return None, torn


def check(folder: Path) -> None:
    """`verify` a checkpoint that must be sealed (the best one of an early-stopped run)."""
    seal_ = read_seal(folder)
    if seal_ is None:
        raise UserError(f"{folder}: incomplete (its save was interrupted); cannot load it")
    verify(folder, seal_)


def why_none(torn: list[Path]) -> str:
    """Why there is nothing to resume from, in a few words (for the one-line error)."""
    if not torn:
        return "no checkpoint was saved yet"
    pickles = weight_pickles(torn[0])
    if pickles:
        return (f"{torn[0].name} is not a lorasmith checkpoint and holds pickle weights ({', '.join(pickles[:3])}); "
                "lorasmith loads weights only from safetensors")
    return f"{torn[0].name} is incomplete (its save was interrupted) or was not written by lorasmith"


def discard(folders_: list[Path], why: str = "") -> None:
    """Remove checkpoint folders: renamed away first, so a kill halfway never leaves a half-deleted checkpoint-N."""
    for folder in folders_:
        if why:
            print(f"lorasmith train: removing {folder} ({why})", file=sys.stderr)
        trash = folder.with_name(f"{_TRASH}{folder.name}")
        shutil.rmtree(trash, ignore_errors=True)
        os.replace(folder, trash)
        shutil.rmtree(trash, ignore_errors=True)


def clear_trash(run: RunDir) -> None:
    if run.checkpoints.is_dir():
        for p in run.checkpoints.glob(f"{_TRASH}*"):
            shutil.rmtree(p, ignore_errors=True)


def rotate(run: RunDir, keep: int, protect: str | None = None) -> None:
    """Keep the newest `keep` sealed checkpoints (and `protect`, the best one); remove the rest.

    Done here rather than by the Trainer, which deletes old checkpoints before the new one is sealed: with
    save_total_limit=1 a kill in between would leave no checkpoint to resume from."""
    if keep <= 0:
        return
    sealed = [f for f in folders(run) if (f / SEAL).is_file()]
    protected = {Path(protect).resolve()} if protect else set()
    discard([f for f in sealed[keep:] if f.resolve() not in protected])


def resume_point(run: RunDir) -> str:
    """The checkpoint to resume from. Unsealed folders newer than it (a save cut short) are removed first:
    the Trainer would write the same names again and mix its new files with their stale ones."""
    from lorasmith import distributed as D

    if D.is_main():
        run.remove_temporaries()
        found, torn = latest(run)
        if found is not None:
            discard(torn, f"its save was interrupted; resuming from {found.name}")
            clear_trash(run)
    D.barrier()
    if not D.is_main():
        found, torn = latest(run)
    if found is None:
        raise UserError(f"{run.checkpoints}: no complete checkpoint to resume from ({why_none(torn)}); "
                        f"start again with --overwrite")
    return str(found)


def finished(checkpoint) -> bool:
    """Saved at the run's last step: loaded as it is, since the Trainer would resume it with one step too many."""
    state = json.loads((Path(checkpoint) / "trainer_state.json").read_text(encoding="utf-8"))
    return state.get("max_steps", 0) > 0 and state.get("global_step", 0) >= state["max_steps"]


def mean_loss(log_history: list[dict]) -> float | None:
    """The mean training loss over all steps, from the logged means of each logging interval."""
    total, last = 0.0, 0
    for h in log_history:
        if "loss" in h and h.get("step", 0) > last:
            total, last = total + h["loss"] * (h["step"] - last), h["step"]
    return total / last if last else None
