"""A PostgreSQL server for the test session: an external one (CRM_TEST_PG_URL) or a throwaway local cluster.

`discover()` decides, without starting anything, what the session would use (or why PostgreSQL tests skip);
`PgServer.start()` brings the server up (initdb + pg_ctl in a temp dir) and `stop()` removes every trace of it.
As root the cluster runs as the `postgres` OS user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import shutil
import socket
import stat
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

ENV_URL = "CRM_TEST_PG_URL"
FALLBACK_BIN_GLOB = "/usr/lib/postgresql/*/bin"
SERVER_USER = "postgres"
START_TIMEOUT_S = 60
LOG_TAIL_LINES = 40
SHM_DIR = "/dev/shm"
SHM_MIN_FREE = 1 << 30  # a small /dev/shm (Docker's default is 64 MB) is left alone


class PgStartError(RuntimeError):
    """The cluster could not be created or started (the message carries the server log's tail)."""


@dataclass(frozen=True)
class Discovery:
    """What the session will use: an external URL, a local bin dir, or neither (then `reason` says why)."""

    external_url: str | None = None
    bin_dir: Path | None = None
    version: str | None = None
    reason: str | None = None

    @property
    def available(self) -> bool:
        return self.external_url is not None or self.bin_dir is not None

    def describe(self) -> str:
        if self.external_url is not None:
            shown = make_url(self.external_url).render_as_string(hide_password=True)
            return f"PostgreSQL: external server from ${ENV_URL} ({shown})"
        if self.bin_dir is not None:
            as_user = f", as OS user {SERVER_USER!r}" if _is_root() else ""
            return (
                f"PostgreSQL: throwaway cluster, {self.version or 'unknown version'} from {self.bin_dir}"
                f"{as_user} (started on first pg test)"
            )
        return f"PostgreSQL: unavailable, pg tests skip: {self.reason}"


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _version_key(path: str) -> tuple[int, ...]:
    # /usr/lib/postgresql/15/bin -> (15,); 9.6 -> (9, 6)
    name = Path(path).parent.name
    return tuple(int(p) for p in re.findall(r"\d+", name)) or (0,)


def _find_bin_dir() -> Path | None:
    initdb = shutil.which("initdb")
    if initdb:
        here = Path(initdb).resolve().parent
        if (here / "pg_ctl").exists():
            return here
        pg_ctl = shutil.which("pg_ctl")
        if pg_ctl:
            # initdb and pg_ctl from different directories: trust the one pg_ctl lives in if it has both.
            there = Path(pg_ctl).resolve().parent
            if (there / "initdb").exists():
                return there
    for candidate in sorted(glob.glob(FALLBACK_BIN_GLOB), key=_version_key, reverse=True):
        path = Path(candidate)
        if (path / "initdb").exists() and (path / "pg_ctl").exists():
            return path
    return None


def _server_version(bin_dir: Path) -> str | None:
    try:
        out = subprocess.run(
            [str(bin_dir / "pg_ctl"), "--version"], capture_output=True, text=True, timeout=10, check=True
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    # "pg_ctl (PostgreSQL) 15.8 (Debian 15.8-1)" -> "PostgreSQL 15.8"
    match = re.search(r"\(PostgreSQL\)\s+(\S+)", out)
    return f"PostgreSQL {match.group(1)}" if match else out.strip() or None


def discover() -> Discovery:
    url = os.environ.get(ENV_URL, "").strip()
    if url:
        from crm_desktop.db.engine import normalise_url

        return Discovery(external_url=normalise_url(url))
    bin_dir = _find_bin_dir()
    if bin_dir is None:
        return Discovery(
            reason=f"no initdb/pg_ctl on PATH or in {FALLBACK_BIN_GLOB}, and ${ENV_URL} is not set"
        )
    if _is_root():
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return Discovery(
                reason=f"running as root and there is no {SERVER_USER!r} OS user to run the server"
            )
        if shutil.which("runuser") is None:
            return Discovery(reason="running as root and `runuser` is not available to drop privileges")
    return Discovery(bin_dir=bin_dir, version=_server_version(bin_dir))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _world_traversable(path: Path) -> bool:
    """Whether another (non-root) user can reach inside `path` (every ancestor has o+x)."""
    for part in [path, *path.parents]:
        try:
            if not part.stat().st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
    return True


def _pick_parent() -> Path:
    """Where the cluster lives: RAM (/dev/shm) when there is room, which makes CREATE DATABASE ~20x faster
    than on a journaling disk; else the temp dir. As root, the server user must be able to reach it."""
    candidates = [Path(tempfile.gettempdir()), Path("/tmp")]
    shm = Path(SHM_DIR)
    try:
        vfs = os.statvfs(shm)
        if shm.is_dir() and os.access(shm, os.W_OK) and vfs.f_bavail * vfs.f_frsize >= SHM_MIN_FREE:
            candidates.insert(0, shm)
    except OSError:
        pass
    for parent in candidates:
        if not _is_root() or _world_traversable(parent):
            return parent
    return candidates[-1]


class PgServer:
    """One PostgreSQL server for the session. `url(dbname)` gives a SQLAlchemy URL for a database on it."""

    def __init__(self, discovery: Discovery) -> None:
        if not discovery.available:
            raise ValueError(discovery.reason)
        self.discovery = discovery
        self.external = discovery.external_url is not None
        self.root: Path | None = None
        self.port: int | None = None
        self._running = False
        self._stopped = False

    # -- URLs ------------------------------------------------------------------------------------------------

    def url(self, dbname: str | None = None) -> str:
        """URL of `dbname` on the server (default: the maintenance database)."""
        if self.discovery.external_url is not None:
            parsed = make_url(self.discovery.external_url)
            if dbname is not None:
                parsed = parsed.set(database=dbname)
            return parsed.render_as_string(hide_password=False)
        if self.port is None:
            raise RuntimeError("the cluster is not started")
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{dbname or 'postgres'}"

    def describe(self) -> str:
        return self.discovery.describe()

    # -- lifecycle -------------------------------------------------------------------------------------------

    def _cmd(self, *args: str) -> list[str]:
        assert self.discovery.bin_dir is not None
        cmd = [str(self.discovery.bin_dir / args[0]), *args[1:]]
        if _is_root():
            cmd = ["runuser", "-u", SERVER_USER, "--", *cmd]
        return cmd

    def _run(self, *args: str, timeout: float = START_TIMEOUT_S) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._cmd(*args),
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.root,
            env={**os.environ, "LC_ALL": "C", "LANG": "C"},
            check=False,
        )

    @property
    def _data(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    @property
    def log_path(self) -> Path:
        assert self.root is not None
        return self.root / "server.log"

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return "(no server log)"
        return "\n".join(lines[-LOG_TAIL_LINES:]) or "(server log is empty)"

    def start(self) -> None:
        if self.external or self._running:
            return
        self.root = Path(tempfile.mkdtemp(prefix="crm-pg-", dir=_pick_parent()))
        atexit.register(self.stop)
        try:
            if _is_root():
                entry = pwd.getpwnam(SERVER_USER)
                os.chown(self.root, entry.pw_uid, entry.pw_gid)
            self._initdb()
            self._start_server()
        except BaseException:
            self.stop()
            raise

    def _initdb(self) -> None:
        common = ("-D", str(self._data), "-U", SERVER_USER, "--auth=trust", "-E", "UTF8", "--no-sync")
        result = self._run("initdb", *common, "--locale=C.UTF-8")
        if result.returncode != 0:
            shutil.rmtree(self._data, ignore_errors=True)
            first = result
            result = self._run("initdb", *common, "--no-locale")
            if result.returncode != 0:
                raise PgStartError(
                    "initdb failed (with --locale=C.UTF-8 and with --no-locale):\n"
                    f"{first.stderr.strip()}\n---\n{result.stdout.strip()}\n{result.stderr.strip()}"
                )

    def _start_server(self) -> None:
        assert self.root is not None
        last_error = ""
        for _attempt in range(3):  # the free port may be taken between probing and binding
            port = _free_port()
            options = (
                f"-p {port} -k {self.root} -c listen_addresses=127.0.0.1"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            result = self._run(
                "pg_ctl", "-D", str(self._data), "-l", str(self.log_path), "-w", "-t", str(START_TIMEOUT_S),
                "-o", options, "start",
            )  # fmt: skip
            if result.returncode == 0:
                self.port = port
                self._running = True
                return
            last_error = f"{result.stdout.strip()}\n{result.stderr.strip()}".strip()
            if "already in use" not in self._log_tail():
                break
            # A failed start may leave a postmaster.pid behind; make sure nothing is running before retrying.
            self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop", timeout=30)
        raise PgStartError(
            f"pg_ctl start failed: {last_error}\n--- tail of {self.log_path} ---\n{self._log_tail()}"
        )

    def stop(self) -> None:
        """Stop the server and delete its directory. Idempotent; does nothing for an external server."""
        if self.external or self.root is None or self._stopped:
            return
        self._stopped = True
        try:
            if self._running:
                self._running = False
                result = self._run("pg_ctl", "-D", str(self._data), "-m", "fast", "-w", "stop", timeout=60)
                if result.returncode != 0:
                    self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop", timeout=30)
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
            with contextlib.suppress(Exception):
                atexit.unregister(self.stop)
