"""Start and stop a real redis-server on a free port of 127.0.0.1 (tests/conftest.py, bench/fleet.py).

No persistence (``--save '' --appendonly no``), its files in the directory given. Without the
Debian package ``redis-server`` (``make redis`` installs it), :class:`RedisUnavailable` says so.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

INSTALL_HINT = "`make redis` (Debian: apt-get install -y redis-server)"


class RedisUnavailable(RuntimeError):
    """redis-server is not installed."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_redis(directory: Path, *, wait: float = 10.0) -> tuple[subprocess.Popen[bytes], str]:
    """A redis-server on a free port of 127.0.0.1: the process and its URL."""
    exe = shutil.which("redis-server")
    if exe is None:
        raise RedisUnavailable(f"redis-server is not installed: {INSTALL_HINT}")
    port = free_port()
    log = directory / "redis.log"
    command = [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    command += ["--dir", str(directory), "--daemonize", "no", "--logfile", str(log)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return process, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    stop_redis(process)
    tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
    raise RuntimeError(f"redis-server did not start on port {port}: {tail}")


def stop_redis(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
