"""Send e-mail… : a message or a batch greeting to the contacts of the chosen customers. Shows the recipients
(tick off whom to leave out), a subject and a text with {name}, {customer} and {sender} placeholders; sends in
the background and shows each recipient's result."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.mail import MailRecipient, SendResult
from crm_desktop.services.validation import REQUIRED
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors, error_text, translate_error
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

CUSTOMER, CONTACT, ADDRESS, RESULT = range(4)


class _Progress(QObject):
    """Carries per-recipient results from the worker thread to the GUI thread as they happen."""

    result = Signal(object)


class MailDialog(QDialog):
    finished_sending = Signal(list)  # list[SendResult]

    def __init__(self, workspace: Workspace, customer_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_dialog")
        self.workspace = workspace
        self.recipients: list[MailRecipient] = []
        self.results: list[SendResult] = []
        self.sending = False
        self.errors = FieldErrors()
        self.intro = named(QLabel(self), "mail_intro")
        self.intro.setWordWrap(True)
        self.table = named(QTableWidget(0, 4, self), "mail_recipients")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.subject = named(QLineEdit(self), "mail_subject")
        self.subject.setMaxLength(200)
        self.body = named(QPlainTextEdit(self), "mail_body")
        self.subject_label, self.body_label, self.hint = QLabel(self), QLabel(self), QLabel(self)
        self.hint.setStyleSheet("color: #666;")
        self.status = named(QLabel(self), "mail_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.send_button = named(QPushButton(self), "mail_send")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.send_button.clicked.connect(self.send)
        self.send_button.setEnabled(False)
        self.buttons.rejected.connect(self.reject)
        self._progress = _Progress(self)
        self._progress.result.connect(self._one_result)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.subject_label)
        layout.addWidget(self.subject)
        layout.addWidget(self.errors.label_for("subject"))
        layout.addWidget(self.body_label)
        layout.addWidget(self.body, 2)
        layout.addWidget(self.errors.label_for("body"))
        layout.addWidget(self.hint)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(680, 620)
        self.retranslate_ui()
        service = workspace.mail
        run_in_background(lambda: service.recipients(customer_ids), self._loaded, self._failed, receiver=self)

    # ----- recipients --------------------------------------------------------------------------------------
    def _loaded(self, recipients: list[MailRecipient]) -> None:
        self.recipients = recipients
        self.table.setRowCount(len(recipients))
        for row, r in enumerate(recipients):
            first = QTableWidgetItem(r.customer_name)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, CUSTOMER, first)
            self.table.setItem(row, CONTACT, QTableWidgetItem(r.contact_name))
            self.table.setItem(row, ADDRESS, QTableWidgetItem(r.email))
            self.table.setItem(row, RESULT, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Stretch)
        self.send_button.setEnabled(bool(recipients))
        self.retranslate_ui()

    def _failed(self, error: Exception) -> None:
        self.sending = False
        self.send_button.setEnabled(bool(self.recipients))
        self.status.setText(error_text(error))
        self.status.setStyleSheet("color: #c0392b;")

    def chosen(self) -> list[MailRecipient]:
        return [
            r for row, r in enumerate(self.recipients)
            if (item := self.table.item(row, CUSTOMER)) is not None and item.checkState() == Qt.CheckState.Checked
        ]  # fmt: skip

    # ----- sending -----------------------------------------------------------------------------------------
    def send(self) -> None:
        if self.sending:
            return
        self.errors.clear()
        chosen = self.chosen()
        subject, body = self.subject.text(), self.body.toPlainText()
        missing = {f: t for f, t in (("subject", subject), ("body", body)) if not t.strip()}
        if missing or not chosen:
            for field in missing:
                label = self.errors.labels[field]
                label.setText(translate_error(REQUIRED))
                label.show()
            if not chosen:
                self.status.setText(self.tr("Tick at least one recipient."))
            return
        self.sending = True
        self.send_button.setEnabled(False)
        self.results = []
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sending to %n recipient(s)…", "", len(chosen)))
        for row in range(self.table.rowCount()):
            self._set_result(row, "", None)
        service, relay = self.workspace.mail, self._progress.result
        run_in_background(
            lambda: service.send(chosen, subject, body, progress=relay.emit),
            self._done,
            self._failed,
            receiver=self,
        )

    def _row_of(self, recipient: MailRecipient) -> int:
        return self.recipients.index(recipient)

    def _set_result(self, row: int, text: str, ok: bool | None) -> None:
        item = self.table.item(row, RESULT)
        if item is None:
            return
        item.setText(text)
        item.setToolTip(text)
        item.setForeground(QColor("#1e7d32") if ok else QColor("#c0392b"))

    def _one_result(self, result: SendResult) -> None:
        if not result.ok:
            text = self.tr("Failed: {reason}").format(reason=translate_error(result.error))
        elif result.error:
            text = self.tr("Sent; not recorded: {reason}").format(reason=translate_error(result.error))
        else:
            text = self.tr("Sent")
        self._set_result(self._row_of(result.recipient), text, result.ok)

    def _done(self, results: list[SendResult]) -> None:
        self.sending = False
        self.results = results
        self.send_button.setEnabled(True)
        failed = sum(1 for r in results if not r.ok)
        sent = len(results) - failed
        self.status.setText(self.tr("Sent: {sent}. Failed: {failed}.").format(sent=sent, failed=failed))
        self.status.setStyleSheet("color: #c0392b;" if failed else "color: #1e7d32;")
        customers = sorted({r.recipient.customer_id for r in results if r.ok})
        if customers:
            app_signals().records_changed.emit("interaction", customers)
        self.finished_sending.emit(results)

    def reject(self) -> None:
        if not self.sending:
            super().reject()

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Send e-mail"))
        self.intro.setText(
            self.tr("%n contact(s) with an e-mail address. Untick those who should not get this message.", "",
                    len(self.recipients))
        )  # fmt: skip
        self.table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Contact"), self.tr("E-mail"), self.tr("Result")]
        )
        self.subject_label.setText(self.tr("Subject:"))
        self.body_label.setText(self.tr("Text:"))
        self.hint.setText(
            self.tr("{name} becomes the contact's name, {customer} the customer's name, {sender} your name.")
        )
        self.send_button.setText(self.tr("Send"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
