"""Task manager (任务管理器): my tasks, those I assigned, my team's; new (to a person or a department), receive,
start, complete, reject; comments and superiors' reviews; a task from a customer opens that customer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.errors import ConcurrentEditError, NotFound, PermissionDenied
from crm_desktop.services.messages import Choice
from crm_desktop.services.tasks import TRANSITIONS, CommentDTO, TaskDTO, TaskInput, TaskView
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.quick_panel.common import (
    ColleagueDirectory,
    PanelTab,
    full_date,
    full_datetime,
    make_table,
    select_key,
    selected_row,
    size_columns,
    task_label,
    text_html,
)
from crm_desktop.ui.quick_panel.models import TaskModel
from crm_desktop.ui.quick_panel.task_comments import CommentBox, comments_html
from crm_desktop.ui.quick_panel.task_dialog import TaskDialog
from crm_desktop.ui.signals import app_signals

ENTITY = "task"
CUSTOMER_LINK = "crm-customer:"
VIEWS: tuple[TaskView, ...] = ("mine", "assigned_by_me", "team")
MEDIUM, WIDE = 400, 520  # table widths (px) from which priority, then customer, get their columns


class TasksTab(PanelTab):
    open_customer = Signal(int)  # the customer a task came from, when its link is clicked

    def __init__(
        self, workspace: Workspace, directory: ColleagueDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("tasks_tab")
        self.directory = directory
        self._select_after_load: int | None = None
        self._writing = False
        self.dialog: TaskDialog | None = None
        self.comments: list[CommentDTO] = []
        self._comments_for: int | None = None

        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("task_view")
        for view in VIEWS:
            self.view_combo.addItem("", view)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.finished_check = QCheckBox(self)
        self.finished_check.setObjectName("show_finished")
        self.finished_check.toggled.connect(lambda _on: self.reload())
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_task")
        self.new_button.clicked.connect(self.new_task)
        self.new_button.setVisible(workspace.user.can("tasks", "create"))

        self.model = TaskModel(self)
        self.table = make_table(self)
        self.table.setObjectName("task_table")
        self.table.setModel(self.model)
        size_columns(self.table, stretch=TaskModel.TITLE, fixed={TaskModel.CUSTOMER: 110})
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.model.dataChanged.connect(lambda *_: self._selection_changed())

        self.detail = QTextBrowser(self)
        self.detail.setObjectName("task_detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.comment_box = CommentBox(self)
        self.comment_box.submitted.connect(self.add_comment)
        self.comment_box.setEnabled(False)

        self.receive_button = QPushButton(self)
        self.receive_button.setObjectName("receive_task")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("start_task")
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("complete_task")
        self.reject_button = QPushButton(self)
        self.reject_button.setObjectName("reject_task")
        self._actions = {
            "received": self.receive_button,
            "in_progress": self.start_button,
            "done": self.complete_button,
            "rejected": self.reject_button,
        }
        for status, button in self._actions.items():
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))

        top = QHBoxLayout()
        top.addWidget(self.view_combo)
        top.addWidget(self.finished_check)
        top.addStretch(1)
        top.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 270])
        actions = QHBoxLayout()
        actions.setSpacing(4)
        for button in self._actions.values():
            actions.addWidget(button, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.load_error)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.comment_box)
        layout.addLayout(actions)

        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()
        self._update_buttons()

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def view(self) -> TaskView:
        data = self.view_combo.currentData()
        return next((v for v in VIEWS if v == data), "mine")

    def set_view(self, view: TaskView) -> None:
        self.view_combo.setCurrentIndex(self.view_combo.findData(view))

    def current_task(self) -> TaskDTO | None:
        task: TaskDTO | None = selected_row(self.table)
        return task

    def select_task(self, task_id: int) -> bool:
        return select_key(self.table, task_id)

    def allowed_changes(self, task: TaskDTO | None) -> set[str]:
        """The status changes this user may make to `task` now: the assignee moves their own tasks on."""
        user = self.workspace.user
        waiting_for_me = (
            task is not None and task.assignee_id is None and task.department_id == user.department_id
        )
        if task is None or self._writing or (task.assignee_id != user.user_id and not waiting_for_me):
            return set()
        if not self.workspace.user.can("tasks", "edit"):
            return set()
        return set(TRANSITIONS.get(task.status, ()))

    # -- loading --------------------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.workspace.user.can("tasks", "view"):
            return
        service, view, include_closed = self.workspace.tasks, self.view, self.finished_check.isChecked()
        self.load("tasks", lambda: (view, service.list(view, include_closed)), self._loaded)

    def _loaded(self, result: tuple[TaskView, list[TaskDTO]]) -> None:
        view, rows = result
        current = self.current_task()
        wanted = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        if self.model.view != view:
            self.model.view = view
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.model.set_rows(rows) and wanted is not None:
            self.select_task(wanted)
        self._selection_changed()

    def _records_changed(self, entity: str, ids: list[Any]) -> None:
        if entity == ENTITY:
            self.reload()

    # -- actions --------------------------------------------------------------------------------------------

    def new_task(self) -> None:
        messages = self.workspace.messages
        self.load(
            "departments",
            messages.departments,
            lambda departments: self.directory.request(lambda c: self._open_dialog(c, departments), self),
        )

    def _open_dialog(self, colleagues: list[Colleague], departments: list[Choice]) -> None:
        service = self.workspace.tasks

        def submit(data: TaskInput) -> int:
            return service.create(data)

        dialog = TaskDialog(colleagues, self.workspace.user.user_id, submit, self, departments=departments)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._created(dialog.result_id))
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _created(self, task_id: int | None) -> None:
        if task_id is not None:
            self._select_after_load = task_id
            app_signals().records_changed.emit(ENTITY, [task_id])

    def change_status(self, status: str) -> None:
        task = self.current_task()
        if task is None or status not in self.allowed_changes(task):
            return
        result: str | None = None
        if status == "done":
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Complete task"), self.tr("Result (optional):")
            )
            if not ok:
                return
            result = text
        elif status == "rejected":
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Reject task"), self.tr("Why do you reject this task? (required)")
            )
            if not ok:
                return
            result = text
        service = self.workspace.tasks
        self._writing = True
        self._update_buttons()
        self.write(
            lambda: service.change_status(task.id, task.version, status, result),
            lambda _version: self._changed(task.id),
            self._change_failed,
        )

    def _changed(self, task_id: int) -> None:
        self._writing = False
        self._select_after_load = task_id
        app_signals().records_changed.emit(ENTITY, [task_id])

    def _change_failed(self, error: Exception) -> None:
        self._writing = False
        self._update_buttons()
        show_error(self, error)
        if isinstance(error, ConcurrentEditError | NotFound | PermissionDenied):
            self.reload()  # fetch the current state (and version) so the user can act on it

    # -- view ---------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns(self.table.width())
        return super().eventFilter(watched, event)

    def _fit_columns(self, width: int) -> None:
        """In a narrow dock the title keeps its room: the customer, then the priority, show only in the details
        below (a high priority also shows as a bold title)."""
        hidden: set[int] = set()
        if width < WIDE:
            hidden.add(TaskModel.CUSTOMER)
        if width < MEDIUM:
            hidden.add(TaskModel.PRIORITY)
        for column in range(self.model.columnCount()):
            self.table.setColumnHidden(column, column in hidden)

    def _selection_changed(self) -> None:
        self._update_buttons()
        task = self.current_task()
        if task is None or task.id != self._comments_for:
            self.comments = []
            self._comments_for = None
            self.comment_box.set_review(False)
        self._show_detail(task)
        self.comment_box.setEnabled(task is not None)
        if task is not None:
            self._load_comments(task.id)

    def _load_comments(self, task_id: int) -> None:
        service = self.workspace.tasks
        self.load(
            "comments",
            lambda: (task_id, service.comments(task_id), service.can_review(task_id)),
            self._comments_loaded,
        )

    def _comments_loaded(self, result: tuple[int, list[CommentDTO], bool]) -> None:
        task_id, comments, review = result
        task = self.current_task()
        if task is None or task.id != task_id:
            return
        self._comments_for = task_id
        self.comment_box.set_review(review)
        if comments != self.comments:
            self.comments = comments
            self._show_detail(task)

    def add_comment(self, text: str) -> None:
        task = self.current_task()
        if task is None:
            return
        service = self.workspace.tasks
        self.comment_box.set_busy(True)

        def done(_id: int) -> None:
            self.comment_box.set_busy(False)
            self.comment_box.clear_text()
            app_signals().records_changed.emit(ENTITY, [task.id])
            self._load_comments(task.id)

        def failed(error: Exception) -> None:
            self.comment_box.set_busy(False)  # the typed text stays
            show_error(self, error)

        self.write(lambda: service.comment(task.id, text), done, failed)

    def _link_clicked(self, url: QUrl) -> None:
        target = url.toString()
        if target.startswith(CUSTOMER_LINK):
            self.open_customer.emit(int(target.removeprefix(CUSTOMER_LINK)))

    def _update_buttons(self) -> None:
        allowed = self.allowed_changes(self.current_task())
        for status, button in self._actions.items():
            button.setEnabled(status in allowed)

    def _show_detail(self, task: TaskDTO | None) -> None:
        if task is None:
            self.detail.clear()
            return
        rows: list[tuple[str, str]] = [
            (self.tr("Status"), text_html(task_label(task.status))),
            (self.tr("Priority"), text_html(task_label(task.priority))),
        ]
        if task.due_date is not None:
            due = text_html(full_date(task.due_date))
            if task.overdue:
                overdue = text_html(self.tr("(overdue)"))
                due = f'<span style="color:#c0392b;font-weight:bold">{due} {overdue}</span>'
            rows.append((self.tr("Due"), due))
        rows.append((self.tr("From"), text_html(task.creator_name or "")))
        to = text_html(task.assigned_to)
        if task.assignee_id is None:
            to += " " + text_html(self.tr("(department — anyone there may receive it)"))
        rows.append((self.tr("To"), to))
        if task.customer_name and task.customer_id is not None:
            link = f'<a href="{CUSTOMER_LINK}{task.customer_id}">{text_html(task.customer_name)}</a>'
            rows.append((self.tr("Customer"), link))
        rows.append((self.tr("Created"), text_html(full_datetime(task.created_at))))
        if task.completed_at is not None:
            rows.append((self.tr("Finished"), text_html(full_datetime(task.completed_at))))
        table = "".join(
            f'<tr><td style="color:#666;padding-right:8px">{text_html(label)}</td><td>{value}</td></tr>'
            for label, value in rows
        )
        parts = [f"<p><b>{text_html(task.title)}</b></p><table>{table}</table>"]
        if task.description:
            parts.append(f"<p>{text_html(task.description)}</p>")
        if task.result:
            heading = self.tr("Reason") if task.status == "rejected" else self.tr("Result")
            parts.append(f"<p><b>{text_html(heading)}:</b> {text_html(task.result)}</p>")
        if self._comments_for == task.id:
            parts.append(comments_html(self.comments, self.tr("Comments"), self.tr("review")))
        self.detail.setHtml("".join(parts))

    def retranslate_ui(self) -> None:
        self.view_combo.setItemText(0, self.tr("My tasks"))
        self.view_combo.setItemText(1, self.tr("Assigned by me"))
        self.view_combo.setItemText(2, self.tr("My team's"))
        self.view_combo.setItemData(
            2, self.tr("Open tasks of the people in my data scope"), Qt.ItemDataRole.ToolTipRole
        )
        self.finished_check.setText(self.tr("Show finished"))
        self.finished_check.setToolTip(self.tr("Also list done and rejected tasks"))
        self.new_button.setText(self.tr("New task…"))
        self.receive_button.setText(self.tr("Receive"))
        self.receive_button.setToolTip(self.tr("Confirm that you have received the task"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Mark the task as in progress"))
        self.complete_button.setText(self.tr("Complete…"))
        self.complete_button.setToolTip(self.tr("Mark the task as done, with an optional result"))
        self.reject_button.setText(self.tr("Reject…"))
        self.reject_button.setToolTip(self.tr("Decline the task, giving a reason"))
        self.detail.setPlaceholderText(self.tr("Select a task to see its details."))
        self.model.retranslate()
        self._show_detail(self.current_task())
