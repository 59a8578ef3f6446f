"""System settings → Numbering rules: prefix, date part, sequence width and reset period per document type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.numbering import (
    DATE_PARTS,
    DOC_TYPES,
    MAX_WIDTH,
    RESETS,
    NumberingRuleDTO,
    NumberingRuleInput,
    format_number,
)
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.widgets.naming import named


def doc_type_label(doc_type: str) -> str:
    return QCoreApplication.translate("Numbering", DOC_TYPES.get(doc_type, doc_type))


class NumberingDialog(AdminDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "numbering_dialog", parent)
        self.service = workspace.numbering
        self.rules: list[NumberingRuleDTO] = []
        self.table = named(QTableWidget(0, 6), "numbering_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.prefix = named(QLineEdit(), "numbering_prefix")
        self.prefix.setMaxLength(20)
        self.date_part = named(QComboBox(), "numbering_date_part")
        self.digits = named(QSpinBox(), "numbering_width")
        self.digits.setRange(0, MAX_WIDTH + 1)
        self.reset = named(QComboBox(), "numbering_reset")
        self.preview = named(QLabel(), "numbering_preview")
        for signal in (
            self.prefix.textChanged,
            self.date_part.currentIndexChanged,
            self.digits.valueChanged,
            self.reset.currentIndexChanged,
        ):
            signal.connect(self._update_preview)
        self.labels = {k: QLabel() for k in ("prefix", "date_part", "width", "reset", "preview")}
        form = QFormLayout()
        for key, widget in (
            ("prefix", self.prefix),
            ("date_part", self.date_part),
            ("width", self.digits),
            ("reset", self.reset),
        ):
            form.addRow(self.labels[key], widget)
            form.addRow("", self.errors.label_for(key))
        form.addRow(self.labels["preview"], self.preview)
        self.btn_save = named(QPushButton(), "numbering_save")
        self.btn_save.clicked.connect(self.save)
        self.btn_close = named(QPushButton(), "close")
        self.btn_close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.btn_save)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> list[NumberingRuleDTO]:
        return self.service.rules()

    def apply(self, data: list[NumberingRuleDTO]) -> None:
        current = self.current()
        self.rules = data
        self.table.setRowCount(len(data))
        for r, rule in enumerate(data):
            cells = (
                doc_type_label(rule.doc_type),
                rule.prefix,
                rule.date_part or "—",
                str(rule.width),
                QCoreApplication.translate("Numbering", RESETS[rule.reset]),
                rule.last_number or "",
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        keep = next((i for i, rule in enumerate(data) if current and rule.id == current.id), 0)
        if data:
            self.table.selectRow(keep)

    def current(self) -> NumberingRuleDTO | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def _selected(self) -> None:
        rule = self.current()
        if rule is None:
            return
        self.errors.clear()
        self.prefix.setText(rule.prefix)
        self.date_part.setCurrentIndex(max(0, self.date_part.findData(rule.date_part)))
        self.digits.setValue(rule.width)
        self.reset.setCurrentIndex(max(0, self.reset.findData(rule.reset)))
        self._update_preview()

    def entered(self) -> NumberingRuleInput:
        return NumberingRuleInput(
            self.prefix.text(),
            str(self.date_part.currentData()),
            self.digits.value(),
            str(self.reset.currentData()),
        )

    def _update_preview(self) -> None:
        data = self.entered()
        width = min(max(data.width, 1), MAX_WIDTH)
        rule = NumberingRuleInput(data.prefix.strip().upper(), data.date_part, width, data.reset)
        self.preview.setText(format_number(rule, date.today(), 1) if data.date_part in DATE_PARTS else "")

    def save(self) -> None:
        rule = self.current()
        if rule is not None:
            self.write(lambda: self.service.update(rule.id, rule.version, self.entered()), "numbering_rule")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Numbering rules"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Document"),
                self.tr("Prefix"),
                self.tr("Date part"),
                self.tr("Width"),
                self.tr("Reset"),
                self.tr("Last number this period"),
            ]
        )
        self.labels["prefix"].setText(self.tr("Prefix"))
        self.labels["date_part"].setText(self.tr("Date part"))
        self.labels["width"].setText(self.tr("Sequence digits"))
        self.labels["reset"].setText(self.tr("Restart numbering"))
        self.labels["preview"].setText(self.tr("Example"))
        self.btn_save.setText(self.tr("&Save"))
        self.btn_close.setText(self.tr("Close"))
        for combo, choices in ((self.date_part, DATE_PARTS), (self.reset, RESETS)):
            selected = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for key, label in choices.items():
                combo.addItem(QCoreApplication.translate("Numbering", label), key)
            combo.setCurrentIndex(max(0, combo.findData(selected)))
            combo.blockSignals(False)
        if self.rules:
            self.apply(self.rules)
