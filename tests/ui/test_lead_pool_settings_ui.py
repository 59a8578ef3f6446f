"""The lead pool's Settings… dialog (claim limit, days without follow-up) and the daily return at sign-in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from crm_desktop.db.models import Lead, PoolRun
from crm_desktop.services.lead_auto_return import LeadAutoReturnService, LeadPoolSettings
from crm_desktop.services.messages import MessageService
from crm_desktop.services.stations import get_station
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.modules.leads.page import LeadsPage
from crm_desktop.ui.modules.leads.pool_settings_dialog import LeadPoolSettingsDialog
from crm_desktop.ui.workers import wait_for_background

pytestmark = pytest.mark.gui
WAIT_MS = 10000


def test_settings_saved_from_the_lead_pool_and_errors_beside_the_field(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    admin = sign_in("admin")
    page = LeadsPage(admin)
    qtbot.addWidget(page)
    assert not page.pool.settings_button.isHidden()
    dialog = page.pool.open_settings()
    assert isinstance(dialog, LeadPoolSettingsDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.days_box.value() == 0 and dialog.days_box.text() == "Never"
    dialog.limit_box.setValue(60)
    dialog.days_box.setValue(30)
    dialog.resize(dialog.sizeHint())
    dialog.grab().save("/tmp/lead_pool_settings.png")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=WAIT_MS)
    assert page.services.auto_return.settings() == LeadPoolSettings(60, 30)
    wait_for_background()


def test_sales_see_no_settings_button(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> None:
    page = LeadsPage(sign_in("yangfan"))
    qtbot.addWidget(page)
    assert page.pool.settings_button.isHidden()
    wait_for_background()


def test_signing_in_returns_leads_without_follow_up_and_tells_the_owner(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    ws = sign_in("yangfan")
    LeadAutoReturnService(ws.db, sign_in("admin").user).save_settings(LeadPoolSettings(50, 30))
    old = datetime.now(UTC) - timedelta(days=40)
    with ws.db.unit_of_work() as s:
        lead_id = s.execute(
            select(Lead.id).where(Lead.owner_id == ws.user.user_id, Lead.status != "converted").limit(1)
        ).scalar_one()
        s.execute(
            update(Lead)
            .where(Lead.id == lead_id)
            .values(created_at=old, claimed_at=old, last_followup_at=old)
        )
    window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
    qtbot.addWidget(window)

    def owner() -> int | None:
        with ws.db.read_only() as s:
            return s.execute(select(Lead.owner_id).where(Lead.id == lead_id)).scalar_one()

    qtbot.waitUntil(lambda: owner() is None, timeout=WAIT_MS)
    wait_for_background()
    subjects = [m.subject for m in MessageService(ws.db, ws.user).inbox()]
    assert any("30 天未跟进" in s for s in subjects)
    with ws.db.read_only() as s:
        assert s.execute(select(PoolRun.run_key).where(PoolRun.run_key.like("lead_pool:%"))).scalars().all()
    window.close()
    wait_for_background()
