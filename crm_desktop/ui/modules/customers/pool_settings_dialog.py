"""Public pool settings: how many customers one person may own (the claim limit) and after how many days
without contact an owned customer goes back to the pool, by default and per customer type."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.pool import PoolSettings
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import FieldErrors, show_error
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

MAX_DAYS = 3650


def _days_box(name: str) -> QSpinBox:
    box = named(QSpinBox(), name)
    box.setRange(0, MAX_DAYS)  # 0 shows the special text: never / use the default
    return box


class PoolSettingsDialog(QDialog):
    """Loads the settings and the customer types in the background; Save writes them in one step."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pool_settings_dialog")
        self.workspace = workspace
        self.errors = FieldErrors()
        self.type_ids: list[int] = []
        self.loaded = False

        self.limit_label = QLabel()
        self.limit_box = named(QSpinBox(), "pool_claim_limit")
        self.limit_box.setRange(0, 1_000_000)
        self.default_label = QLabel()
        self.default_box = _days_box("pool_default_days")
        form = QFormLayout()
        form.addRow(self.limit_label, self.limit_box)
        form.addRow("", self.errors.label_for("claim_limit"))
        form.addRow(self.default_label, self.default_box)
        self.types_label = named(QLabel(), "pool_types_hint")
        self.types_label.setWordWrap(True)
        self.table = named(QTableWidget(0, 2), "pool_type_days")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.types_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.errors.label_for("days"))
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self.retranslate_ui()
        ws = workspace
        run_in_background(
            lambda: (ws.pool.settings(), ws.codes("customer_type")), self._apply, self._failed, receiver=self
        )

    def _apply(self, loaded: tuple[PoolSettings, list[CodeDTO]]) -> None:
        settings, types = loaded
        self.limit_box.setValue(settings.claim_limit)
        self.default_box.setValue(settings.default_days or 0)
        self.table.setRowCount(len(types))
        self.type_ids = [t.id for t in types]
        for row, code in enumerate(types):
            self.table.setItem(row, 0, QTableWidgetItem(code.label(current_language())))
            box = _days_box(f"pool_days_{code.code}")
            box.setSpecialValueText(self.tr("Use the default"))
            box.setSuffix(self.tr(" days"))
            box.setValue(settings.days_by_type.get(code.id) or 0)
            self.table.setCellWidget(row, 1, box)
        self.loaded = True
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _failed(self, error: Exception) -> None:
        show_error(self, error)

    def settings(self) -> PoolSettings:
        days: dict[int, int | None] = {}
        for row, type_id in enumerate(self.type_ids):
            box = self.table.cellWidget(row, 1)
            assert isinstance(box, QSpinBox)
            days[type_id] = box.value() or None
        return PoolSettings(self.limit_box.value(), self.default_box.value() or None, days)

    def save(self) -> None:
        if not self.loaded:
            return
        self.errors.clear()
        try:
            self.workspace.pool.save_settings(self.settings())
        except ValidationError as error:
            if self.errors.show(error):
                show_error(self, error)
            return
        except Exception as error:
            show_error(self, error)
            return
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Public pool settings"))
        self.limit_label.setText(self.tr("Customers one person may own (claim limit)"))
        self.default_label.setText(self.tr("Return to the pool after days without contact"))
        self.default_box.setSpecialValueText(self.tr("Never"))
        self.default_box.setSuffix(self.tr(" days"))
        self.types_label.setText(
            self.tr("A customer type may have its own number of days; the others use the default above.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Customer type"), self.tr("Days without contact")])
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 1)
            if isinstance(box, QSpinBox):
                box.setSpecialValueText(self.tr("Use the default"))
                box.setSuffix(self.tr(" days"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
