"""The import wizard driven through its pages: bad file refused, mapping, Stop mid-run, re-run without duplicates,
errors saved; and the page's Export… writing the list as shown."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.db.models import Customer
from crm_desktop.db.session import Database
from crm_desktop.exports.excel import write_xlsx
from crm_desktop.services.customers import CustomerQuery
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers import CustomersPage
from crm_desktop.ui.modules.customers.import_wizard import ImportWizard
from crm_desktop.ui.workers import wait_for_background

pytestmark = pytest.mark.gui
ROWS = 3000


def _imported(db: Database) -> int:
    with db.read_only() as s:
        return int(s.execute(select(func.count()).where(Customer.name.like("导入客户%"))).scalar_one())


def _source(tmp_path: Path) -> Path:
    path = tmp_path / "customers.xlsx"
    rows: list[list[object]] = [
        [f"导入客户{i:05d}", "目标客户", f"1390000{i:04d}", "ignored"] for i in range(ROWS)
    ]
    rows[5][1] = "没有这种类型"
    write_xlsx(path, ["客户名称", "客户类型", "手机", "随便"], rows)
    return path


def _wizard(qtbot: QtBot, workspace: Workspace, path: Path) -> ImportWizard:
    wizard = ImportWizard(workspace, batch_size=100)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def test_a_bad_file_stays_on_the_first_page_with_the_reason(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    bad = tmp_path / "empty.xlsx"
    bad.write_bytes(b"")
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.isVisible() and wizard.file_page.error.text() == "The file is empty."
    assert wizard.file_page.path_edit.text() == str(bad)  # typed input kept


def test_stop_mid_run_then_rerun_creates_no_duplicates(
    qtbot: QtBot, workspace: Workspace, demo_db: Database, tmp_path: Path
) -> None:
    path = _source(tmp_path)
    wizard = _wizard(qtbot, workspace, path)
    page = wizard.mapping_page
    assert page.mapping() == {0: "name", 1: "type", 2: "mobile"}
    assert page.table.rowCount() == 21  # the mapping row and 20 preview rows
    page.set_field(0, None)
    wizard.next()
    assert (
        wizard.currentPage() is page
        and page.error.text() == "Choose the column that holds the customer name."
    )
    page.set_field(0, "name")
    wizard.next()
    assert wizard.currentPage() is wizard.options_page
    wizard.next()
    run = wizard.run_page
    assert wizard.currentPage() is run
    qtbot.waitUntil(lambda: run.progress.value() > 0, timeout=10_000)
    run.stop.click()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20_000)
    first = wizard.import_result
    assert first is not None and first.cancelled
    assert 0 < first.created < ROWS - 1
    assert wizard.result_page.summary.text().startswith("Stopped after")
    assert _imported(demo_db) == first.created

    again = _wizard(qtbot, workspace, path)
    again.next()
    again.next()
    qtbot.waitUntil(lambda: again.currentPage() is again.result_page, timeout=30_000)
    second = again.import_result
    assert second is not None and not second.cancelled
    assert second.created == ROWS - 1 - first.created
    assert second.rejected == 1 and second.unchanged == first.created
    assert _imported(demo_db) == ROWS - 1  # every row once; the bad row never
    summary = again.result_page.summary.text()
    assert f"Created: {second.created:,}" in summary and "Rejected: 1" in summary
    again.result_page.grab().save(str(tmp_path / "result.png"))
    errors = tmp_path / "errors.xlsx"
    assert again.result_page.save.isEnabled() and again.result_page.save_errors_to(str(errors))
    sheet = openpyxl.load_workbook(errors).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Row", "Field", "Error", "客户名称")
    assert rows[1][:4] == (7, "type", "“没有这种类型” is not in the code table.", "导入客户00005")


def test_progress_shows_the_rate_and_the_time_left(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    text = wizard.run_page.progress_text
    assert text(12_000, 100_000, 6000.0) == "12,000 rows processed · 6,000 rows/s · about 15 s left"
    assert text(12_000, 1_000_000, 6000.0) == "12,000 rows processed · 6,000 rows/s · about 3 min left"
    assert text(500, 100_000, None) == "500 rows processed"  # too early for a rate
    assert text(100_000, None, 6250.0) == "100,000 rows processed · 6,250 rows/s"  # no estimate: no time left


def test_cancel_button_is_refused_while_running(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, workspace, _source(tmp_path))
    wizard.next()
    wizard.next()
    wizard.reject()  # e.g. Esc: stops the import instead of closing over a running worker
    assert wizard.isVisible() and wizard.run_page._stop.is_set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=20_000)
    wizard.reject()
    assert not wizard.isVisible()


def test_page_actions_follow_permissions_and_export_writes_the_list(
    qtbot: QtBot,
    sign_in,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    admin = sign_in("admin")
    page = CustomersPage(admin)
    qtbot.addWidget(page)
    assert page.action_import.isVisible() and page.exporter.action.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.model.set_query(CustomerQuery(only_mine=True))  # the admin owns none: an empty list, headers only
    qtbot.waitUntil(lambda: not page.model.is_loading())
    out = tmp_path / "mine.xlsx"
    written: list[int] = []
    page.exporter.export_to(str(out), written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    assert written == [0]
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:2] == ["Name", "Type"]
    page.model.set_query(CustomerQuery())
    qtbot.waitUntil(lambda: not page.model.is_loading())
    written.clear()
    page.exporter.export_to(str(out), written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=10_000)
    assert written[0] == 40  # every demo customer the admin sees
    wait_for_background()

    store = CustomersPage(sign_in("liping"))  # storefront: neither import nor export
    qtbot.addWidget(store)
    assert not store.action_import.isVisible() and not store.exporter.action.isVisible()
    wait_for_background()


def test_customer_archive_menu_offers_import_and_export_by_permission(qtbot: QtBot, sign_in) -> None:  # type: ignore[no-untyped-def]
    from crm_desktop.services.stations import get_station
    from crm_desktop.ui.main_window import MainWindow

    admin = sign_in("admin")
    window = MainWindow(admin, get_station(admin.db, admin.user.station_code))
    qtbot.addWidget(window)
    assert window.act_import_customers.isVisible() and window.act_export_customers.isVisible()
    assert window.act_import_customers.text() == "&Import customers…"
    window.act_import_customers.trigger()
    page = window._pages["customers"]
    assert isinstance(page, CustomersPage) and isinstance(page.current_dialog, ImportWizard)
    page.current_dialog.reject()
    wait_for_background()

    store = sign_in("liping")
    other = MainWindow(store, get_station(store.db, store.user.station_code))
    qtbot.addWidget(other)
    assert not other.act_import_customers.isVisible() and not other.act_export_customers.isVisible()
    wait_for_background()
