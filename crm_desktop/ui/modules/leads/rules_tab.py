"""Assignment rules (administrators): pool leads of an industry and/or region go to a person; the first matching
rule by order wins. Also the per-user claim limit."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.lead_pool import RuleInput, RuleRow
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.modules.customers.common import (
    lay_out_field_dialog,
    make_table,
    set_label_text,
    show_save_error,
)
from crm_desktop.ui.modules.leads.common import LeadServices, fill_people
from crm_desktop.ui.widgets.code_combo import CodeBook, CodeCombo
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class RuleDialog(QDialog):
    FIELDS = ("user", "industry", "region", "sort_order", "active")

    def __init__(
        self,
        services: LeadServices,
        book: CodeBook,
        people: list[Colleague],
        rule: RuleRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lead_rule_dialog")
        self.services, self.rule = services, rule
        self.errors = FieldErrors()
        self.person = named(QComboBox(), "field_user")
        fill_people(self.person, people)
        self.industry = named(CodeCombo(), "field_industry")
        self.industry.set_items(book.combo_items("industry"))
        self.region = named(CodeCombo(), "field_region")
        self.region.set_items(book.city_items())
        self.order = named(QSpinBox(), "field_sort_order")
        self.order.setRange(0, 9999)
        self.active = named(QCheckBox(), "field_active")
        self.active.setChecked(True)
        self.fields: dict[str, QWidget] = dict(
            zip(self.FIELDS, (self.person, self.industry, self.region, self.order, self.active), strict=True)
        )
        parts = lay_out_field_dialog(self, self.fields, self.errors, self.save)
        self.labels, self.message_label, self.buttons = parts.labels, parts.message_label, parts.buttons
        if rule is not None:
            self.person.setCurrentIndex(max(self.person.findData(rule.user_id), 0))
            self.industry.set_value(rule.industry_id)
            self.region.set_value(rule.region_id)
            self.order.setValue(rule.sort_order)
            self.active.setChecked(rule.active)
        self.retranslate_ui()

    def save(self) -> None:
        self.buttons.setEnabled(False)
        data = RuleInput(
            self.person.currentData(),
            self.industry.value(),
            self.region.value(),
            self.order.value(),
            self.active.isChecked(),
        )
        pool, rule_id = self.services.pool, self.rule.id if self.rule else None
        run_in_background(
            lambda: pool.save_rule(rule_id, data), lambda _id: self.accept(), self._failed, receiver=self
        )

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        show_save_error(self, error, self.fields, self.errors, self.message_label)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Assignment rule"))
        texts = (
            self.tr("Assign to"),
            self.tr("Industry"),
            self.tr("Region"),
            self.tr("Order"),
            self.tr("Active"),
        )
        for name, text in zip(self.FIELDS, texts, strict=True):
            set_label_text(self.labels[name], text, required=name == "user")
        self.industry.set_none_text(self.tr("Any industry"))
        self.region.set_none_text(self.tr("Any region"))
        self.active.setText(self.tr("Apply this rule"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class RulesTab(QWidget):
    def __init__(self, services: LeadServices, book_source: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lead_rules_tab")
        self.services, self.book_source = services, book_source
        self.rules: list[RuleRow] = []
        self.intro = named(QLabel(), "rules_intro")
        self.intro.setWordWrap(True)
        self.table = make_table(self, "lead_rules_table")
        self.table.setColumnCount(5)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, chars in enumerate((4, 10, 14, 8, 4)):
            self.table.setColumnWidth(column, chars * char + 16)
        self.table.doubleClicked.connect(lambda *_: self.edit())
        self.add_button = named(QPushButton(), "rule_add")
        self.add_button.clicked.connect(lambda: self._open(None))
        self.edit_button = named(QPushButton(), "rule_edit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = named(QPushButton(), "rule_delete")
        self.delete_button.clicked.connect(self.delete)
        self.limit_label = named(QLabel(), "claim_limit_label")
        self.limit_spin = named(QSpinBox(), "claim_limit")
        self.limit_spin.setRange(0, 100000)
        self.limit_button = named(QPushButton(), "claim_limit_save")
        self.limit_button.clicked.connect(self.save_limit)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for widget in (self.limit_label, self.limit_spin, self.limit_button):
            buttons.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def reload(self) -> None:
        pool = self.services.pool
        run_in_background(
            lambda: (pool.rules(), pool.my_count()[1]), self._loaded, self._failed, receiver=self
        )

    def _loaded(self, loaded: tuple[list[RuleRow], int]) -> None:
        self.rules, limit = loaded
        self.limit_spin.setValue(limit)
        self.fill()

    def fill(self) -> None:
        book: CodeBook = getattr(self.book_source, "book", CodeBook())
        self.table.setRowCount(len(self.rules))
        for row, r in enumerate(self.rules):
            values = (
                str(r.sort_order),
                book.label(r.industry_id) or self.tr("Any industry"),
                book.region_label(r.region_id) or self.tr("Any region"),
                r.user_name,
                self.tr("Yes") if r.active else self.tr("No"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def _failed(self, error: Exception) -> None:
        show_error(self, error)

    def _current(self) -> RuleRow | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def _open(self, rule: RuleRow | None) -> None:
        book: CodeBook = getattr(self.book_source, "book", CodeBook())
        people: list[Colleague] = list(getattr(self.book_source, "people", []))
        if RuleDialog(self.services, book, people, rule, self).exec():
            self.reload()

    def edit(self) -> None:
        rule = self._current()
        if rule is not None:
            self._open(rule)

    def delete(self) -> None:
        rule, pool = self._current(), self.services.pool
        if rule is not None:
            run_in_background(
                lambda: pool.delete_rule(rule.id), lambda _r: self.reload(), self._failed, receiver=self
            )

    def save_limit(self) -> None:
        pool, limit = self.services.pool, self.limit_spin.value()
        run_in_background(
            lambda: pool.set_claim_limit(limit), lambda _r: self.reload(), self._failed, receiver=self
        )

    def retranslate_ui(self) -> None:
        self.intro.setText(
            self.tr(
                'Select leads in the lead pool and press "Assign by rules": each goes to the first active rule '
                "(by order) whose industry and region match. An empty industry or region matches any."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Industry"),
                self.tr("Region"),
                self.tr("Assign to"),
                self.tr("Active"),
            ]
        )
        self.add_button.setText(self.tr("Add rule"))
        self.edit_button.setText(self.tr("Edit rule"))
        self.delete_button.setText(self.tr("Delete rule"))
        self.limit_label.setText(self.tr("Open leads a person may hold:"))
        self.limit_button.setText(self.tr("Save limit"))
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
