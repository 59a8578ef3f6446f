"""`crm-desktop print quote|order NUMBER OUT.pdf --user LOGIN`: password from stdin, permission and scope checked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.cli import main
from crm_desktop.db.session import Database
from tests.services.helpers import PASSWORD
from tests.services.printing_office import CUSTOMER, TOTAL_WORDS, build_print_office


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_print_quote_and_order(
    db: Database,
    db_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build_print_office(db)
    for kind, number in (("quote", "BJ202611220001"), ("order", "XS202611220001")):
        out = tmp_path / f"{kind}.pdf"
        _stdin(monkeypatch, PASSWORD + "\n")
        assert main(["print", kind, number, str(out), "--user", "seller", "--database", db_url]) == 0
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert CUSTOMER in text and "¥1,234.56" in text and TOTAL_WORDS in text
        assert f"printed to {out}" in capsys.readouterr().out

    refused = tmp_path / "refused.pdf"
    _stdin(monkeypatch, PASSWORD + "\n")  # another salesperson's quote
    assert (
        main(["print", "quote", "BJ202611220002", str(refused), "--user", "seller", "--database", db_url])
        == 2
    )
    _stdin(monkeypatch, PASSWORD + "\n")  # may view quotes, may not print
    assert (
        main(["print", "quote", "BJ202611220001", str(refused), "--user", "noprint", "--database", db_url])
        == 2
    )
    _stdin(monkeypatch, "wrong\n")
    assert (
        main(["print", "quote", "BJ202611220001", str(refused), "--user", "seller", "--database", db_url])
        == 2
    )
    _stdin(monkeypatch, PASSWORD + "\n")
    assert main(["print", "order", "XS-NONE", str(refused), "--user", "seller", "--database", db_url]) == 2
    assert not refused.exists()
    assert "permission" in capsys.readouterr().err
