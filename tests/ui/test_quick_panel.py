"""The quick panel driven through its widgets: tasks, messages, business log, dialogs, counts, translation."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from crm_desktop.db.session import Database
from crm_desktop.services.tasks import TaskDTO, TaskInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.quick_panel import QuickPanel
from crm_desktop.ui.quick_panel.common import task_label
from crm_desktop.ui.quick_panel.form_dialog import FormDialog
from crm_desktop.ui.quick_panel.log_entry_dialog import LogEntryDialog
from crm_desktop.ui.quick_panel.message_dialog import ID_ROLE, MessageDialog
from crm_desktop.ui.quick_panel.panel import POLL_INTERVAL_MS
from crm_desktop.ui.quick_panel.task_dialog import TaskDialog
from crm_desktop.ui.workers import wait_for_background

pytestmark = pytest.mark.gui

SignIn = Callable[[str], Workspace]
MakePanel = Callable[[Workspace], QuickPanel]
REQUIRED = "This field is required."


# -- helpers ---------------------------------------------------------------------------------------------------


def settle(qtbot: QtBot, *panels: QuickPanel) -> None:
    """Wait until every load and write the panels started (and the refreshes they trigger) has finished."""
    qtbot.waitUntil(lambda: not any(panel.is_busy() for panel in panels), timeout=15_000)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type like a user. QTest can only synthesise ASCII keys; Chinese arrives as committed IME text."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    elif isinstance(widget, QLineEdit):
        widget.insert(text)
    else:
        widget.insertPlainText(text)


def submit(qtbot: QtBot, dialog: FormDialog) -> None:
    """Press OK and wait for the background write: the dialog either closes (and deletes itself) or stays."""
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: closed(dialog) or not dialog.is_busy(), timeout=15_000)


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def titles(panel: QuickPanel) -> list[str]:
    return [task.title for task in panel.tasks_tab.model.rows]


def task_row(panel: QuickPanel, title: str) -> TaskDTO:
    return next(task for task in panel.tasks_tab.model.rows if task.title == title)


def select_task(qtbot: QtBot, panel: QuickPanel, title: str) -> None:
    tab = panel.tasks_tab
    position = titles(panel).index(title)
    rect = tab.table.visualRect(tab.model.index(position, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    current = tab.current_task()
    assert current is not None and current.title == title


def tab_text(panel: QuickPanel, tab: QWidget) -> str:
    return panel.tabs.tabText(panel.tabs.indexOf(tab))


class Recorder:
    """Stands in for a blocking static dialog call and remembers its arguments."""

    def __init__(self, result: Any = None) -> None:
        self.result = result
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(args)
        return self.result

    @property
    def texts(self) -> list[str]:
        return [str(call[2]) for call in self.calls]


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    """QMessageBox.warning (what show_error uses) answered at once and recorded."""
    recorder = Recorder(QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", recorder)
    return recorder


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, bool], Recorder]:
    """answer(text, ok): QInputDialog.getMultiLineText returns (text, ok) without opening anything."""

    def _answer(text: str, ok: bool = True) -> Recorder:
        recorder = Recorder((text, ok))
        monkeypatch.setattr(QInputDialog, "getMultiLineText", recorder)
        return recorder

    return _answer


@pytest.fixture
def make_panel(qtbot: QtBot, demo_db: Database) -> Iterator[MakePanel]:
    """Panels shown as floating docks; polling stopped and background work drained before the database goes."""
    panels: list[QuickPanel] = []

    def _make(workspace: Workspace) -> QuickPanel:
        panel = QuickPanel(workspace)
        qtbot.addWidget(panel)
        panel.resize(380, 700)
        panel.show()
        panels.append(panel)
        settle(qtbot, panel)
        return panel

    yield _make
    alive = [
        panel for panel in panels if shiboken6.isValid(panel)
    ]  # a parent window may have taken some along
    for panel in alive:
        panel.stop_polling()
    wait_for_background()
    # a panel pytest-qt has already closed may be deleted meanwhile, dropping the callbacks of its loads
    qtbot.waitUntil(
        lambda: not any(shiboken6.isValid(panel) and panel.is_busy() for panel in alive), timeout=15_000
    )


# -- the dock --------------------------------------------------------------------------------------------------


def test_dock_identity_tabs_counts_and_polling(make_panel: MakePanel, workspace: Workspace) -> None:
    panel = make_panel(workspace)
    assert panel.objectName() == "quick_panel"
    assert panel.windowTitle() == "Quick panel"
    assert panel.tabs.count() == 3
    assert [panel.tabs.widget(i) for i in range(3)] == [panel.tasks_tab, panel.messages_tab, panel.log_tab]
    assert panel.open_tasks == workspace.tasks.open_count()
    assert panel.unread_messages == workspace.messages.unread_count()
    expected_tasks = f"Tasks ({panel.open_tasks})" if panel.open_tasks else "Tasks"
    assert tab_text(panel, panel.tasks_tab) == expected_tasks
    if panel.unread_messages:
        assert tab_text(panel, panel.messages_tab) == f"Messages ({panel.unread_messages} unread)"
    assert tab_text(panel, panel.log_tab) == "Business log"
    panel.show_tab("messages")
    assert panel.tabs.currentWidget() is panel.messages_tab
    assert panel.is_polling()
    assert panel._poll_timer.interval() == POLL_INTERVAL_MS == 30_000
    panel.stop_polling()
    assert not panel.is_polling()


def test_main_window_keeps_the_dock_in_its_state(qtbot: QtBot, workspace: Workspace) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    panel = QuickPanel(workspace, window)  # what the main window does
    try:
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        window.show()
        settle(qtbot, panel)
        state = window.saveState()
        panel.hide()
        assert window.restoreState(state)
        assert panel.isVisibleTo(window)
        assert window.dockWidgetArea(panel) == Qt.DockWidgetArea.RightDockWidgetArea
    finally:
        panel.stop_polling()
        settle(qtbot, panel)


def test_poll_picks_up_a_message_from_another_station(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn
) -> None:
    liping, sunhao = sign_in("liping"), sign_in("sunhao")
    panel = make_panel(liping)
    before = panel.unread_messages or 0
    # Another client writes straight to the database: no records_changed reaches this panel.
    sunhao.messages.send([liping.user.user_id], "下午三点开会", "地点：三楼会议室")
    assert panel.unread_messages == before
    with qtbot.waitSignal(panel.counts_changed, timeout=15_000) as signal:
        panel.poll()
    assert signal.args == [panel.open_tasks, before + 1]
    settle(qtbot, panel)
    assert "下午三点开会" in [item.subject for item in panel.messages_tab.inbox_model.rows]
    assert tab_text(panel, panel.messages_tab) == f"Messages ({before + 1} unread)"


# -- tasks -----------------------------------------------------------------------------------------------------


def test_create_receive_complete_a_task_for_myself(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn, answer: Callable[[str, bool], Recorder]
) -> None:
    liping = sign_in("liping")
    panel = make_panel(liping)
    tab = panel.tasks_tab
    open_before = panel.open_tasks or 0

    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert isinstance(dialog, TaskDialog)
    assert dialog.assignee_combo.currentData() == liping.user.user_id  # me by default
    type_text(qtbot, dialog.title_edit, "给华信大厦三层送A4打印纸")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("high"))
    dialog.due_check.setChecked(True)
    dialog.due_edit.setDate(dialog.due_edit.date().addDays(2))
    type_text(qtbot, dialog.description_edit, "十箱，前台签收")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, panel)

    title = "给华信大厦三层送A4打印纸"
    assert title in titles(panel)
    created = task_row(panel, title)
    assert (created.status, created.priority, created.assignee_id) == ("new", "high", liping.user.user_id)
    assert created.due_date == date.today() + timedelta(days=3)
    assert tab.current_task() == created  # the new task is selected
    assert "十箱，前台签收" in tab.detail.toPlainText()
    assert panel.open_tasks == open_before + 1
    assert tab_text(panel, tab) == f"Tasks ({open_before + 1})"
    assert all(
        b.isEnabled() for b in (tab.receive_button, tab.start_button, tab.complete_button, tab.reject_button)
    )

    click(qtbot, tab.receive_button)
    settle(qtbot, panel)
    assert task_row(panel, title).status == "received"
    assert tab.current_task() is not None and tab.current_task().title == title  # type: ignore[union-attr]
    assert not tab.receive_button.isEnabled()
    assert tab.start_button.isEnabled() and tab.complete_button.isEnabled()

    asked = answer("已送达，前台王芳签收", True)
    click(qtbot, tab.complete_button)
    settle(qtbot, panel)
    assert len(asked.calls) == 1
    assert title not in titles(panel)  # "My tasks" lists open tasks only
    assert panel.open_tasks == open_before

    tab.finished_check.setChecked(True)
    settle(qtbot, panel)
    done = task_row(panel, title)
    assert done.status == "done" and done.result == "已送达，前台王芳签收"
    select_task(qtbot, panel, title)
    assert "已送达，前台王芳签收" in tab.detail.toPlainText()
    assert not any(b.isEnabled() for b in (tab.receive_button, tab.start_button, tab.complete_button))
    position = titles(panel).index(title)
    assert tab.model.index(position, tab.model.STATUS).data() == task_label("done") == "Done"


def test_reject_needs_a_reason_and_the_creator_sees_it(
    qtbot: QtBot,
    make_panel: MakePanel,
    sign_in: SignIn,
    answer: Callable[[str, bool], Recorder],
    warnings: Recorder,
) -> None:
    admin, liping = sign_in("admin"), sign_in("liping")
    title = "核对十一月门市部库存"
    admin.tasks.create(TaskInput(title=title, assignee_id=liping.user.user_id, priority="low"))
    panel = make_panel(liping)
    tab = panel.tasks_tab
    assert title in titles(panel)
    position = titles(panel).index(title)
    assert tab.model.index(position, tab.model.PERSON).data() == admin.user.full_name
    select_task(qtbot, panel, title)

    answer("   ", True)
    click(qtbot, tab.reject_button)
    settle(qtbot, panel)
    assert warnings.texts == ["Give a reason for rejecting the task."]
    assert task_row(panel, title).status == "new"

    answer("", False)  # cancelled: nothing happens
    click(qtbot, tab.reject_button)
    settle(qtbot, panel)
    assert len(warnings.calls) == 1 and task_row(panel, title).status == "new"

    answer("库存盘点已由财务部完成", True)
    click(qtbot, tab.reject_button)
    settle(qtbot, panel)
    assert title not in titles(panel)

    creator = make_panel(admin)
    creator.tasks_tab.set_view("assigned_by_me")
    creator.tasks_tab.finished_check.setChecked(True)
    settle(qtbot, creator)
    assert (
        creator.tasks_tab.model.headerData(creator.tasks_tab.model.PERSON, Qt.Orientation.Horizontal) == "To"
    )
    rejected = task_row(creator, title)
    assert rejected.status == "rejected" and rejected.result == "库存盘点已由财务部完成"
    select_task(qtbot, creator, title)
    assert "库存盘点已由财务部完成" in creator.tasks_tab.detail.toPlainText()


def test_buttons_follow_assignee_and_stale_versions_are_reported(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn, warnings: Recorder
) -> None:
    admin, liping = sign_in("admin"), sign_in("liping")
    title = "给老客户寄送新年贺卡"
    task_id = admin.tasks.create(TaskInput(title=title, assignee_id=liping.user.user_id))

    creator = make_panel(admin)
    creator.tasks_tab.set_view("assigned_by_me")
    settle(qtbot, creator)
    select_task(qtbot, creator, title)
    tab = creator.tasks_tab
    assert not any(
        b.isEnabled() for b in (tab.receive_button, tab.start_button, tab.complete_button, tab.reject_button)
    )

    panel = make_panel(liping)
    select_task(qtbot, panel, title)
    # Meanwhile the same user starts it from another workstation: the panel's copy is now stale.
    liping.tasks.change_status(task_id, task_row(panel, title).version, "in_progress")
    click(qtbot, panel.tasks_tab.receive_button)
    settle(qtbot, panel)
    assert len(warnings.calls) == 1
    assert warnings.texts[0].startswith("Someone else changed this record")
    assert task_row(panel, title).status == "in_progress"  # reloaded after the conflict
    assert not panel.tasks_tab.receive_button.isEnabled()
    assert panel.tasks_tab.complete_button.isEnabled()


def test_task_dialog_shows_errors_beside_fields_and_keeps_input(
    qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn
) -> None:
    panel = make_panel(sign_in("liuyang"))
    tab = panel.tasks_tab
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert isinstance(dialog, TaskDialog)
    zhoujie = dialog.assignee_combo.findText("周杰", Qt.MatchFlag.MatchStartsWith)
    dialog.assignee_combo.setCurrentIndex(zhoujie)
    type_text(qtbot, dialog.description_edit, "请先电话确认对方的到货时间")
    submit(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("title") == REQUIRED
    assert dialog.errors.labels["title"].isVisible()
    assert dialog.description_edit.toPlainText() == "请先电话确认对方的到货时间"
    assert dialog.assignee_combo.currentIndex() == zhoujie

    type_text(qtbot, dialog.title_edit, "x" * 201)
    submit(qtbot, dialog)
    assert dialog.isVisible() and "At most 200 characters" in dialog.errors.text("title")
    dialog.title_edit.setText("确认到货时间")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, panel)
    tab.set_view("assigned_by_me")
    settle(qtbot, panel)
    assert task_row(panel, "确认到货时间").assignee_name == "周杰"


def test_narrow_dock_keeps_room_for_the_title(
    qtbot: QtBot, make_panel: MakePanel, workspace: Workspace
) -> None:
    panel = make_panel(workspace)
    tab = panel.tasks_tab
    model = tab.model
    panel.resize(360, 700)
    qtbot.waitUntil(
        lambda: tab.table.isColumnHidden(model.CUSTOMER) and tab.table.isColumnHidden(model.PRIORITY)
    )
    assert not any(tab.table.isColumnHidden(c) for c in (model.TITLE, model.STATUS, model.DUE, model.PERSON))
    panel.resize(720, 700)
    qtbot.waitUntil(lambda: not any(tab.table.isColumnHidden(c) for c in range(model.columnCount())))


# -- messages --------------------------------------------------------------------------------------------------


def test_send_read_and_receipt(qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn) -> None:
    liping, sunhao = sign_in("liping"), sign_in("sunhao")
    sender = make_panel(liping)
    tab = sender.messages_tab
    sender.tabs.setCurrentWidget(tab)
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert isinstance(dialog, MessageDialog)
    everyone = [dialog.recipient_list.item(i) for i in range(dialog.recipient_list.count())]
    assert liping.user.user_id not in [item.data(ID_ROLE) for item in everyone]  # not to myself
    type_text(qtbot, dialog.filter_edit, "sunhao")
    shown = [item for item in everyone if not item.isHidden()]
    assert [item.data(ID_ROLE) for item in shown] == [sunhao.user.user_id]
    shown[0].setCheckState(Qt.CheckState.Checked)
    assert dialog.count_label.text() == "1 selected"
    type_text(qtbot, dialog.subject_edit, "HP M1005 维修件已到")
    type_text(qtbot, dialog.body_edit, "请到门市部领取，放在前台。")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, sender)

    unread = sunhao.messages.unread_count()
    recipient = make_panel(sunhao)
    assert recipient.unread_messages == unread
    assert tab_text(recipient, recipient.messages_tab) == f"Messages ({unread} unread)"
    inbox = recipient.messages_tab
    subjects = [item.subject for item in inbox.inbox_model.rows]
    position = subjects.index("HP M1005 维修件已到")
    item = inbox.inbox_model.rows[position]
    assert item.read_at is None and item.sender_name == liping.user.full_name
    subject_cell = inbox.inbox_model.index(position, inbox.inbox_model.SUBJECT)
    assert subject_cell.data(Qt.ItemDataRole.FontRole).bold()
    assert inbox.inbox_model.index(position, inbox.inbox_model.STATE).data() == "Unread"

    with qtbot.waitSignal(recipient.counts_changed, timeout=15_000) as signal:
        rect = inbox.inbox_view.visualRect(subject_cell)
        qtbot.mouseClick(inbox.inbox_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, recipient, sender)
    assert signal.args == [recipient.open_tasks, unread - 1]
    assert "请到门市部领取，放在前台。" in inbox.preview.toPlainText()
    position = [i.subject for i in inbox.inbox_model.rows].index("HP M1005 维修件已到")
    assert inbox.inbox_model.rows[position].read_at is not None
    font = inbox.inbox_model.index(position, inbox.inbox_model.SUBJECT).data(Qt.ItemDataRole.FontRole)
    assert font is None or not QFont(font).bold()
    assert sunhao.messages.unread_count() == unread - 1
    expected_title = f"Messages ({unread - 1} unread)" if unread > 1 else "Messages"
    assert tab_text(recipient, inbox) == expected_title

    tab.set_box("sent")
    sender.poll()  # what the timer does at the sender's station
    settle(qtbot, sender)
    assert tab.stack.currentWidget() is tab.sent_view
    sent = [row for row in tab.sent_model.rows if row.subject == "HP M1005 维修件已到"]
    assert len(sent) == 1
    position = tab.sent_model.rows.index(sent[0])
    assert tab.sent_model.index(position, tab.sent_model.READ).data() == "read by 1 of 1"
    tab.select_sent(sent[0].message_id)
    assert "read by 1 of 1" in tab.preview.toPlainText()


def test_message_dialog_errors_beside_fields(qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn) -> None:
    panel = make_panel(sign_in("zhaomin"))
    tab = panel.messages_tab
    panel.tabs.setCurrentWidget(tab)
    click(qtbot, tab.new_button)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert isinstance(dialog, MessageDialog)
    type_text(qtbot, dialog.body_edit, "本周五下午三点销售例会")
    submit(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.text("subject") == REQUIRED
    assert dialog.errors.text("recipients") == "Choose at least one recipient."
    assert dialog.errors.labels["recipients"].isVisible()
    assert dialog.body_edit.toPlainText() == "本周五下午三点销售例会"

    type_text(qtbot, dialog.subject_edit, "例会通知")
    type_text(qtbot, dialog.filter_edit, "维修部")
    click(qtbot, dialog.check_shown_button)  # everyone the filter shows: the repair department
    technicians = dialog.recipient_ids()
    assert len(technicians) == 4
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, panel)
    tab.set_box("sent")
    row = next(r for r in tab.sent_model.rows if r.subject == "例会通知")
    assert (row.recipients, row.read) == (4, 0)


# -- business log ----------------------------------------------------------------------------------------------


def test_add_and_search_business_log(qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn) -> None:
    panel = make_panel(sign_in("liuyang"))
    panel.tabs.setCurrentWidget(panel.log_tab)
    tab = panel.log_tab
    click(qtbot, tab.add_button)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert isinstance(dialog, LogEntryDialog)
    assert dialog.date_edit.date().toString("yyyy-MM-dd") == date.today().isoformat()
    type_text(qtbot, dialog.content_edit, "与信息中心主任讨论了四十台电脑的采购方案")
    submit(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors.text("title") == REQUIRED
    assert dialog.content_edit.toPlainText() == "与信息中心主任讨论了四十台电脑的采购方案"
    type_text(qtbot, dialog.title_edit, "拜访海淀区教育局")
    submit(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog))
    settle(qtbot, panel)
    assert tab.current_entry() is not None and tab.current_entry().title == "拜访海淀区教育局"  # type: ignore[union-attr]
    assert "四十台电脑" in tab.preview.toPlainText()
    total = len(tab.model.rows)
    assert total >= 2  # the demo diary plus the new entry

    type_text(qtbot, tab.search_edit, "电脑的采购")  # found through the content
    qtbot.waitUntil(lambda: [e.title for e in tab.model.rows] == ["拜访海淀区教育局"], timeout=15_000)
    tab.search_edit.clear()
    type_text(qtbot, tab.search_edit, "没有这样的日志")
    qtbot.waitUntil(lambda: tab.model.rows == [], timeout=15_000)
    tab.search_edit.clear()
    qtbot.waitUntil(lambda: len(tab.model.rows) == total, timeout=15_000)
    settle(qtbot, panel)


# -- translation -----------------------------------------------------------------------------------------------


class FakeChinese(QTranslator):
    """A few catalogue entries, enough to see the panel switch language live."""

    TEXTS = {
        ("QuickPanel", "Quick panel"): "快捷面板",
        ("QuickPanel", "Business log"): "事务日志",
        ("TasksTab", "My tasks"): "我的任务",
        ("TasksTab", "Receive"): "接收",
        ("TaskModel", "Title"): "标题",
        ("TaskLabels", "New"): "新建",
        ("MessagesTab", "Inbox"): "收件箱",
        ("BusinessLogTab", "Add entry…"): "添加日志…",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.TEXTS.get((context, source), "")

    def isEmpty(self) -> bool:
        return False


def test_language_switch_retranslates_live(qtbot: QtBot, make_panel: MakePanel, sign_in: SignIn) -> None:
    admin, liping = sign_in("admin"), sign_in("liping")
    admin.tasks.create(TaskInput(title="翻译测试任务", assignee_id=liping.user.user_id))
    panel = make_panel(liping)
    tab = panel.tasks_tab
    position = titles(panel).index("翻译测试任务")
    status = tab.model.index(position, tab.model.STATUS)
    assert status.data() == "New"
    app = QCoreApplication.instance()
    assert app is not None
    translator = FakeChinese()
    app.installTranslator(translator)  # Qt sends LanguageChange to every widget
    try:
        qtbot.waitUntil(lambda: panel.windowTitle() == "快捷面板")
        assert tab_text(panel, panel.log_tab) == "事务日志"
        assert tab.view_combo.itemText(0) == "我的任务"
        assert tab.receive_button.text() == "接收"
        assert tab.model.headerData(tab.model.TITLE, Qt.Orientation.Horizontal) == "标题"
        assert status.data() == "新建"
        assert panel.messages_tab.box_combo.itemText(0) == "收件箱"
        assert panel.log_tab.add_button.text() == "添加日志…"
    finally:
        app.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.windowTitle() == "Quick panel")
    assert status.data() == "New"
