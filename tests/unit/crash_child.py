"""Runs `lorasmith train` and kills itself with SIGKILL in the middle of one chosen file write.

    python crash_child.py KIND PATH_REGEX FRACTION -- train key=value ...

Every call of the writers that put files on disk during training is an event (KIND, path): "torch.save"
(optimizer, scheduler, RNG state, training arguments), "save_file" (adapter weights, safetensors),
"trainer_state" (its JSON), "seal" (lorasmith's checkpoint seal) and "atomic" (lorasmith's atomic file
writes). At the first event of KIND whose path matches PATH_REGEX, the file is written, cut to FRACTION of
its length, and the process SIGKILLs itself, so the disk holds exactly what a kill at that instant leaves:
a torn file. A "seal" event dies just before the seal is written (a complete but unsealed checkpoint), an
"atomic" one between its partly written temporary file and the rename.

The hooks wrap library functions in this child only; lorasmith itself runs unchanged.
"""

from __future__ import annotations

import os
import re
import signal
import sys


def main(argv: list[str]) -> int:
    kill_kind, kill_path, fraction = argv[0], re.compile(argv[1]), float(argv[2])
    cli_args = argv[argv.index("--") + 1:]

    def event(kind: str, path) -> bool:
        return kind == kill_kind and kill_path.search(os.fspath(path)) is not None

    def die(path=None) -> None:
        if path is not None and os.path.isfile(path):
            os.truncate(path, int(os.path.getsize(path) * fraction))
        os.kill(os.getpid(), signal.SIGKILL)

    def wrap_file_writer(kind, original, path_arg):
        def writer(*args, **kwargs):
            path = args[path_arg] if len(args) > path_arg else next(iter(kwargs.values()))
            fatal = isinstance(path, (str, os.PathLike)) and event(kind, path)
            result = original(*args, **kwargs)
            if fatal:
                die(path)
            return result
        return writer

    # Before anything binds these names with `from ... import`.
    import safetensors.torch
    import torch

    torch.save = wrap_file_writer("torch.save", torch.save, 1)
    safetensors.torch.save_file = wrap_file_writer("save_file", safetensors.torch.save_file, 1)

    from transformers.trainer_callback import TrainerState

    TrainerState.save_to_json = wrap_file_writer("trainer_state", TrainerState.save_to_json, 1)

    from lorasmith import checkpoints, rundir

    original_seal, original_rename = checkpoints.seal, rundir._write_then_rename

    def seal(folder):
        if event("seal", folder):
            die()
        return original_seal(folder)

    def write_then_rename(fd, tmp, path, data):
        if event("atomic", path):
            with os.fdopen(fd, "wb") as f:
                f.write(data[: int(len(data) * fraction)])
            die()
        return original_rename(fd, tmp, path, data)

    checkpoints.seal = seal
    rundir._write_then_rename = write_then_rename

    from lorasmith.cli import main as cli_main

    return cli_main(cli_args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
