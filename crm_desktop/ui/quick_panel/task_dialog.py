"""New task: title, assignee (a colleague, default me, or a whole department), optional due date and reminder,
priority, description; from a customer it carries the link back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.messages import Choice
from crm_desktop.services.tasks import TaskInput
from crm_desktop.ui.quick_panel.common import PRIORITIES, task_label
from crm_desktop.ui.quick_panel.form_dialog import FormDialog, to_date, to_qdate

DEPARTMENT_PREFIX = "d:"


def colleague_text(colleague: Colleague) -> str:
    return f"{colleague.full_name} · {colleague.department}" if colleague.department else colleague.full_name


class TaskDialog(FormDialog):
    """`submit(TaskInput) -> task id` runs in the background; `result_id` holds the new id after acceptance."""

    def __init__(
        self,
        colleagues: Sequence[Colleague],
        me_id: int,
        submit: Callable[[TaskInput], int],
        parent: QWidget | None = None,
        *,
        customer: tuple[int, str] | None = None,
        departments: Sequence[Choice] = (),
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("task_dialog")
        self._customer = customer

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.assignee_combo = QComboBox(self)
        self.assignee_combo.setObjectName("assignee")
        for colleague in colleagues:
            self.assignee_combo.addItem(colleague_text(colleague), colleague.id)
        if departments:
            self.assignee_combo.insertSeparator(self.assignee_combo.count())
        for department in departments:  # "d:<id>": anyone in the department may receive it
            self.assignee_combo.addItem(f"▣ {department.name}", f"{DEPARTMENT_PREFIX}{department.key}")
        me = self.assignee_combo.findData(me_id)
        self.assignee_combo.setCurrentIndex(max(me, 0))

        self.remind_check = QCheckBox(self)
        self.remind_check.setObjectName("has_reminder")
        self.remind_edit = QDateTimeEdit(self)
        self.remind_edit.setObjectName("remind_at")
        self.remind_edit.setCalendarPopup(True)
        self.remind_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.remind_edit.setDateTime(QDateTime(to_qdate(date.today() + timedelta(days=1)), QTime(9, 0)))
        self.remind_edit.setEnabled(False)
        self.remind_check.toggled.connect(self.remind_edit.setEnabled)

        self.due_check = QCheckBox(self)
        self.due_check.setObjectName("has_due_date")
        self.due_edit = QDateEdit(self)
        self.due_edit.setObjectName("due_date")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setDate(to_qdate(date.today() + timedelta(days=1)))
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)

        self.priority_combo = QComboBox(self)
        self.priority_combo.setObjectName("priority")
        for code in PRIORITIES:
            self.priority_combo.addItem(task_label(code), code)
        self.priority_combo.setCurrentIndex(PRIORITIES.index("normal"))

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("description")
        self.description_edit.setTabChangesFocus(True)

        self.title_label = QLabel(self)
        self.assignee_label = QLabel(self)
        self.priority_label = QLabel(self)
        self.description_label = QLabel(self)
        self.customer_label = QLabel(self)
        self.customer_value = QLabel(customer[1] if customer else "", self)
        self.customer_value.setWordWrap(True)
        for label, buddy in (
            (self.title_label, self.title_edit),
            (self.assignee_label, self.assignee_combo),
            (self.priority_label, self.priority_combo),
            (self.description_label, self.description_edit),
        ):
            label.setBuddy(buddy)

        form = self.new_form()
        self.add_row(form, self.title_label, self.title_edit, "title")
        self.add_row(form, self.assignee_label, self.assignee_combo, "assignee_id")
        self.add_row(form, self.due_check, self.due_edit, "due_date")
        self.add_row(form, self.remind_check, self.remind_edit, "remind_at")
        self.add_row(form, self.priority_label, self.priority_combo, "priority")
        if customer is not None:
            self.add_row(form, self.customer_label, self.customer_value, "customer_id")
        else:
            self.customer_label.hide()
            self.customer_value.hide()
        self.add_row(form, self.description_label, self.description_edit, "description")

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(460, 420)
        self.title_edit.setFocus()

    def collect(self) -> TaskInput:
        assignee = self.assignee_combo.currentData()
        department_id = None
        if isinstance(assignee, str) and assignee.startswith(DEPARTMENT_PREFIX):
            department_id, assignee = int(assignee.removeprefix(DEPARTMENT_PREFIX)), None
        remind_at = None
        if self.remind_check.isChecked():
            remind_at = datetime.fromtimestamp(self.remind_edit.dateTime().toSecsSinceEpoch(), UTC)
        return TaskInput(
            title=self.title_edit.text(),
            description=self.description_edit.toPlainText(),
            assignee_id=int(assignee) if assignee is not None else None,
            department_id=department_id,
            remind_at=remind_at,
            due_date=to_date(self.due_edit.date()) if self.due_check.isChecked() else None,
            priority=str(self.priority_combo.currentData()),
            customer_id=self._customer[0] if self._customer else None,
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New task"))
        self.title_label.setText(self.tr("Title *"))
        self.assignee_label.setText(self.tr("Assign to"))
        self.due_check.setText(self.tr("Due date"))
        self.remind_check.setText(self.tr("Remind me"))
        self.remind_check.setToolTip(self.tr("The assignee gets a system notice at this time"))
        self.priority_label.setText(self.tr("Priority"))
        self.customer_label.setText(self.tr("Customer"))
        self.description_label.setText(self.tr("Description"))
        self.title_edit.setPlaceholderText(self.tr("What is to be done"))
        self.ok_button.setText(self.tr("Create"))
        for position in range(self.priority_combo.count()):
            self.priority_combo.setItemText(position, task_label(str(self.priority_combo.itemData(position))))
