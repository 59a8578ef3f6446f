"""`crm-desktop import customers` / `export customers`: password from stdin, counts printed, permission checked."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.cli import main
from crm_desktop.db import migrate
from crm_desktop.db.engine import create_engine
from crm_desktop.exports.excel import write_xlsx
from crm_desktop.services import auth
from crm_desktop.services.connection import open_database

PASSWORD = "Import-pass-1"


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{(tmp_path / 'crm.sqlite3').as_posix()}"
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    db = open_database(url)
    try:
        auth.create_user(db, "boss", "老板", PASSWORD, role_code="admin")
        auth.create_user(db, "nobody", "无权限", PASSWORD)
    finally:
        db.dispose()
    return url


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_import_then_export(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    source = tmp_path / "in.xlsx"
    write_xlsx(source, ["客户名称", "客户类型", "手机"],
               [["华强电子", "目标客户", "13800138000"], ["=SUM(1)", "", ""], ["坏行", "没有这种类型", ""]])  # fmt: skip
    errors = tmp_path / "errors.xlsx"
    _stdin(monkeypatch, PASSWORD + "\n")
    code = main(
        ["import", "customers", str(source), "--user", "boss", "--database", url, "--errors", str(errors)]
    )
    out, err = capsys.readouterr()
    assert code == 1  # some rows were rejected
    assert out.splitlines()[0] == "created 2, updated 0, unchanged 0, rejected 1"
    assert "row 4: type “没有这种类型” is not in the code table." in err
    assert errors.exists()

    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["import", "customers", str(source), "--user", "boss", "--database", url]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "created 0, updated 0, unchanged 2, rejected 1"

    out_file = tmp_path / "out.xlsx"
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["export", "customers", str(out_file), "--user", "boss", "--database", url]) == 0
    assert capsys.readouterr().out.strip() == f"2 customers exported to {out_file}"
    sheet = openpyxl.load_workbook(out_file).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["=SUM(1)", "华强电子"] and rows[2][1] == "目标客户"


def test_wrong_password_and_missing_permission_are_refused(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out_file = tmp_path / "out.xlsx"
    _stdin(monkeypatch, "wrong\n")
    assert main(["export", "customers", str(out_file), "--user", "boss", "--database", url]) == 2
    assert "Wrong user name or password." in capsys.readouterr().err
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["export", "customers", str(out_file), "--user", "nobody", "--database", url]) == 2
    assert "You do not have permission for this operation (customers: export)." in capsys.readouterr().err
    assert not out_file.exists()


def test_a_bad_file_is_refused_with_its_reason(url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["import", "customers", str(bad), "--user", "boss", "--database", url]) == 2
    assert capsys.readouterr().err.strip() == "crm-desktop: The file is empty."
