"""New message: colleagues to tick (with a filter box), subject, body."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.ui.quick_panel.form_dialog import FormDialog
from crm_desktop.ui.quick_panel.task_dialog import colleague_text

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class MessageDraft:
    recipient_ids: list[int] = field(default_factory=list)
    subject: str = ""
    body: str | None = None


class MessageDialog(FormDialog):
    """`submit(MessageDraft) -> message id` runs in the background; the dialog closes when it succeeds."""

    def __init__(
        self,
        colleagues: Sequence[Colleague],
        me_id: int,
        submit: Callable[[MessageDraft], int],
        parent: QWidget | None = None,
        *,
        recipient_ids: Iterable[int] = (),
        subject: str = "",
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("message_dialog")
        chosen = set(recipient_ids)

        self.recipients_label = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("recipient_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.recipient_list = QListWidget(self)
        self.recipient_list.setObjectName("recipients")
        self.recipient_list.setMinimumHeight(150)
        for colleague in colleagues:
            if colleague.id == me_id:
                continue
            item = QListWidgetItem(colleague_text(colleague), self.recipient_list)
            item.setData(ID_ROLE, colleague.id)
            words = (colleague.full_name, colleague.login, colleague.department or "")
            item.setData(SEARCH_ROLE, " ".join(words).casefold())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if colleague.id in chosen else Qt.CheckState.Unchecked)
        self.recipient_list.itemChanged.connect(lambda _item: self._update_count())
        self.recipient_list.itemActivated.connect(self._toggle)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("recipient_count")
        self.check_shown_button = QPushButton(self)
        self.check_shown_button.setObjectName("check_shown")
        self.check_shown_button.clicked.connect(lambda: self._check_shown(True))
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clear_recipients")
        self.clear_button.clicked.connect(lambda: self._check_shown(False))
        self.recipients_label.setBuddy(self.filter_edit)

        self.subject_label = QLabel(self)
        self.subject_edit = QLineEdit(subject, self)
        self.subject_edit.setObjectName("subject")
        self.subject_label.setBuddy(self.subject_edit)
        self.body_label = QLabel(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.body_label.setBuddy(self.body_edit)

        recipients = QWidget(self)
        box = QVBoxLayout(recipients)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.filter_edit)
        box.addWidget(self.recipient_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.count_label, 1)
        row.addWidget(self.check_shown_button)
        row.addWidget(self.clear_button)
        box.addLayout(row)

        form = self.new_form()
        self.add_row(form, self.recipients_label, recipients, "recipients")
        self.add_row(form, self.subject_label, self.subject_edit, "subject")
        self.add_row(form, self.body_label, self.body_edit, "body")

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(480, 560)
        (self.subject_edit if chosen else self.filter_edit).setFocus()

    # -- recipients -----------------------------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.recipient_list.item(row) for row in range(self.recipient_list.count())]

    def recipient_ids(self) -> list[int]:
        return [int(i.data(ID_ROLE)) for i in self._items() if i.checkState() == Qt.CheckState.Checked]

    def set_recipients(self, ids: Iterable[int]) -> None:
        wanted = set(ids)
        for item in self._items():
            item.setCheckState(
                Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
            )

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for item in self._items():
            haystack = str(item.data(SEARCH_ROLE))
            item.setHidden(not all(word in haystack for word in words))

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self._items():
            if not checked or not item.isHidden():
                item.setCheckState(state)

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} selected").format(count=len(self.recipient_ids())))

    # -- form -----------------------------------------------------------------------------------------------

    def collect(self) -> MessageDraft:
        return MessageDraft(self.recipient_ids(), self.subject_edit.text(), self.body_edit.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New message"))
        self.recipients_label.setText(self.tr("To *"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by name, login or department"))
        self.check_shown_button.setText(self.tr("Tick shown"))
        self.check_shown_button.setToolTip(self.tr("Tick every colleague the filter shows"))
        self.clear_button.setText(self.tr("Clear"))
        self.subject_label.setText(self.tr("Subject *"))
        self.body_label.setText(self.tr("Message"))
        self.ok_button.setText(self.tr("Send"))
        self._update_count()
