"""One contract: its fields (editable while a draft), the approval steps of the current round, and the PDF
attachments (add, save to disk, remove)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contracts import ContractDetail, ContractInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.quotes import to_decimal
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.modules.quotes.common import (
    Services,
    cell,
    contract_status,
    fill,
    money,
    read_only_table,
    selected_id,
    step_status,
)
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


def _qdate(value: date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def _pydate(edit: QDateEdit, enabled: QCheckBox) -> date | None:
    if not enabled.isChecked():
        return None
    q = edit.date()
    return date(q.year(), q.month(), q.day())


class ContractDialog(QDialog):
    def __init__(self, workspace: Workspace, detail: ContractDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_dialog")
        self.workspace = workspace
        self.services = Services.of(workspace)
        self.detail = detail
        self.errors = FieldErrors()
        editable = detail.can_edit

        self.header = named(QLabel(), "contract_header")
        self.title_edit = named(QLineEdit(detail.title), "title")
        self.amount = named(QLineEdit(f"{detail.amount:.2f}"), "amount")
        self.starts_on, self.ends_on = named(QDateEdit(), "starts_on"), named(QDateEdit(), "ends_on")
        self.has_start, self.has_end = QCheckBox(), QCheckBox()
        for edit, box, value in ((self.starts_on, self.has_start, detail.starts_on),
                                 (self.ends_on, self.has_end, detail.ends_on)):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDate(_qdate(value))
            box.setChecked(value is not None)
            edit.setEnabled(value is not None and editable)
            box.toggled.connect(edit.setEnabled)
            box.setEnabled(editable)
        self.terms = named(QPlainTextEdit(detail.terms or ""), "terms")
        self.terms.setMaximumHeight(90)
        for widget in (self.title_edit, self.amount):
            widget.setReadOnly(not editable)
        self.terms.setReadOnly(not editable)
        self.steps = named(read_only_table(QTableWidget(0, 6), 5), "approval_steps")
        self.attachments = named(read_only_table(QTableWidget(0, 3), 0), "attachments")
        self.attach_button = named(QPushButton(), "attach_pdf")
        self.attach_button.clicked.connect(self.attach)
        self.attach_button.setEnabled(editable or detail.status == "in_approval")
        self.download_button = named(QPushButton(), "download_pdf")
        self.download_button.clicked.connect(self.download)
        self.remove_button = named(QPushButton(), "remove_pdf")
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setEnabled(detail.status != "signed")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setVisible(editable)

        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        form.addRow(self.labels[0], self._field(self.title_edit, "title"))
        form.addRow(self.labels[1], self._field(self.amount, "amount"))
        for label, box, edit, key in ((self.labels[2], self.has_start, self.starts_on, "starts_on"),
                                      (self.labels[3], self.has_end, self.ends_on, "ends_on")):  # fmt: skip
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(edit, 1)
            holder = QWidget()
            holder.setLayout(row)
            form.addRow(label, self._field(holder, key))
        form.addRow(self.labels[4], self.terms)
        self.steps_label, self.attachments_label = QLabel(), QLabel()
        files = QHBoxLayout()
        for button in (self.attach_button, self.download_button, self.remove_button):
            files.addWidget(button)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.attachments_label)
        layout.addLayout(files)
        layout.addWidget(self.attachments, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.retranslate_ui()
        self._show_lists(detail)

    def _field(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addWidget(self.errors.label_for(key))
        return box

    def _show_lists(self, detail: ContractDetail) -> None:
        self.detail = detail
        fill(self.steps, [
            [cell(str(s.seq)), cell(s.step_name), cell(s.approver_name), cell(step_status(s.status)),
             cell(s.decided_by_name or ""), cell(s.comment or "")]
            for s in detail.steps
        ])  # fmt: skip
        self.steps.resizeColumnsToContents()
        fill(self.attachments, [
            [cell(a.file_name, data=a.id), cell(f"{a.size / 1024:,.0f} KB", number=True),
             cell(a.created_at.astimezone().strftime("%Y-%m-%d %H:%M"))]
            for a in detail.attachments
        ])  # fmt: skip
        self.attachments.resizeColumnsToContents()

    def _refresh(self) -> None:
        contract_id, service = self.detail.id, self.services.contracts
        run_in_background(lambda: service.get(contract_id), self._show_lists, lambda e: show_error(self, e),
                          receiver=self)  # fmt: skip

    # ----- actions -----------------------------------------------------------------------------------------
    def data(self) -> ContractInput:
        amount = to_decimal(self.amount.text())
        return ContractInput(self.title_edit.text(), self.detail.customer_id,
                             amount if amount is not None else Decimal(-1), quote_id=self.detail.quote_id,
                             starts_on=_pydate(self.starts_on, self.has_start),
                             ends_on=_pydate(self.ends_on, self.has_end), terms=self.terms.toPlainText(),
                             extra=dict(self.detail.extra))  # fmt: skip

    def save(self) -> None:
        self.errors.clear()
        data, service, detail = self.data(), self.services.contracts, self.detail
        run_in_background(lambda: service.update(detail.id, detail.version, data), self._saved, self._failed,
                          receiver=self)  # fmt: skip

    def _saved(self, _version: int) -> None:
        app_signals().records_changed.emit("contract", [self.detail.id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError) and not self.errors.show(error):
            return
        show_error(self, error)

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a PDF"), "", self.tr("PDF files (*.pdf)"))
        if path:
            self.attach_file(path)

    def attach_file(self, path: str) -> None:
        contract_id, service = self.detail.id, self.services.contracts

        def work() -> int:
            return service.attach(contract_id, Path(path).name, Path(path).read_bytes())

        run_in_background(work, lambda _id: self._refresh(), lambda e: show_error(self, e), receiver=self)

    def download(self) -> None:
        attachment = selected_id(self.attachments)
        if attachment is None:
            return
        service = self.services.contracts

        def chosen(result: tuple[str, bytes]) -> None:
            name, data = result
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save attachment"), name, self.tr("PDF files (*.pdf)")
            )
            if path:
                Path(path).write_bytes(data)

        run_in_background(lambda: service.attachment_data(attachment), chosen, lambda e: show_error(self, e),
                          receiver=self)  # fmt: skip

    def remove(self) -> None:
        attachment = selected_id(self.attachments)
        if attachment is not None:
            service = self.services.contracts
            run_in_background(lambda: service.remove_attachment(attachment), lambda _r: self._refresh(),
                              lambda e: show_error(self, e), receiver=self)  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        d = self.detail
        self.setWindowTitle(self.tr("Contract %1").replace("%1", d.number))
        quote = self.tr(", from quote %1").replace("%1", d.quote_number) if d.quote_number else ""
        header = self.tr("%1 · %2 · state: %3").replace("%1", d.number).replace("%2", d.customer_name)
        header = header.replace("%3", contract_status(d.status)) + quote
        if d.reject_reason and d.status == "draft":
            header += "\n" + self.tr("Returned: %1").replace("%1", d.reject_reason)
        self.header.setText(header)
        self.header.setWordWrap(True)
        for label, text in zip(self.labels, (self.tr("Title"), self.tr("Amount"), self.tr("Starts on"),
                                             self.tr("Ends on"), self.tr("Terms")), strict=True):  # fmt: skip
            label.setText(text)
        self.amount.setToolTip(money(d.amount))
        self.steps_label.setText(self.tr("Approval"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Name"), self.tr("Approver"), self.tr("State"),
                                              self.tr("Decided by"), self.tr("Comment")])  # fmt: skip
        self.attachments_label.setText(self.tr("PDF attachments (at most 10 MB each)"))
        self.attachments.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.attach_button.setText(self.tr("Attach PDF…"))
        self.download_button.setText(self.tr("Save to disk…"))
        self.remove_button.setText(self.tr("Remove"))
