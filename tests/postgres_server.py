"""Start a throwaway PostgreSQL server for the tests, on loopback, and stop it after.

Uses CPSW_TEST_POSTGRES_URL when set (an existing server). Otherwise finds the
server binaries (Debian's /usr/lib/postgresql/*/bin), makes a cluster in a temp
dir and starts it; as root it runs them as the `postgres` user, since the server
refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


class PostgresUnavailable(Exception):
    pass


def _find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    def __init__(self):
        self.base_url = os.environ.get("CPSW_TEST_POSTGRES_URL")
        self.workdir: Path | None = None
        self._as_user: list[str] = []

    def start(self) -> PostgresServer:
        if self.base_url:
            return self
        initdb, pg_ctl = _find_bin("initdb"), _find_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise PostgresUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) on this machine; "
                                      "install them with: apt-get install -y postgresql")
        self.workdir = Path(tempfile.mkdtemp(prefix="cpsw-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.workdir, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]
        data = self.workdir / "data"
        port = _free_port()
        self._run([initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8"])
        self._run([pg_ctl, "-D", str(data), "-l", str(self.workdir / "server.log"), "-w", "-t", "60",
                   "-o", f"-p {port} -k {self.workdir} -c listen_addresses=127.0.0.1 -c fsync=off",
                   "start"])
        self._pg_ctl, self._data = pg_ctl, data
        self.base_url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        return self

    def _run(self, command: list[str]) -> None:
        result = subprocess.run(self._as_user + command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(command[:2])} failed: {result.stderr.strip()[-500:]}")

    def create_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        plain = self.base_url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.base_url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        if self.workdir is None:
            return
        try:
            self._run([self._pg_ctl, "-D", str(self._data), "-m", "fast", "-w", "stop"])
        finally:
            shutil.rmtree(self.workdir, ignore_errors=True)
