"""Run untrusted Python (model-generated HumanEval completions, dataset code checks) in a locked-down child.

Layers (issue 10); `mechanisms()` says which of the optional ones this machine allows:

* a fresh ``python -I -S -B`` in its own session, killed as a whole process group on the wall-clock timeout
  and again after it exits, so nothing it started outlives the call;
* resource limits set by a small bootstrap before the user code runs: CPU seconds, address space (memory),
  file size, open files, no core dumps, and the process count wherever the kernel enforces it (never for
  real uid 0);
* a scrubbed environment and a fresh temporary working directory (also HOME and TMPDIR), removed afterwards;
* where the machine allows it: a network namespace of its own (``unshare -n``, or ``unshare -rn`` through a
  user namespace when not root), and as root a switch to the ``nobody`` user with no_new_privs
  (``setpriv``), keeping only the right to read files when the interpreter lives under /root;
* an audit hook, installed before the user code, that refuses sockets, fork/exec/subprocess, ctypes,
  signals to other processes and writing outside the temporary directory.

The audit hook is a tripwire for code that is wrong, not a wall against code that is hostile: Python that
sets out to get around it can. The kernel layers (namespaces, user, limits, process group) are the walls.
"""

from __future__ import annotations

import math
import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

NOBODY = 65534
NPROC_LIMIT = 64  # threads count too; plenty for test code, few enough to stop a fork bomb early
NOFILE_LIMIT = 256
STATUS_MAX = 4096
SAFE_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass
class SandboxResult:
    status: str  # "ok" | "error" | "timeout" | "killed"  (killed = a resource limit: memory, file size, processes)
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float
    detail: str = ""  # one line: what happened (e.g. "CPU time limit 5s", "memory limit 512 MiB", "blocked: socket")


@dataclass(frozen=True)
class _Launcher:
    prefix: tuple[str, ...]  # put before the interpreter, e.g. ("/usr/bin/unshare", "-rn", "--")
    switch: bool  # let Popen switch to nobody before it runs the prefix (only as root)
    nobody: bool  # the child runs as nobody, by either route: its temporary directory must be nobody's
    nproc: bool  # whether RLIMIT_NPROC binds the child: real uid not 0
    layers: tuple[str, ...]  # what it adds, in words, for mechanisms()


# Runs in the child as `python -c`, before the user code; argv: root path status_fd cpu mem fsize nproc guard.
# Kept to the builtin modules plus `resource` so that a trivial call stays cheap.
_BOOTSTRAP = r'''
import os, sys


def _reporter(fd):
    sent = []

    def report(line):
        if len(sent) < 8:  # a loop of blocked calls must not fill the pipe
            sent.append(line)
            try:
                os.write(fd, (line[:300] + "\n").encode("utf-8", "replace"))
            except OSError:
                pass
    return report


def _limits(cpu, mem, fsize, nproc):
    import resource as r
    import _signal

    def cap(which, soft, hard):
        current = r.getrlimit(which)[1]
        if current != r.RLIM_INFINITY:
            soft, hard = min(soft, current), min(hard, current)
        r.setrlimit(which, (soft, hard))

    cap(r.RLIMIT_CORE, 0, 0)
    cap(r.RLIMIT_CPU, cpu, cpu + 1)
    cap(r.RLIMIT_AS, mem, mem)
    cap(r.RLIMIT_FSIZE, fsize, fsize)
    cap(r.RLIMIT_NOFILE, NOFILE, NOFILE)
    if nproc:
        cap(r.RLIMIT_NPROC, nproc, nproc)
    # Python starts with SIGXFSZ ignored; dying of it is what tells the parent which limit was hit
    _signal.signal(_signal.SIGXFSZ, _signal.SIG_DFL)


def _guard(root, report):
    realpath, isabs, join, fsdecode, readlink, getpid = (
        os.path.realpath, os.path.isabs, os.path.join, os.fsdecode, os.readlink, os.getpid)
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    devices = ("/dev/null", "/dev/stdout", "/dev/stderr")
    refuse = {
        "os.fork": "fork", "os.forkpty": "fork", "os.exec": "exec", "os.posix_spawn": "subprocess",
        "os.spawn": "subprocess", "os.system": "subprocess", "subprocess.Popen": "subprocess",
        "os.killpg": "signal to another process", "resource.setrlimit": "changing resource limits",
        "resource.prlimit": "changing resource limits",
    }
    # event -> index of its dir_fd argument (None: it has none); the path is argument 0
    one_path = {
        "os.remove": 1, "os.rmdir": 1, "os.mkdir": 2, "os.chmod": 2, "os.chown": 3, "os.utime": 3,
        "shutil.rmtree": 1, "os.truncate": None, "os.setxattr": None, "os.removexattr": None,
        "os.chflags": None, "os.lchflags": None,
    }
    # event -> which path arguments change something: (index, dir_fd index)
    two_paths = {
        "os.rename": ((0, 2), (1, 3)), "os.link": ((0, 2), (1, 3)), "os.symlink": ((1, 2),),
        "shutil.copyfile": ((1, None),), "shutil.copymode": ((1, None),), "shutil.copystat": ((1, None),),
        "shutil.copytree": ((1, None),), "shutil.move": ((0, None), (1, None)),
    }

    def inside(path, dir_fd=None):
        if isinstance(path, int):
            return True  # an open descriptor, checked when it was opened
        try:
            path = fsdecode(path)
            if path in devices:
                return True
            if isinstance(dir_fd, int) and dir_fd >= 0 and not isabs(path):
                path = join(readlink("/proc/self/fd/%d" % dir_fd), path)
            real = realpath(path)
        except (TypeError, ValueError, OSError):
            return False
        return real == root or real.startswith(root + "/")

    def hook(event, args):
        what = None
        if event == "open":
            if isinstance(args[2], int) and args[2] & write_flags and not inside(args[0]):
                what = "write outside the sandbox: %s" % (args[0],)
        elif event in refuse:
            what = refuse[event]
        elif event.startswith("socket."):
            what = "socket"
        elif event.startswith("ctypes."):
            what = "ctypes"
        elif event == "os.kill":
            if args[0] not in (0, getpid()):
                what = "signal to another process"
        elif event in one_path:
            at = one_path[event]
            if not inside(args[0], None if at is None else args[at]):
                what = "write outside the sandbox: %s" % (args[0],)
        elif event in two_paths:
            for at, fd_at in two_paths[event]:
                if not inside(args[at], None if fd_at is None else args[fd_at]):
                    what = "write outside the sandbox: %s" % (args[at],)
        elif event == "sqlite3.connect":
            name = args[0] if isinstance(args[0], str) else fsdecode(args[0])
            if name.startswith("file:"):  # a URI names its file after options we do not parse
                ok = name.startswith("file::memory:")
            else:
                ok = name in ("", ":memory:") or inside(name)
            if not ok:
                what = "write outside the sandbox: %s" % (name,)
        if what is not None:
            report("blocked: " + what)
            raise PermissionError("lorasmith sandbox: blocked " + what)

    sys.addaudithook(hook)


def _main(root, path, fd, cpu, mem, fsize, nproc, guard):
    fd = int(fd)
    os.set_inheritable(fd, False)
    report = _reporter(fd)
    _limits(int(cpu), int(mem), int(fsize), int(nproc))
    import builtins
    builtins.exit = builtins.quit = sys.exit  # site would have added them; -S skips site
    with open(path, "rb") as f:
        source = f.read()
    module = type(sys)("__main__")
    module.__file__ = path
    module.__builtins__ = builtins
    sys.modules["__main__"] = module
    sys.argv[:] = [path]
    sys.path.insert(0, root)
    if guard == "1":
        _guard(root, report)
    try:
        exec(compile(source, path, "exec"), module.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        if isinstance(exc, MemoryError):
            report("memory")
        elif (isinstance(exc, BlockingIOError) and exc.errno == 11) or "can't start new thread" in str(exc):
            report("nproc")
        if exc.__traceback__ is not None:
            exc.__traceback__ = exc.__traceback__.tb_next  # hide this bootstrap frame
        sys.excepthook(type(exc), exc, exc.__traceback__)
        raise SystemExit(1)


NOFILE = @NOFILE@
_main(*sys.argv[1:])
'''.replace("@NOFILE@", str(NOFILE_LIMIT))


def run_python(
    code: str, timeout: float = 10.0, memory_mb: int = 512, file_size_mb: int = 16, max_output: int = 64_000,
    audit_hook: bool = True,
) -> SandboxResult:
    """Run ``code`` as a script in the sandbox and say what happened; never raises for anything the code does.

    ``status`` is "ok" (exit 0, nothing blocked), "error" (exception, non-zero exit, blocked operation),
    "timeout" (wall clock ``timeout`` or CPU time) or "killed" (memory, file size or process limit).
    stdout and stderr keep their first ``max_output`` bytes each, then a ``[truncated: N more bytes]`` line.
    Only the standard library can be imported (no site-packages). ``audit_hook=False`` leaves out only the
    Python-level tripwire (asyncio needs the socketpair it refuses); the kernel layers stay.
    """
    return _execute(code, timeout, memory_mb, file_size_mb, max_output, _launcher(), guard=audit_hook)


def mechanisms() -> list[str]:
    """The isolation layers `run_python` uses on this machine, in words, for logs and reports."""
    launcher = _launcher()
    limits = "rlimits: CPU, address space, file size, open files, core dumps" + (", processes" if launcher.nproc else "")
    return [limits, "process group kill", "scrubbed environment", "temporary working directory", "audit hook", *launcher.layers]


def _execute(
    code: str, timeout: float, memory_mb: int, file_size_mb: int, max_output: int, launcher: _Launcher, guard: bool = True
) -> SandboxResult:
    if not (timeout > 0 and memory_mb > 0 and file_size_mb > 0 and max_output >= 0):
        raise ValueError(f"sandbox limits must be positive: timeout={timeout} memory_mb={memory_mb} file_size_mb={file_size_mb}")
    start = time.monotonic()
    try:
        data = code.encode("utf-8")
        tmp = os.path.realpath(tempfile.mkdtemp(prefix="lorasmith-sandbox-"))
    except (UnicodeEncodeError, OSError) as exc:
        return _failed(f"could not set up: {exc}", start)
    try:
        path = os.path.join(tmp, "snippet.py")
        with open(path, "wb") as f:
            f.write(data)
        if launcher.nobody:
            os.chown(tmp, NOBODY, NOBODY)
            os.chown(path, NOBODY, NOBODY)
        return _spawn(tmp, path, timeout, memory_mb, file_size_mb, max_output, launcher, guard, start)
    except OSError as exc:
        return _failed(f"could not run: {exc}", start)
    finally:
        _remove_tree(tmp)


def _spawn(tmp, path, timeout, memory_mb, file_size_mb, max_output, launcher, guard, start) -> SandboxResult:
    cpu = math.ceil(min(timeout, 1e6)) + 1  # the wall clock normally fires first; this catches busy threads
    status_r, status_w = os.pipe()
    argv = [
        *launcher.prefix, sys.executable, "-I", "-S", "-B", "-X", "utf8", "-c", _BOOTSTRAP,
        tmp, path, str(status_w), str(cpu), str(int(memory_mb) << 20), str(int(file_size_mb) << 20),
        str(NPROC_LIMIT if launcher.nproc else 0), "1" if guard else "0",
    ]
    switch = {"user": NOBODY, "group": NOBODY, "extra_groups": []} if launcher.switch else {}
    env = {"PATH": SAFE_PATH, "LANG": "C.UTF-8", "HOME": tmp, "TMPDIR": tmp, "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp, env=env,
            start_new_session=True, pass_fds=(status_w,), **switch,
        )
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        os.close(status_r)
        return _failed(f"could not start the interpreter: {exc}", start)
    finally:
        os.close(status_w)
    try:
        out, err, status, timed_out = _collect(proc, status_r, start + timeout, max_output)
    finally:
        _kill_group(proc)
        os.close(status_r)
        proc.stdout.close()
        proc.stderr.close()
    reasons = status.data.decode("utf-8", "replace").splitlines()
    verdict, detail = _verdict(proc.returncode, timed_out, reasons, timeout, cpu, memory_mb, file_size_mb)
    if not detail and (out.dropped or err.dropped):
        detail = f"output truncated to {max_output} bytes per stream"
    return SandboxResult(verdict, proc.returncode, out.text(), err.text(), time.monotonic() - start, detail)


class _Capped:
    """The first `limit` bytes of a stream, and how many more were thrown away."""

    def __init__(self, limit: int):
        self.limit, self.data, self.dropped = limit, bytearray(), 0

    def add(self, chunk: bytes) -> None:
        room = max(0, self.limit - len(self.data))
        self.data += chunk[:room]
        self.dropped += max(0, len(chunk) - room)

    def text(self) -> str:
        text = self.data.decode("utf-8", "replace")
        return text + f"\n[truncated: {self.dropped} more bytes]" if self.dropped else text


def _collect(proc: subprocess.Popen, status_fd: int, deadline: float, max_output: int):
    streams = {proc.stdout.fileno(): _Capped(max_output), proc.stderr.fileno(): _Capped(max_output), status_fd: _Capped(STATUS_MAX)}
    timed_out = False
    with selectors.DefaultSelector() as sel:
        for fd in streams:
            sel.register(fd, selectors.EVENT_READ)
        while sel.get_map():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready = sel.select(min(remaining, 0.2))
            if not ready and proc.poll() is not None:
                break  # it exited, but something it started still holds a pipe: the group kill ends that
            for key, _ in ready:
                chunk = os.read(key.fd, 65536)
                if chunk:
                    streams[key.fd].add(chunk)
                else:
                    sel.unregister(key.fd)
    if not timed_out:
        try:
            proc.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            timed_out = True
    out, err, status = streams.values()
    return out, err, status, timed_out


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        pass  # stuck in the kernel; not worth hanging the caller for


def _verdict(rc, timed_out, reasons, timeout, cpu, memory_mb, file_size_mb) -> tuple[str, str]:
    if timed_out:
        return "timeout", f"wall-clock limit {timeout:g}s"
    if rc == -signal.SIGXCPU:
        return "timeout", f"CPU time limit {cpu}s"
    if rc == -signal.SIGXFSZ:
        return "killed", f"file size limit {file_size_mb} MiB"
    if "memory" in reasons:
        return "killed", f"memory limit {memory_mb} MiB"
    if "nproc" in reasons:
        return "killed", f"process limit {NPROC_LIMIT}"
    if rc == -signal.SIGKILL:
        return "killed", "killed by SIGKILL (CPU hard limit or out of memory)"
    if rc is not None and rc < 0:
        return "error", f"killed by signal {signal.Signals(-rc).name if -rc in signal.valid_signals() else -rc}"
    blocked = [r for r in reasons if r.startswith("blocked: ")]
    if blocked:
        return "error", blocked[0]
    if rc != 0:
        return "error", f"exit status {rc}"
    return "ok", ""


def _failed(why: str, start: float) -> SandboxResult:
    return SandboxResult("error", None, "", "", time.monotonic() - start, why.replace("\n", " "))


def _remove_tree(path: str) -> None:
    try:
        shutil.rmtree(path)
        return
    except FileNotFoundError:
        return
    except OSError:
        pass
    # Without root, folders the child locked (chmod 000) stop rmtree: open them up (never through a link) and retry.
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    for folder, subdirs, _ in os.walk(path):
        for name in subdirs:
            sub = os.path.join(folder, name)
            if not os.path.islink(sub):
                try:
                    os.chmod(sub, 0o700)
                except OSError:
                    pass
    shutil.rmtree(path, ignore_errors=True)


_LAUNCHER: _Launcher | None = None
_LAUNCHER_LOCK = threading.Lock()


def _launcher() -> _Launcher:
    """The strongest way of starting the child that works here, found once per process."""
    global _LAUNCHER
    with _LAUNCHER_LOCK:
        if _LAUNCHER is None:
            _LAUNCHER = next(c for c in _candidates() if _works(c))
        return _LAUNCHER


def _candidates() -> list[_Launcher]:
    """Ways of starting the child, strongest first; the last always works."""
    unshare, setpriv = (shutil.which(name, path=SAFE_PATH + ":/usr/sbin:/sbin") for name in ("unshare", "setpriv"))
    nobody = f"uid {NOBODY} (nobody)"
    found = []
    if os.geteuid() == 0:
        # A network namespace needs CAP_SYS_ADMIN (missing under Docker's defaults); then go on without one.
        netns = ([((unshare, "-n", "--"), ("network namespace (unshare -n)",))] if unshare else []) + [((), ())]
        if setpriv:
            drop = (setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--no-new-privs")
            # When the interpreter lives where nobody cannot reach it (/root/.pyenv), keep just the right to read.
            read = ("--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search")
            for ns, label in netns:
                found.append(_Launcher((*ns, *drop, "--"), False, True, True, (*label, nobody, "no_new_privs")))
                found.append(_Launcher(
                    (*ns, *drop, *read, "--"), False, True, True, (*label, nobody + " reading any file", "no_new_privs")
                ))
        if unshare:  # no setpriv: Popen switches the user, and unshare needs a user namespace as nobody
            found.append(_Launcher((unshare, "-rn", "--"), True, True, True, ("network namespace (unshare -rn)", nobody)))
        found.append(_Launcher((), True, True, True, (nobody,)))
        if unshare:
            # uid 0 inside maps to real root: no process limit, but no host capabilities and no network
            found.append(_Launcher((unshare, "-rn", "--"), False, False, False, ("network namespace (unshare -rn)",)))
            found.append(_Launcher((unshare, "-n", "--"), False, False, False, ("network namespace (unshare -n)",)))
    elif unshare:
        found.append(_Launcher((unshare, "-rn", "--"), False, False, True, ("network namespace (unshare -rn)",)))
    found.append(_Launcher((), False, False, False, ()))  # limits, process group and audit hook only
    return found


def _works(launcher: _Launcher) -> bool:
    if not launcher.prefix and not launcher.nobody:
        return True
    import json

    # Same interpreter and the same standard library: a Python that cannot read its own falls back to another.
    probe = "import json, socket, sys\nprint(sys.version, json.__file__)\n"
    result = _execute(probe, 10.0, 256, 1, 1000, launcher, guard=True)
    return result.status == "ok" and result.stdout == f"{sys.version} {json.__file__}\n"
