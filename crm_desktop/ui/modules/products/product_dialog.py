"""Create or edit one product: code, name, specification, unit, category, list and cost price, a price per
customer grade, active flag and notes. Errors appear beside the fields; the input stays as typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.products import CategoryDTO, ProductDetailDTO, ProductDTO, ProductInput
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import i18n
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.widgets.product_picker import category_paths

TEXT_FIELDS = ("code", "name", "specification", "unit", "list_price", "cost_price")


def _plain(value: object) -> str:
    return "" if value is None else f"{value}"


class ProductDialog(QDialog):
    def __init__(
        self,
        workspace: Workspace,
        categories: list[CategoryDTO],
        grades: list[CodeDTO],
        detail: ProductDetailDTO | None = None,
        parent: QWidget | None = None,
        *,
        category_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self.workspace = workspace
        self.detail = detail
        self.grades = grades
        self.saved: ProductDTO | None = None
        self.errors = FieldErrors()
        self.edits = {k: named(QLineEdit(), f"product_{k}") for k in TEXT_FIELDS}
        self.edits["code"].setMaxLength(40)
        self.edits["unit"].setMaxLength(20)
        self.category = named(QComboBox(), "product_category")
        self.category.addItem("", None)
        for cid, path in category_paths(categories):
            self.category.addItem(path, cid)
        self.active = named(QCheckBox(), "product_active")
        self.active.setChecked(True)
        self.notes = named(QPlainTextEdit(), "product_notes")
        self.notes.setFixedHeight(60)
        self.labels = {k: QLabel() for k in (*TEXT_FIELDS, "category", "notes")}
        form = QFormLayout()
        for key in ("code", "name", "specification", "unit"):
            form.addRow(self.labels[key], self.edits[key])
            form.addRow("", self.errors.label_for(key))
        form.addRow(self.labels["category"], self.category)
        form.addRow("", self.errors.label_for("category_id"))
        prices = QHBoxLayout()
        for key in ("list_price", "cost_price"):
            box = QVBoxLayout()
            box.addWidget(self.labels[key])
            box.addWidget(self.edits[key])
            box.addWidget(self.errors.label_for(key))
            prices.addLayout(box)
        form.addRow(prices)
        self.grade_box = QGroupBox()
        grade_form = QFormLayout(self.grade_box)
        self.grade_edits: dict[int, QLineEdit] = {}
        self.grade_labels: dict[int, QLabel] = {}
        for grade in grades:
            edit = named(QLineEdit(), f"product_grade_{grade.code}")
            self.grade_edits[grade.id] = edit
            self.grade_labels[grade.id] = QLabel()
            grade_form.addRow(self.grade_labels[grade.id], edit)
            grade_form.addRow("", self.errors.label_for(f"grade_{grade.id}"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.grade_box)
        layout.addWidget(self.active)
        layout.addWidget(self.labels["notes"])
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        if detail is not None:
            p = detail.product
            for key in TEXT_FIELDS:
                self.edits[key].setText(_plain(getattr(p, key)))
            self.category.setCurrentIndex(max(0, self.category.findData(p.category_id)))
            self.active.setChecked(p.active)
            self.notes.setPlainText(detail.notes)
            for grade_id, price in detail.grade_prices.items():
                if grade_id in self.grade_edits:
                    self.grade_edits[grade_id].setText(_plain(price))
        elif category_id is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(category_id)))
        self.retranslate_ui()

    def entered(self) -> ProductInput:
        text = {k: e.text() for k, e in self.edits.items()}
        category = self.category.currentData()
        return ProductInput(
            code=text["code"],
            name=text["name"],
            unit=text["unit"],
            specification=text["specification"],
            category_id=category if isinstance(category, int) else None,
            list_price=text["list_price"],
            cost_price=text["cost_price"],
            active=self.active.isChecked(),
            notes=self.notes.toPlainText(),
            grade_prices={gid: edit.text() for gid, edit in self.grade_edits.items()},
        )

    def save(self) -> None:
        self.errors.clear()
        data, service = self.entered(), self.workspace.products
        try:
            if self.detail is None:
                self.saved = service.create(data)
            else:
                p = self.detail.product
                self.saved = service.update(p.id, p.version, data)
        except ValidationError as error:
            if self.errors.show(error):
                show_error(self, error)
            return
        except Exception as error:
            show_error(self, error)
            return
        app_signals().records_changed.emit("product", [self.saved.id])
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New product") if self.detail is None else self.tr("Edit product"))
        texts = {
            "code": self.tr("Code"),
            "name": self.tr("Name"),
            "specification": self.tr("Specification"),
            "unit": self.tr("Unit"),
            "list_price": self.tr("List price (¥)"),
            "cost_price": self.tr("Cost price (¥)"),
            "category": self.tr("Category"),
            "notes": self.tr("Notes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.active.setText(self.tr("Active (offered in quotes and orders)"))
        self.grade_box.setTitle(self.tr("Price per customer grade (empty = list price)"))
        language = i18n.current_language()
        for grade in self.grades:
            self.grade_labels[grade.id].setText(grade.label(language))
