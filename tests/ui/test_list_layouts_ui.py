"""Issue 5: the sales lists follow the station's list layout. The administrator saves a key-accounts opportunity
list with a custom field column and the stage moved to the front; 杨帆's open list (key accounts) changes live and
shows the custom value, 赵敏's (another station) keeps the shipped columns."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db.models import Opportunity, User
from crm_desktop.services.definitions.schema import FieldDef, ListColumn, ListLayout, Option
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.form_definitions import TOPIC
from crm_desktop.ui.modules.opportunities.page import OpportunitiesPage
from crm_desktop.ui.signals import app_signals

pytestmark = pytest.mark.gui
WAIT_MS = 15000
BASE = ["Opportunity", "Customer", "Stage", "Probability", "Amount", "Expected close", "Status", "Owner"]
SEGMENT = FieldDef(
    "x_segment",
    "choice",
    {"zh_CN": "细分市场", "en": "Segment"},
    options=(
        Option("ka", {"zh_CN": "大客户", "en": "Key account"}),
        Option("smb", {"zh_CN": "中小", "en": "SMB"}),
    ),
)


def headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def cell_text(table: QTableWidget, row_id: int, header: str) -> str:
    column = headers(table).index(header)
    for r in range(table.rowCount()):
        item = table.item(r, column)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
            return item.text()
    raise AssertionError(f"row {row_id} not listed")


def open_page(qtbot: QtBot, workspace: Workspace) -> OpportunitiesPage:
    page = OpportunitiesPage(workspace)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.rows) and not page.loading and not page.list_columns.is_loading(),
                    timeout=WAIT_MS)  # fmt: skip
    return page


def test_station_list_layout_reaches_open_lists_of_that_station_only(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    admin = sign_in("admin")
    definitions = DefinitionService(admin.db, admin.user)
    definitions.create_field("opportunity", SEGMENT)
    with admin.db.unit_of_work() as session:  # a value stored by the entry form earlier
        yangfan_id = session.scalar(select(User.id).where(User.login == "yangfan"))
        deal = session.scalars(
            select(Opportunity).where(Opportunity.owner_id == yangfan_id).order_by(Opportunity.id)
        ).first()
        assert deal is not None
        deal.extra = {**(deal.extra or {}), "x_segment": "ka"}
        deal_id = deal.id

    mine, other = open_page(qtbot, sign_in("yangfan")), open_page(qtbot, sign_in("zhaomin"))
    assert (
        headers(mine.table) == headers(other.table) == BASE
    )  # the shipped layout: what the page always showed
    assert cell_text(mine.table, deal_id, "Probability").endswith("%")

    layout = ListLayout("opportunity", (ListColumn("stage_id", 90), ListColumn("name", None),
                                        ListColumn("x_segment", 120), ListColumn("amount", 110),
                                        ListColumn("owner_id", 80)))  # fmt: skip
    definitions.save_layout(layout, "station", "key_accounts", based_on=0)
    app_signals().records_changed.emit(TOPIC, [])  # what the change feed delivers (ui/live.py)

    expected = ["Stage", "Opportunity", "Segment", "Amount", "Owner"]
    qtbot.waitUntil(lambda: headers(mine.table) == expected, timeout=WAIT_MS)
    assert cell_text(mine.table, deal_id, "Segment") == "Key account"  # the option's label in the UI language
    assert cell_text(mine.table, deal_id, "Opportunity") == next(r.name for r in mine.rows if r.id == deal_id)
    assert mine.table.columnWidth(expected.index("Segment")) >= 120  # at least the layout's width
    mine.table.selectRow(0)
    assert mine.selected_id() == mine.rows[0].id  # selection still finds the row with the stage first

    qtbot.waitUntil(lambda: not other.list_columns.is_loading(), timeout=WAIT_MS)
    assert headers(other.table) == BASE  # another station: unchanged
