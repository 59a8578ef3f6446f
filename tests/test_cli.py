"""The command line, run in-process: crm_desktop.cli.main([...])."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from crm_desktop import __version__, config
from crm_desktop.cli import main
from crm_desktop.db import migrate
from crm_desktop.db.engine import create_engine
from crm_desktop.services import auth, demo
from crm_desktop.services.connection import open_database


def _url(tmp_path: Path, name: str = "crm.sqlite3") -> str:
    return f"sqlite:///{(tmp_path / name).as_posix()}"


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"crm-desktop {__version__}"


def test_db_upgrade_then_current(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)
    head = migrate.head_revision()
    assert main(["db", "current", "--database", url]) == 0
    assert capsys.readouterr().out.strip() == f"(empty) (this program needs {head})"

    assert main(["db", "upgrade", "--database", url]) == 0
    assert capsys.readouterr().out.strip() == f"{url}: (empty) -> {head}"
    assert main(["db", "current", "--database", url]) == 0
    assert capsys.readouterr().out.strip() == f"{head} (up to date)"

    assert main(["db", "upgrade", "--database", url]) == 0  # a second upgrade is a no-op
    assert capsys.readouterr().out.strip() == f"{url}: {head} -> {head}"


def test_database_option_before_the_sub_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`crm-desktop --database URL db upgrade` must upgrade URL, not the default database."""
    url = _url(tmp_path)
    assert main(["--database", url, "db", "upgrade"]) == 0
    assert capsys.readouterr().out.startswith(f"{url}: ")
    engine = create_engine(url)
    try:
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def test_demo_loads_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _url(tmp_path)  # a new file: demo sets the schema up itself
    assert main(["demo", "--database", url, "--customers", "50"]) == 0
    out = capsys.readouterr().out
    assert "customers: 50/50" in out
    assert "customers=50" in out

    db = open_database(url)
    try:
        assert demo.is_demo(db)
        assert auth.login(db, "admin", demo.DEMO_PASSWORD).is_admin
    finally:
        db.dispose()

    assert main(["demo", "--database", url, "--customers", "50"]) == 2
    captured = capsys.readouterr()
    assert "already holds data" in captured.err
    assert captured.err.strip().startswith("crm-desktop: ")


def test_demo_refuses_a_database_it_cannot_open(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 50)
    assert main(["demo", "--database", _url(tmp_path, "notes.txt")]) == 2
    assert "damaged" in capsys.readouterr().err


def test_user_add_reads_the_password_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _url(tmp_path)
    assert main(["db", "upgrade", "--database", url]) == 0
    capsys.readouterr()

    _stdin(monkeypatch, "Admin-pass-1\n")
    args = [
        "user",
        "add",
        "--database",
        url,
        "Boss",
        "--name",
        "老板",
        "--role",
        "admin",
        "--station",
        "manager",
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith("user Boss created (id ")

    db = open_database(url)
    try:
        user = auth.login(db, "boss", "Admin-pass-1")
        assert (user.login, user.full_name, user.is_admin, user.station_code) == (
            "Boss",
            "老板",
            True,
            "manager",
        )
    finally:
        db.dispose()

    _stdin(monkeypatch, "Other-pass-1\n")
    assert main(["user", "add", "--database", url, "boss", "--name", "另一个"]) == 2
    assert capsys.readouterr().err.strip() == "crm-desktop: login: This user name is already taken."

    _stdin(monkeypatch, "short\n")
    assert main(["user", "add", "--database", url, "clerk", "--name", "文员"]) == 2
    assert "password: The new password must have at least 8 characters." in capsys.readouterr().err

    _stdin(monkeypatch, "Clerk-pass-1\n")
    assert main(["user", "add", "--database", url, "clerk", "--name", "文员", "--role", "nope"]) == 2
    assert "role: There is no such role." in capsys.readouterr().err


def test_user_add_on_an_empty_database_names_the_upgrade_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _url(tmp_path)
    _stdin(monkeypatch, "Admin-pass-1\n")
    assert main(["user", "add", "--database", url, "boss", "--name", "老板"]) == 2
    assert f'crm-desktop db upgrade --database "{url}"' in capsys.readouterr().err


def test_default_database_lives_in_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)
    data_dir = Path(os.environ[config.ENV_DATA_DIR])  # set by tests/conftest.py
    assert config.data_dir() == data_dir
    assert config.default_database_url() == f"sqlite:///{(data_dir / 'crm.sqlite3').as_posix()}"
    assert config.resolve_database_url(None) == (config.default_database_url(), True)
    assert config.resolve_database_url("sqlite:///x.db") == ("sqlite:///x.db", False)
    monkeypatch.setenv(config.ENV_DATABASE_URL, "postgresql://crm@db/crm")
    assert config.resolve_database_url(None) == ("postgresql://crm@db/crm", False)
    monkeypatch.delenv(config.ENV_DATABASE_URL)

    # Running without --database really uses it (in a private data dir, so other tests keep theirs empty).
    private = tmp_path / "data"
    monkeypatch.setenv(config.ENV_DATA_DIR, str(private))
    assert main(["db", "upgrade"]) == 0
    assert (private / "crm.sqlite3").is_file()
    capsys.readouterr()
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out.strip() == f"{migrate.head_revision()} (up to date)"

    _stdin(monkeypatch, "short\n")
    assert main(["user", "add", "someone", "--name", "某人"]) == 2  # reached the default database
    assert "password" in capsys.readouterr().err


def test_user_add_on_the_default_database_names_the_short_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(config.ENV_DATABASE_URL, raising=False)
    monkeypatch.setenv(config.ENV_DATA_DIR, str(tmp_path / "fresh"))
    _stdin(monkeypatch, "Admin-pass-1\n")
    assert main(["user", "add", "boss", "--name", "老板"]) == 2
    err = capsys.readouterr().err
    assert "crm-desktop db upgrade" in err and "--database" not in err
