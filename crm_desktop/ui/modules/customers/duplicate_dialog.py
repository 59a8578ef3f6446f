"""Shown before saving when similar customers exist: the candidates the user may see, and a hint (without any
detail) when a similar customer exists outside the user's data permissions."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.duplicates import DuplicateReport
from crm_desktop.ui.modules.customers.common import make_table, named


class DuplicateDialog(QDialog):
    """Accept = save anyway; reject = go back to the form (the input stays)."""

    def __init__(self, report: DuplicateReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.report = report
        self.intro = named(QLabel(), "duplicate_intro")
        self.intro.setWordWrap(True)
        self.table = make_table(self, "duplicate_table")
        self.table.setColumnCount(5)
        self.table.setRowCount(len(report.candidates))
        self.hint = named(QLabel(), "duplicate_hidden_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b9770e;")
        self.hint.setVisible(report.hidden_match)
        self.table.setVisible(bool(report.candidates))
        self.buttons = QDialogButtonBox()
        self.save_button = named(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole), "save_anyway"
        )
        self.back_button = named(
            self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole), "back_to_form"
        )
        self.back_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((16, 5, 9, 4, 7)):
            self.table.setColumnWidth(column, chars * char + 16)
        self.resize(62 * char, (22 if report.candidates else 10) * char)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.intro.setText(
            self.tr(
                "These customers look like the one you are saving. Check them before saving a new record."
            )
            if self.report.candidates
            else self.tr("A similar customer may already exist.")
        )
        self.hint.setText(
            self.tr(
                "A similar customer exists that is owned by someone else and outside your data permissions. "
                "Ask the office or the manager before entering it again."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Owner"),
                self.tr("Phone"),
                self.tr("Similarity"),
                self.tr("Matches on"),
            ]
        )
        reasons = {"name": self.tr("name"), "phone": self.tr("phone"), "email": self.tr("e-mail")}
        for row, c in enumerate(self.report.candidates):
            owner = self.tr("Public pool") if c.in_pool else (c.owner_name or "")
            values = (
                c.name,
                owner,
                c.phone or "",
                f"{round(c.score * 100)}%",
                ", ".join(reasons[r] for r in c.reasons),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.save_button.setText(self.tr("Save anyway"))
        self.back_button.setText(self.tr("Back to the form"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
