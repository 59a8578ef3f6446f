"""One contract: its header form as the user's station defines it (editable while a draft), the approval steps of the current round, and the PDF
attachments (add, save to disk, remove)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contracts import ContractDetail, ContractInput
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.quotes import to_decimal
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.document_header import DocumentHeader, as_date
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.quotes.common import (
    Services,
    cell,
    contract_status,
    fill,
    read_only_table,
    selected_id,
    step_status,
)
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class ContractDialog(QDialog):
    def __init__(self, workspace: Workspace, detail: ContractDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_dialog")
        self.workspace = workspace
        self.services = Services.of(workspace)
        self.detail = detail
        editable = detail.can_edit

        self.header = named(QLabel(), "contract_header")
        self.form = DocumentHeader(workspace, "contract", self)
        self.form.set_values({**detail.extra, "title": detail.title, "amount": f"{detail.amount:.2f}",
                              "starts_on": detail.starts_on, "ends_on": detail.ends_on, "terms": detail.terms})  # fmt: skip
        self.form.set_read_only(not editable)
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

        self.steps_label, self.attachments_label = QLabel(), QLabel()
        files = QHBoxLayout()
        for button in (self.attach_button, self.download_button, self.remove_button):
            files.addWidget(button)
        files.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.form)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.attachments_label)
        layout.addLayout(files)
        layout.addWidget(self.attachments, 1)
        layout.addWidget(self.buttons)
        self.resize(820, 640)
        self.retranslate_ui()
        self._show_lists(detail)

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
        values = self.form.values()
        amount = to_decimal(values.get("amount")) if values.get("amount") is not None else None
        return ContractInput(values.get("title"), self.detail.customer_id,
                             amount if amount is not None else Decimal(-1), quote_id=self.detail.quote_id,
                             starts_on=as_date(values.get("starts_on")), ends_on=as_date(values.get("ends_on")),
                             terms=values.get("terms"), extra=self.form.custom_values())  # fmt: skip

    def save(self) -> None:
        self.form.clear_errors()
        data, service, detail = self.data(), self.services.contracts, self.detail
        run_in_background(lambda: service.update(detail.id, detail.version, data), self._saved, self._failed,
                          receiver=self)  # fmt: skip

    def _saved(self, _version: int) -> None:
        app_signals().records_changed.emit("contract", [self.detail.id])
        self.accept()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, ValidationError) and not self.form.show_errors(error):
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
        self.steps_label.setText(self.tr("Approval"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Name"), self.tr("Approver"), self.tr("State"),
                                              self.tr("Decided by"), self.tr("Comment")])  # fmt: skip
        self.attachments_label.setText(self.tr("PDF attachments (at most 10 MB each)"))
        self.attachments.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("Added")])
        self.attach_button.setText(self.tr("Attach PDF…"))
        self.download_button.setText(self.tr("Save to disk…"))
        self.remove_button.setText(self.tr("Remove"))
