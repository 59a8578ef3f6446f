"""Quick panel collaboration features through the widgets: my team's tasks, tasks for a department, reviews and
comments, the customer link, announcements with read receipts, and live delivery (with the tray notice)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.db.session import Database
from crm_desktop.services.customer_search import CustomerQuery
from crm_desktop.services.tasks import TaskInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.live import LiveUpdates
from crm_desktop.ui.quick_panel import QuickPanel
from crm_desktop.ui.quick_panel.announcement_dialog import AnnouncementDialog
from crm_desktop.ui.quick_panel.task_dialog import DEPARTMENT_PREFIX, TaskDialog
from crm_desktop.ui.workers import wait_for_background
from tests.ui.test_quick_panel import (
    MakePanel,
    SignIn,
    click,
    closed,
    select_task,
    settle,
    submit,
    titles,
    type_text,
)

pytestmark = pytest.mark.gui
LIVE_WAIT_MS = 10_000


@pytest.fixture
def make_panel(qtbot: QtBot, demo_db: Database) -> Iterator[MakePanel]:
    panels: list[QuickPanel] = []

    def _make(workspace: Workspace) -> QuickPanel:
        panel = QuickPanel(workspace)
        qtbot.addWidget(panel)
        panel.resize(420, 720)
        panel.show()
        panels.append(panel)
        settle(qtbot, panel)
        return panel

    yield _make
    for panel in panels:
        if shiboken6.isValid(panel):
            panel.stop_polling()
    wait_for_background()
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(p) and p.is_busy() for p in panels), timeout=15_000)


@pytest.fixture
def live(qtbot: QtBot) -> Iterator[list[LiveUpdates]]:
    started: list[LiveUpdates] = []
    yield started
    for updates in started:
        updates.stop()


def start_live(live: list[LiveUpdates], workspace: Workspace, window: QWidget) -> LiveUpdates:
    updates = LiveUpdates(workspace, window, window)
    updates.start()
    assert updates.listener is not None and updates.listener.connected.wait(10)
    live.append(updates)
    return updates


def test_team_view_lists_subordinates_tasks(qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn) -> None:
    admin, zhaomin, liping = sign_in("admin"), sign_in("zhaomin"), sign_in("liping")
    admin.tasks.create(TaskInput(title="整理门市样机", assignee_id=liping.user.user_id))
    panel = make_panel(zhaomin)
    tab = panel.tasks_tab
    assert "整理门市样机" not in titles(panel)
    tab.set_view("team")
    settle(qtbot, panel)
    assert tab.view == "team" and "整理门市样机" in titles(panel)
    assert tab.view_combo.currentText() == "My team's"
    row = next(t for t in tab.model.rows if t.title == "整理门市样机")
    assert tab.model.index(tab.model.rows.index(row), tab.model.PERSON).data() == liping.user.full_name


def test_superior_reviews_and_assignee_sees_it_live(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn, live: list[LiveUpdates]
) -> None:
    admin, zhaomin, liping = sign_in("admin"), sign_in("zhaomin"), sign_in("liping")
    title = "核对门市部月度报表"
    admin.tasks.create(TaskInput(title=title, assignee_id=liping.user.user_id))
    boss_panel, own_panel = make_panel(zhaomin), make_panel(liping)
    start_live(live, liping, own_panel)

    boss_panel.tasks_tab.set_view("team")
    settle(qtbot, boss_panel)
    select_task(qtbot, boss_panel, title)
    settle(qtbot, boss_panel)
    box = boss_panel.tasks_tab.comment_box
    assert box.review and box.button.text() == "Review"  # the general manager is above the store lead
    type_text(qtbot, box.edit, "请周五前完成")
    click(qtbot, box.button)
    settle(qtbot, boss_panel)
    assert box.edit.text() == ""
    assert "请周五前完成" in boss_panel.tasks_tab.detail.toPlainText()

    select_task(qtbot, own_panel, title)
    qtbot.waitUntil(lambda: "请周五前完成" in own_panel.tasks_tab.detail.toPlainText(), timeout=LIVE_WAIT_MS)
    own_box = own_panel.tasks_tab.comment_box
    assert not own_box.review and own_box.button.text() == "Comment"
    # the review also came as a system notice, live
    qtbot.waitUntil(
        lambda: any(m.subject == f"任务点评：{title}" for m in own_panel.messages_tab.inbox_model.rows),
        timeout=LIVE_WAIT_MS,
    )


def test_task_for_a_department_and_the_customer_link(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn
) -> None:
    liping = sign_in("liping")
    panel = make_panel(liping)
    tab = panel.tasks_tab
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert isinstance(dialog, TaskDialog)
    combo = dialog.assignee_combo
    position = next(
        i
        for i in range(combo.count())
        if str(combo.itemData(i)).startswith(DEPARTMENT_PREFIX) and combo.itemText(i).endswith("门市部")
    )
    combo.setCurrentIndex(position)
    type_text(qtbot, dialog.title_edit, "门市部大扫除")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, panel)
    task = next(t for t in tab.model.rows if t.title == "门市部大扫除")
    assert (task.assignee_id, task.assigned_to) == (None, "门市部")
    select_task(qtbot, panel, "门市部大扫除")
    assert "anyone there may receive it" in tab.detail.toPlainText()
    assert tab.receive_button.isEnabled()  # a member of the department may take it

    [first] = liping.customers.list_page(CustomerQuery(), limit=1).rows  # any customer liping may see
    liping.tasks.create(TaskInput(title="回访客户", assignee_id=liping.user.user_id, customer_id=first.id))
    panel.refresh()
    settle(qtbot, panel)
    select_task(qtbot, panel, "回访客户")
    assert first.name in tab.detail.toPlainText()
    with qtbot.waitSignal(panel.open_customer, timeout=2000) as opened:
        tab.detail.anchorClicked.emit(QUrl(f"crm-customer:{first.id}"))
    assert opened.args == [first.id]


def test_announcement_with_live_read_receipts(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn, live: list[LiveUpdates]
) -> None:
    liping, wangfang = sign_in("liping"), sign_in("wangfang")
    panel = make_panel(liping)
    start_live(live, liping, panel)
    tab = panel.messages_tab
    panel.show_tab("messages")
    click(qtbot, tab.announce_button)
    qtbot.waitUntil(lambda: tab.announcement_dialog is not None)
    dialog = tab.announcement_dialog
    assert isinstance(dialog, AnnouncementDialog)
    dialog.set_audience("station", "storefront")
    assert dialog.target_combo.isEnabled() and dialog.target_combo.currentData() == "storefront"
    type_text(qtbot, dialog.subject_edit, "本周六门市盘点")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, panel)

    tab.set_box("sent")
    settle(qtbot, panel)
    assert tab.sent_model.rows[0].subject == "本周六门市盘点"
    assert tab.select_sent(tab.sent_model.rows[0].message_id)
    settle(qtbot, panel)
    assert (
        "Not read yet" in tab.preview.toPlainText() and wangfang.user.full_name in tab.preview.toPlainText()
    )

    item = next(i for i in wangfang.messages.inbox() if i.subject == "本周六门市盘点")
    assert item.kind == "announcement"
    wangfang.messages.mark_read(item.receipt_id)  # at another station
    qtbot.waitUntil(lambda: "Read by" in tab.preview.toPlainText(), timeout=LIVE_WAIT_MS)
    read_line = next(line for line in tab.preview.toPlainText().splitlines() if line.startswith("Read by"))
    assert wangfang.user.full_name in read_line


def test_new_message_arrives_live_with_a_notice(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn, live: list[LiveUpdates]
) -> None:
    admin, liping = sign_in("admin"), sign_in("liping")
    panel: QuickPanel = make_panel(liping)
    panel.stop_polling()  # only live delivery may bring it
    updates = start_live(live, liping, panel)
    unread = panel.unread_messages or 0
    shown: list[tuple[str, str]] = []
    updates.notified.connect(lambda title, text: shown.append((title, text)))
    updates.window_active = lambda: True  # type: ignore[method-assign]
    admin.messages.send([liping.user.user_id], "我在工位上", None)
    qtbot.waitUntil(lambda: panel.unread_messages == unread + 1, timeout=LIVE_WAIT_MS)
    settle(qtbot, panel)
    assert shown == []  # the window is in front: no tray notice
    unread += 1

    updates.window_active = lambda: False  # type: ignore[method-assign]
    with qtbot.waitSignal(updates.notified, timeout=LIVE_WAIT_MS) as notice:
        admin.messages.send([liping.user.user_id], "请来办公室一趟", "带上报表")
    assert notice.args[0] == f"Message from {admin.user.full_name}"
    assert "请来办公室一趟" in notice.args[1]
    qtbot.waitUntil(lambda: panel.unread_messages == unread + 1, timeout=LIVE_WAIT_MS)
    # the count and the inbox list load in separate background jobs: wait for the list too
    inbox = panel.messages_tab.inbox_model
    qtbot.waitUntil(
        lambda: bool(inbox.rows) and inbox.rows[0].subject == "请来办公室一趟", timeout=LIVE_WAIT_MS
    )


def test_main_window_starts_and_stops_live_delivery(qtbot: QtBot, sign_in: SignIn) -> None:
    from crm_desktop.services.stations import get_station
    from crm_desktop.ui.main_window import MainWindow

    ws = sign_in("liping")
    window = MainWindow(ws, get_station(ws.db, ws.user.station_code))
    qtbot.addWidget(window)
    window.show()
    assert not window.live.is_running()  # the app starts it (tests that only look at the window do not)
    window.start_live()
    assert window.live.is_running()
    listener = window.live.listener
    assert listener is not None and listener.mode == ("listen" if ws.dialect == "postgresql" else "poll")
    window.close()
    assert not window.live.is_running() and not listener.is_running()
    wait_for_background()
