"""New announcement: to everyone, a department (with its sub-departments) or a station; subject and text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from crm_desktop.services.messages import Choice
from crm_desktop.ui import i18n
from crm_desktop.ui.quick_panel.form_dialog import FormDialog


@dataclass
class AnnouncementDraft:
    audience: str = "everyone"
    ref: int | str | None = None
    subject: str = ""
    body: str | None = None


class AnnouncementDialog(FormDialog):
    """`submit(AnnouncementDraft) -> message id` runs in the background; the dialog closes when it succeeds."""

    def __init__(
        self,
        departments: Sequence[Choice],
        stations: Sequence[Choice],
        submit: Callable[[AnnouncementDraft], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("announcement_dialog")
        self._choices = {"department": list(departments), "station": list(stations)}

        self.audience_label = QLabel(self)
        self.audience_combo = QComboBox(self)
        self.audience_combo.setObjectName("audience")
        for code in ("everyone", "department", "station"):
            self.audience_combo.addItem("", code)
        self.audience_combo.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self.target_label = QLabel(self)
        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("audience_target")
        self.subject_label = QLabel(self)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setObjectName("subject")
        self.body_label = QLabel(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        for label, buddy in (
            (self.audience_label, self.audience_combo),
            (self.target_label, self.target_combo),
            (self.subject_label, self.subject_edit),
            (self.body_label, self.body_edit),
        ):
            label.setBuddy(buddy)

        form = self.new_form()
        self.add_row(form, self.audience_label, self.audience_combo, "audience")
        self.add_row(form, self.target_label, self.target_combo, "audience_ref")
        self.add_row(form, self.subject_label, self.subject_edit, "subject")
        self.add_row(form, self.body_label, self.body_edit, "body")
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(460, 380)
        self.subject_edit.setFocus()

    @property
    def audience(self) -> str:
        return str(self.audience_combo.currentData())

    def set_audience(self, audience: str, ref: int | str | None = None) -> None:
        self.audience_combo.setCurrentIndex(self.audience_combo.findData(audience))
        if ref is not None:
            self.target_combo.setCurrentIndex(self.target_combo.findData(ref))

    def _fill_targets(self) -> None:
        choices = self._choices.get(self.audience, [])
        english = i18n.current_language().startswith("en")
        current = self.target_combo.currentData()
        self.target_combo.clear()
        for choice in choices:
            self.target_combo.addItem(choice.name_en if english else choice.name, choice.key)
        if current is not None and self.target_combo.findData(current) >= 0:
            self.target_combo.setCurrentIndex(self.target_combo.findData(current))
        self.target_combo.setEnabled(bool(choices))
        self.target_label.setEnabled(bool(choices))

    def collect(self) -> AnnouncementDraft:
        ref = self.target_combo.currentData() if self.audience != "everyone" else None
        return AnnouncementDraft(self.audience, ref, self.subject_edit.text(), self.body_edit.toPlainText())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New announcement"))
        self.audience_label.setText(self.tr("To *"))
        for position, text in enumerate((self.tr("Everyone"), self.tr("A department"), self.tr("A station"))):
            self.audience_combo.setItemText(position, text)
        self.target_label.setText(self.tr("Which"))
        self.subject_label.setText(self.tr("Subject *"))
        self.body_label.setText(self.tr("Text"))
        self.ok_button.setText(self.tr("Announce"))
        self._fill_targets()
