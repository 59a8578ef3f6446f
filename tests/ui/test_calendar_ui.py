"""Calendar module: week, day and month views; create an event by double-click, move it by dragging, reminders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.calendar import EventInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.calendar.event_dialog import EventDialog
from crm_desktop.ui.modules.calendar.page import CalendarPage
from crm_desktop.ui.modules.calendar.reminders import ReminderChecker

MONDAY = date.today() - timedelta(days=date.today().weekday())
WEDNESDAY = MONDAY + timedelta(days=2)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def open_page(qtbot, workspace: Workspace) -> CalendarPage:  # type: ignore[no-untyped-def]
    page = CalendarPage(workspace)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def ids(page: CalendarPage) -> set[int]:
    return {i.id for i in page.grid.items if i.kind == "event"}


def test_week_day_and_month_views(qtbot, sign_in: Callable[[str], Workspace]) -> None:  # type: ignore[no-untyped-def]
    ws = sign_in("zhaomin")
    event_id = ws.calendar.create(
        EventInput(title="季度总结会", starts_at=at(WEDNESDAY, 19), ends_at=at(WEDNESDAY, 20))
    )
    page = open_page(qtbot, ws)
    assert page.view == "week" and page.grid.days == [MONDAY + timedelta(days=n) for n in range(7)]
    qtbot.waitUntil(lambda: event_id in ids(page))
    [(rect, item)] = [(r, i) for r, i in page.grid.hours.item_rects() if i.id == event_id]
    assert item.title == "季度总结会" and rect.width() > 20 and rect.height() > 30
    assert page.grid.hours.item_at(rect.center()) == item

    page.go_to(WEDNESDAY)
    page.view_buttons["day"].click()
    assert page.grid.days == [WEDNESDAY]
    qtbot.waitUntil(lambda: event_id in ids(page))
    page.view_buttons["month"].click()
    assert page.stack.currentWidget() is page.month
    qtbot.waitUntil(lambda: any(i.id == event_id for i in page.month.items))
    page.month.show_day(WEDNESDAY)
    texts = [page.month.day_list.item(n).text() for n in range(page.month.day_list.count())]
    assert "19:00  季度总结会" in texts
    page.view_buttons["week"].click()
    page.step(1)
    qtbot.waitUntil(lambda: event_id not in ids(page) and page.grid.days[0] == MONDAY + timedelta(days=7))
    page.grid.grab().save("/tmp/calendar_week.png")


def test_create_by_double_click_and_move_by_drag(qtbot, sign_in: Callable[[str], Workspace]) -> None:  # type: ignore[no-untyped-def]
    ws = sign_in("yangfan")
    page = open_page(qtbot, ws)
    hours = page.grid.hours
    qtbot.waitUntil(lambda: page.grid.days[0] == MONDAY)
    qtbot.mouseDClick(hours, Qt.MouseButton.LeftButton, pos=hours.point_for(at(WEDNESDAY, 21)))
    qtbot.waitUntil(lambda: isinstance(page.dialog, EventDialog))
    dialog = page.dialog
    assert dialog is not None
    assert dialog.starts_edit.dateTime().time().hour() == 21
    dialog.title_edit.setText("客户回访")
    dialog.accept()
    qtbot.waitUntil(lambda: any(i.title == "客户回访" for i in page.grid.items))
    [item] = [i for i in page.grid.items if i.title == "客户回访"]
    assert item.starts_at == at(WEDNESDAY, 21) and item.ends_at == at(WEDNESDAY, 22)

    [rect] = [r for r, i in hours.item_rects() if i.id == item.id]
    start = rect.topLeft() + QPoint(10, 10)
    target = hours.point_for(at(WEDNESDAY + timedelta(days=1), 18)) + QPoint(0, 10)
    qtbot.mousePress(hours, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(hours, start + QPoint(0, 20))
    qtbot.mouseMove(hours, target)
    qtbot.mouseRelease(hours, Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(
        lambda: ws.calendar.get(item.id).starts_at == at(WEDNESDAY + timedelta(days=1), 18), timeout=5000
    )
    moved = ws.calendar.get(item.id)
    assert moved.ends_at == at(WEDNESDAY + timedelta(days=1), 19)
    qtbot.waitUntil(lambda: any(i.id == item.id and i.version == 2 for i in page.grid.items))


def test_team_view_shows_subordinates_events(qtbot, sign_in: Callable[[str], Workspace]) -> None:  # type: ignore[no-untyped-def]
    rep = sign_in("yangfan")
    event_id = rep.calendar.create(EventInput(title="拜访大客户", starts_at=at(WEDNESDAY, 20)))
    page = open_page(qtbot, sign_in("zhaomin"))
    qtbot.waitUntil(lambda: bool(page.grid.items))
    assert event_id not in ids(page)
    page.scope_combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: event_id in ids(page))
    [item] = [i for i in page.grid.items if i.id == event_id]
    assert not item.editable and item.owner_name != page.user.full_name


def test_reminder_pops_up_once(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    workspace.calendar.create(EventInput(title="签约仪式", starts_at=now + timedelta(minutes=10), location="大会议室",
                                         remind_minutes=15))  # fmt: skip
    workspace.calendar.create(
        EventInput(title="昨天错过的", starts_at=now - timedelta(days=1), remind_minutes=5)
    )
    window = QWidget()
    qtbot.addWidget(window)
    checker = ReminderChecker(workspace, window, interval_ms=60_000)
    with qtbot.waitSignal(checker.shown) as shown:
        checker.start()
    assert [r.title for r in shown.args[0]] == ["昨天错过的", "签约仪式"]
    popup = checker.popup
    assert popup is not None and popup.isVisible()
    assert "签约仪式 · 大会议室" in popup.informativeText() and "(missed)" in popup.informativeText()
    assert workspace.calendar.due_reminders() == []
    checker.check_now()  # nothing left: no second pop-up
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not checker._busy)
    assert checker.popup is popup
    checker.stop()
    popup.close()
    QApplication.processEvents()
