"""Business log tab: the date filter and the "my team's logs" view with the writer's name."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.quick_panel.business_log_tab import BusinessLogTab, period_range


def test_period_range() -> None:
    today = date(2026, 5, 31)
    assert period_range("any", today) == (None, None)
    assert period_range("today", today) == (today, today)
    assert period_range("week", today) == (date(2026, 5, 25), today)


def test_team_view_and_date_filter(qtbot, sign_in: Callable[[str], Workspace]) -> None:  # type: ignore[no-untyped-def]
    rep = sign_in("yangfan")
    rep.business_log.add(date.today(), "今天拜访了新客户", "详谈")
    rep.business_log.add(date.today() - timedelta(days=40), "很久以前的日志", None)
    boss = sign_in("zhaomin")
    boss.business_log.add(date.today(), "经理自己的日志", None)
    tab = BusinessLogTab(boss)
    qtbot.addWidget(tab)
    tab.resize(420, 600)
    tab.show()
    tab.reload()
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.model.rowCount() > 0)
    mine = {tab.model.rows[r].title for r in range(tab.model.rowCount())}
    assert "经理自己的日志" in mine and "今天拜访了新客户" not in mine
    assert tab.model.columnCount() == 2

    tab.scope_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not tab.is_busy() and any(r.title == "今天拜访了新客户" for r in tab.model.rows))
    assert tab.model.columnCount() == 3
    row = next(n for n, r in enumerate(tab.model.rows) if r.title == "今天拜访了新客户")
    assert tab.model.index(row, 2).data() == rep.user.full_name
    assert any(r.title == "很久以前的日志" for r in tab.model.rows)

    tab.period_combo.setCurrentIndex(tab.period_combo.findData("month"))
    qtbot.waitUntil(
        lambda: not tab.is_busy() and not any(r.title == "很久以前的日志" for r in tab.model.rows)
    )
    assert any(r.title == "今天拜访了新客户" for r in tab.model.rows)
    tab.select_entry(tab.model.rows[row if row < tab.model.rowCount() else 0].id)
    tab.grab().save("/tmp/log_team.png")
