"""The one exception type that the CLI turns into a one-line message and exit status 2."""

from __future__ import annotations

import errno
import re


class UserError(Exception):
    """Bad input from the user (a file, a flag, a config key, a run directory).

    The CLI prints ``lorasmith: <message>`` and exits with ``code`` (2 unless a stage says otherwise),
    never a traceback. Raise it only after anything half-written has been cleaned up.
    """

    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code


class WriteError(UserError):
    """An output could not be written. Exit 1 when the machine ran out of room (disk full, quota, file size
    limit), 2 when the chosen place is not writable (permissions, read-only file system)."""

    def __init__(self, path, reason: str, code: int):
        super().__init__(f"{path}: cannot write: {reason}", code)
        self.path, self.reason = path, reason


# errno -> (what the user reads, exit status)
_ERRNOS = {
    errno.ENOSPC: ("no space left on device", 1),
    errno.EDQUOT: ("disk quota exceeded", 1),
    errno.EFBIG: ("file too large for the file size limit", 1),
    errno.EROFS: ("read-only file system", 2),
    errno.EACCES: ("permission denied", 2),
    errno.EPERM: ("operation not permitted", 2),
}
# safetensors (Rust) and torch.save (C++) raise their own types; the cause is only in the message.
_OS_ERROR_IN_TEXT = re.compile(r"\(os error (\d+)\)")
_TORCH_WRITER = ("PytorchStreamWriter failed", "unexpected pos")  # not the Reader's errors: those are bad input


def write_failure(exc: BaseException, path, within: tuple = ()) -> WriteError | None:
    """`exc` as a WriteError naming `path` when it says that writing failed for lack of room or permission;
    None for anything else (let it propagate as it is).

    `within`: when given, a permission error counts only for a file on the way to or inside one of these
    folders, so that an unreadable input read while writing is not blamed on the output."""
    if isinstance(exc, WriteError):
        return exc
    code = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    if code in (errno.EACCES, errno.EPERM) and within and getattr(exc, "filename", None):
        if not any(_related(exc.filename, root) for root in within):
            return None
    if code is None:
        m = _OS_ERROR_IN_TEXT.search(str(exc))
        code = int(m.group(1)) if m else None
    if code in _ERRNOS:
        reason, status = _ERRNOS[code]
        return WriteError(path, reason, status)
    if isinstance(exc, RuntimeError) and any(s in str(exc) for s in _TORCH_WRITER):
        # torch's zip writer ignores the errno and notices only that the file is shorter than it wrote
        return WriteError(path, "the file came out short (disk full or file size limit?)", 1)
    return None


def _related(name, root) -> bool:
    from pathlib import Path

    f, r = Path(name).absolute(), Path(root).absolute()
    return f == r or f in r.parents or r in f.parents
