"""A PostgreSQL cluster kept under bench/out/pg between benchmark runs (generated databases are cached there).

Reuses the test suite's discovery (initdb/pg_ctl location, running as the `postgres` OS user when root); unlike
the test cluster, the data directory survives `stop()` so a rerun finds its million customers again.
"""

from __future__ import annotations

import os
import pwd
from pathlib import Path

from tests.pg_cluster import SERVER_USER, PgServer, _free_port, _is_root, discover


class BenchPgServer(PgServer):
    def __init__(self, root: Path) -> None:
        super().__init__(discover())
        self._home = root

    def start(self) -> None:
        if self.external or self._running:
            return
        self._home.mkdir(parents=True, exist_ok=True)
        self.root = self._home
        if _is_root():
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        if not (self._data / "PG_VERSION").exists():
            self._initdb()
        if self._already_running():
            return
        self._start_tuned()

    def _already_running(self) -> bool:
        """Another benchmark (or a person) started this cluster: use it and leave it running."""
        status = self._run("pg_ctl", "-D", str(self._data), "status")
        pid_file = self._data / "postmaster.pid"
        if status.returncode != 0 or not pid_file.exists():
            return False
        lines = pid_file.read_text().splitlines()
        self.port = int(lines[3]) if len(lines) > 3 and lines[3].strip().isdigit() else None
        return self.port is not None

    def _start_tuned(self) -> None:
        port = _free_port()
        options = (
            f"-p {port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c shared_buffers=512MB -c maintenance_work_mem=512MB -c work_mem=32MB"
            " -c max_wal_size=4GB"
        )
        result = self._run(
            "pg_ctl", "-D", str(self._data), "-l", str(self.log_path), "-w", "-o", options, "start"
        )
        if result.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {result.stderr}\n{self._log_tail()}")
        self.port = port
        self._running = True

    def cpu_seconds(self) -> float | None:
        """CPU time used so far by the server: its postmaster and every process it started, running or ended
        (Linux /proc; None elsewhere)."""
        pid_file = self._data / "postmaster.pid"
        proc = Path("/proc")
        if not pid_file.exists() or not proc.is_dir():
            return None
        postmaster = pid_file.read_text().split("\n", 1)[0].strip()
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # ended meanwhile
            if entry.name == postmaster:  # its own time and that of its children that have ended
                total += sum(int(f) for f in fields[11:15])
            elif fields[1] == postmaster:  # a running child (fields[1]: the parent's pid)
                total += int(fields[11]) + int(fields[12])  # user and system time
        return total / ticks

    def stop(self) -> None:
        if self.external or not self._running:
            return
        self._running = False
        self._run("pg_ctl", "-D", str(self._data), "-m", "fast", "-w", "stop", timeout=120)
