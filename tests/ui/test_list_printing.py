"""Print… on the sales lists (leads, opportunities, quotes, contracts, orders, forecast): the PDF holds the rows
the list shows, and the action is there only with the module's "print" permission."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QTableWidget, QWidget

from crm_desktop.services.errors import PermissionDenied
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import print_actions
from crm_desktop.ui.modules.contracts.page import ContractsPage
from crm_desktop.ui.modules.forecast.page import ForecastPage
from crm_desktop.ui.modules.leads.page import LeadsPage
from crm_desktop.ui.modules.opportunities.page import OpportunitiesPage
from crm_desktop.ui.modules.orders.page import OrdersPage
from crm_desktop.ui.modules.quotes.page import QuotesPage

WAIT = 15_000


@pytest.fixture(autouse=True)
def no_viewer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_actions, "OPEN_AFTER_SAVE", False)


@pytest.fixture
def saved(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths whose PDF is completely written (the file appears before the worker has finished writing)."""
    done: list[str] = []
    real = print_actions.save_pdf

    def save_pdf(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs, on_done=done.append)

    monkeypatch.setattr(print_actions, "save_pdf", save_pdf)
    return done


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")


def _table(page: QWidget) -> QTableWidget:
    if isinstance(page, LeadsPage):
        return page.mine.table
    table = page.table  # type: ignore[attr-defined]
    assert isinstance(table, QTableWidget)
    return table


def _filled(table: QTableWidget) -> Callable[[], bool]:
    return lambda: table.rowCount() > 0 and table.item(table.rowCount() - 1, 0) is not None


PAGES = {
    "leads": LeadsPage,
    "opportunities": OpportunitiesPage,
    "quotes": QuotesPage,
    "contracts": ContractsPage,
    "orders": OrdersPage,
    "forecast": ForecastPage,
}


def test_every_sales_list_prints_its_rows(
    qtbot, workspace: Workspace, tmp_path: Path, saved: list[str]
) -> None:  # type: ignore[no-untyped-def]
    for module, page_class in PAGES.items():
        page = page_class(workspace)
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        table = _table(page)
        qtbot.waitUntil(_filled(table), timeout=WAIT)
        headers, rows = print_actions.table_contents(table)
        assert rows and len(headers) == len(rows[0])
        out = tmp_path / f"{module}.pdf"
        page.print_list(path=str(out))  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda target=str(out): target in saved, timeout=WAIT)
        text = _pdf_text(out).replace(" ", "")
        assert headers[0].replace(" ", "") in text, module
        # The first and last rows' first cells (number / company / person) are printed.
        for row in (rows[0], rows[-1]):
            assert row[0].replace(" ", "") in text, (module, row)
        if module == "forecast":
            assert "Q" in text and str(page.year.value()) in text  # type: ignore[attr-defined]
        page.close()


def test_print_needs_the_print_permission(qtbot, sign_in, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rep = sign_in("yangfan")  # sales: forecast view only, the other sales modules with print
    forecast = ForecastPage(rep)
    qtbot.addWidget(forecast)
    assert forecast.print_button.isHidden()
    with pytest.raises(PermissionDenied):
        rep.printing.list_pdf("forecast", "x", ["a"], [["b"]])
    quotes = QuotesPage(rep)
    qtbot.addWidget(quotes)
    assert not quotes.buttons["print_list"].isHidden()
    clerk = sign_in("liping")  # storefront: no opportunities at all
    assert not clerk.user.can("opportunities", "print")
    with pytest.raises(PermissionDenied):
        clerk.printing.list_pdf("opportunities", "x", ["a"], [["b"]])
