"""Create or edit a calendar event: title, time or all day, location, notes, reminder, attendees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.calendar import REMINDER_CHOICES, EventDTO, EventInput
from crm_desktop.services.directory import Colleague
from crm_desktop.ui.quick_panel.form_dialog import FormDialog
from crm_desktop.ui.widgets.naming import named


def to_qdatetime(value: datetime) -> QDateTime:
    local = value.astimezone() if value.tzinfo is not None else value
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


class EventDialog(FormDialog):
    def __init__(
        self,
        submit: Callable[[EventInput], int],
        colleagues: list[Colleague],
        *,
        event: EventDTO | None = None,
        start: datetime | None = None,
        me: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("event_dialog")
        self.existing = event
        begin = event.starts_at if event else (start or datetime.now().astimezone())
        end = event.ends_at if event else begin + timedelta(hours=1)
        self.title_edit = named(QLineEdit(event.title if event else "", self), "event_title")
        self.title_edit.setMaxLength(200)
        self.all_day = named(QCheckBox(self), "event_all_day")
        self.all_day.setChecked(bool(event and event.all_day))
        self.starts_edit = named(QDateTimeEdit(to_qdatetime(begin), self), "event_starts")
        self.ends_edit = named(QDateTimeEdit(to_qdatetime(end), self), "event_ends")
        for edit in (self.starts_edit, self.ends_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.starts_edit.dateTimeChanged.connect(self._start_moved)
        self._last_start = self.starts_edit.dateTime()
        self.location_edit = named(QLineEdit(event.location or "" if event else "", self), "event_location")
        self.notes_edit = named(QPlainTextEdit(event.notes or "" if event else "", self), "event_notes")
        self.notes_edit.setMaximumHeight(90)
        self.reminder = named(QComboBox(self), "event_reminder")
        self.reminder.addItem("", None)
        for minutes in REMINDER_CHOICES:
            self.reminder.addItem("", minutes)
        current = event.remind_minutes if event else 15
        self.reminder.setCurrentIndex(max(0, self.reminder.findData(current)))
        self.attendees = named(QListWidget(self), "event_attendees")
        self.attendees.setMaximumHeight(110)
        chosen = set(event.attendee_ids) if event else set()
        for person in colleagues:
            if person.id == me:
                continue
            item = QListWidgetItem(person.full_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.id in chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)

        self.labels = {
            key: QLabel(self) for key in ("title", "starts", "ends", "location", "reminder", "notes", "who")
        }
        form = self.new_form()
        self.add_row(form, self.labels["title"], self.title_edit, "title")
        form.addRow("", self.all_day)
        self.add_row(form, self.labels["starts"], self.starts_edit, "starts_at")
        self.add_row(form, self.labels["ends"], self.ends_edit, "ends_at")
        self.add_row(form, self.labels["location"], self.location_edit, "location")
        self.add_row(form, self.labels["reminder"], self.reminder, "remind_minutes")
        form.addRow(self.labels["notes"], self.notes_edit)
        form.addRow(self.labels["who"], self.attendees)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(460, 520)
        self.retranslate_ui()

    def _start_moved(self, value: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the length."""
        delta = self._last_start.secsTo(value)
        self._last_start = value
        self.ends_edit.setDateTime(self.ends_edit.dateTime().addSecs(delta))

    def collect(self) -> EventInput:
        attendees = tuple(
            int(self.attendees.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.attendees.count())
            if self.attendees.item(i).checkState() == Qt.CheckState.Checked
        )
        return EventInput(
            title=self.title_edit.text(),
            starts_at=from_qdatetime(self.starts_edit.dateTime()),
            ends_at=from_qdatetime(self.ends_edit.dateTime()),
            all_day=self.all_day.isChecked(),
            location=self.location_edit.text(),
            notes=self.notes_edit.toPlainText(),
            remind_minutes=self.reminder.currentData(),
            customer_id=self.existing.customer_id if self.existing else None,
            attendee_ids=attendees,
        )

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit event") if self.existing else self.tr("New event"))
        texts = {
            "title": self.tr("Title:"), "starts": self.tr("Starts:"), "ends": self.tr("Ends:"),
            "location": self.tr("Location:"), "reminder": self.tr("Reminder:"), "notes": self.tr("Notes:"),
            "who": self.tr("Attendees:"),
        }  # fmt: skip
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.all_day.setText(self.tr("All day"))
        self.reminder.setItemText(0, self.tr("No reminder"))
        for row, minutes in enumerate(REMINDER_CHOICES, start=1):
            self.reminder.setItemText(row, reminder_text(minutes))


def reminder_text(minutes: int) -> str:
    """ "15 minutes before", "1 hour before"… (context EventDialog)."""
    if minutes == 0:
        return QCoreApplication.translate("EventDialog", "At the start")
    if minutes % 1440 == 0:
        days = minutes // 1440
        return QCoreApplication.translate("EventDialog", "%n day(s) before", None, days)
    if minutes % 60 == 0:
        hours = minutes // 60
        return QCoreApplication.translate("EventDialog", "%n hour(s) before", None, hours)
    return QCoreApplication.translate("EventDialog", "%n minute(s) before", None, minutes)
