"""Preferences: user interface language (applied at once, no restart) and the quick panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui import i18n
from crm_desktop.ui.widgets.naming import named


class PreferencesDialog(QDialog):
    def __init__(self, quick_panel_visible: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.language = named(QComboBox(), "language_combo")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.quick_panel = named(QCheckBox(), "show_quick_panel")
        self.quick_panel.setChecked(quick_panel_visible)
        self.language_label = QLabel()
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow("", self.quick_panel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.retranslate_ui()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_label.setText(self.tr("Language"))
        self.quick_panel.setText(self.tr("Show the quick panel"))
