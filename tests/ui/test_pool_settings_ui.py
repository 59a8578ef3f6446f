"""The public pool settings dialog: claim limit and automatic-return days, by default and per customer type."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers.pool_page import PoolPage
from crm_desktop.ui.modules.customers.pool_settings_dialog import PoolSettingsDialog
from tests.ui.test_customers_ui import WAIT_MS, Boxes, boxes  # noqa: F401

pytestmark = pytest.mark.gui


def test_pool_settings_saved_from_the_pool_page(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    admin = sign_in("admin")
    page = PoolPage(admin, auto_return=False)
    qtbot.addWidget(page)
    assert not page.settings_button.isHidden()
    dialog = page.open_settings()
    assert isinstance(dialog, PoolSettingsDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    types = admin.codes("customer_type")
    dialog.limit_box.setValue(37)
    dialog.default_box.setValue(90)
    box = dialog.table.cellWidget(0, 1)
    assert isinstance(box, QSpinBox)
    box.setValue(30)
    dialog.grab().save("/tmp/pool_settings.png")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = admin.pool.settings()
    assert saved.claim_limit == 37
    assert saved.default_days == 90
    assert saved.days_by_type == {types[0].id: 30}


def test_pool_settings_hidden_from_sales_and_refused_by_the_service(
    qtbot: QtBot,
    sign_in: Callable[[str], Workspace],
    boxes: Boxes,  # noqa: F811 - the fixture imported above
) -> None:
    yangfan = sign_in("yangfan")
    page = PoolPage(yangfan, auto_return=False)
    qtbot.addWidget(page)
    assert page.settings_button.isHidden()
    dialog = PoolSettingsDialog(yangfan)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    dialog.limit_box.setValue(999)
    dialog.save()  # the service refuses (no "assign" on the pool): a message, nothing saved
    assert boxes.shown, "the refusal is shown"
    assert sign_in("admin").pool.settings().claim_limit != 999
