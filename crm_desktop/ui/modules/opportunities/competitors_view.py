"""Competitor records: a list (threat level, deals competed in, won, lost) and an editor with the deals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.competitors import (
    THREAT_LEVELS,
    CompetitorDTO,
    CompetitorInput,
    CompetitorRowDTO,
    CompetitorService,
)
from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.ui.errors import FieldErrors, error_text, show_error
from crm_desktop.ui.modules.opportunities.common import money, status_label
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


def threat_label(level: str) -> str:
    return QCoreApplication.translate("Catalog", THREAT_LEVELS.get(level, level))


class CompetitorDialog(QDialog):
    def __init__(
        self, service: CompetitorService, record: CompetitorDTO | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("competitor_dialog")
        self.service = service
        self.record = record
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self.name = named(QLineEdit(), "name")
        self.website = named(QLineEdit(), "website")
        self.threat = named(QComboBox(), "threat_level")
        for key in THREAT_LEVELS:
            self.threat.addItem("", key)
        self.strengths = named(QPlainTextEdit(), "strengths")
        self.weaknesses = named(QPlainTextEdit(), "weaknesses")
        self.notes = named(QPlainTextEdit(), "notes")
        for text_box in (self.strengths, self.weaknesses, self.notes):
            text_box.setFixedHeight(64)
        self.deals = named(QTableWidget(0, 4), "competed_deals")
        self.deals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.deals.setMinimumHeight(120)
        form = QFormLayout()
        self._labels = {
            k: QLabel() for k in ("name", "website", "threat", "strengths", "weaknesses", "notes")
        }
        for key, widget, field in (
            ("name", self.name, "name"),
            ("website", self.website, "website"),
            ("threat", self.threat, "threat_level"),
            ("strengths", self.strengths, None),
            ("weaknesses", self.weaknesses, None),
            ("notes", self.notes, None),
        ):
            box = QVBoxLayout()
            box.addWidget(widget)
            if field:
                box.addWidget(self.errors.label_for(field))
            form.addRow(self._labels[key], box)
        self.deals_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.deals_label)
        layout.addWidget(self.deals)
        layout.addWidget(self.buttons)
        self.threat.setCurrentIndex(1)
        if record is not None:
            self.name.setText(record.name)
            self.website.setText(record.website or "")
            self.threat.setCurrentIndex(max(0, self.threat.findData(record.threat_level)))
            self.strengths.setPlainText(record.strengths or "")
            self.weaknesses.setPlainText(record.weaknesses or "")
            self.notes.setPlainText(record.notes or "")
            for deal in record.deals:
                r = self.deals.rowCount()
                self.deals.insertRow(r)
                for col, text in enumerate(
                    (deal.name, deal.customer_name, money(deal.amount), status_label(deal.status))
                ):
                    self.deals.setItem(r, col, QTableWidgetItem(text))
        self.retranslate_ui()
        self.resize(560, 600)

    def collect(self) -> CompetitorInput:
        return CompetitorInput(
            name=self.name.text(),
            website=self.website.text(),
            strengths=self.strengths.toPlainText(),
            weaknesses=self.weaknesses.toPlainText(),
            threat_level=self.threat.currentData(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self.errors.clear()
        try:
            if self.record is None:
                self.saved_id = self.service.create(self.collect())
            else:
                self.service.update(self.record.id, self.record.version, self.collect())
                self.saved_id = self.record.id
        except ValidationError as error:
            self.errors.show(error)
            return
        except ServiceError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        app_signals().records_changed.emit("competitor", [self.saved_id])
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Competitor"))
        texts = {
            "name": self.tr("Name"),
            "website": self.tr("Website"),
            "threat": self.tr("Threat level"),
            "strengths": self.tr("Strengths"),
            "weaknesses": self.tr("Weaknesses"),
            "notes": self.tr("Notes"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        for i in range(self.threat.count()):
            self.threat.setItemText(i, threat_label(self.threat.itemData(i)))
        self.deals_label.setText(self.tr("Deals competed in"))
        self.deals.setHorizontalHeaderLabels(
            [self.tr("Opportunity"), self.tr("Customer"), self.tr("Amount"), self.tr("Status")]
        )


class CompetitorsView(QWidget):
    def __init__(self, service: CompetitorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competitors_view")
        self.service = service
        self.rows: list[CompetitorRowDTO] = []
        self.table = named(QTableWidget(0, 5), "competitors_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.new_button = named(QPushButton(), "new_competitor")
        self.edit_button = named(QPushButton(), "edit_competitor")
        self.delete_button = named(QPushButton(), "delete_competitor")
        self.new_button.clicked.connect(self.new)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        user = service.user
        self.new_button.setVisible(user.can("opportunities", "create"))
        self.edit_button.setEnabled(user.can("opportunities", "view"))
        self.delete_button.setVisible(user.can("opportunities", "delete"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def reload(self) -> None:
        run_in_background(self.service.list, self._show, lambda e: show_error(self, e), receiver=self)

    def _show(self, rows: list[CompetitorRowDTO]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for col, text in enumerate(
                (row.name, threat_label(row.threat_level), str(row.deals), str(row.won), str(row.lost))
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)

    def _selected(self) -> CompetitorRowDTO | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows else None

    def new(self) -> None:
        if CompetitorDialog(self.service, parent=self).exec():
            self.reload()

    def edit(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            record = self.service.get(row.id)
        except ServiceError as error:
            show_error(self, error)
            return
        if CompetitorDialog(self.service, record, self).exec():
            self.reload()

    def delete(self) -> None:
        row = self._selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete competitor"), self.tr("Delete “{name}”?").format(name=row.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.delete(row.id, row.version)
        except ServiceError as error:
            show_error(self, error)
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New competitor"))
        self.edit_button.setText(self.tr("Open"))
        self.delete_button.setText(self.tr("Delete"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Competitor"),
                self.tr("Threat level"),
                self.tr("Deals"),
                self.tr("Won"),
                self.tr("Lost"),
            ]
        )
        self._show(self.rows)
