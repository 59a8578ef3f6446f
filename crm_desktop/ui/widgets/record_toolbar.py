"""The toolbar every record panel shares (DOMAIN.md §2): New, Save, Delete, Query & Report, Info, Help."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

_SP = QStyle.StandardPixmap


class RecordToolbar(QToolBar):
    """Standard record actions with icons and shortcuts.

    The shortcuts work while the focus is anywhere inside the widget passed to `attach_shortcuts` (the record
    panel); without it, only inside the toolbar. Texts are set in `retranslate_ui`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("record_toolbar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.setIconSize(QSize(size, size))

        self.action_new = self._action("action_new", _SP.SP_FileIcon, QKeySequence("Ctrl+N"))
        self.action_save = self._action("action_save", _SP.SP_DialogSaveButton, QKeySequence("Ctrl+S"))
        self.action_delete = self._action("action_delete", _SP.SP_TrashIcon, QKeySequence(Qt.Key.Key_Delete))
        self.addSeparator()
        self.action_query = self._action(
            "action_query", _SP.SP_FileDialogContentsView, QKeySequence("Ctrl+F")
        )
        self.addSeparator()
        self.action_info = self._action("action_info", _SP.SP_MessageBoxInformation, QKeySequence("Ctrl+I"))
        self.action_help = self._action("action_help", _SP.SP_DialogHelpButton, QKeySequence("F1"))
        self.retranslate_ui()

    def _action(self, name: str, icon: QStyle.StandardPixmap, shortcut: QKeySequence) -> QAction:
        action = QAction(self.style().standardIcon(icon), "", self)
        action.setObjectName(name)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def record_actions(self) -> list[QAction]:
        return [
            self.action_new,
            self.action_save,
            self.action_delete,
            self.action_query,
            self.action_info,
            self.action_help,
        ]

    def attach_shortcuts(self, panel: QWidget) -> None:
        """Make the shortcuts work whenever the focus is inside `panel` (and not in other panels)."""
        panel.addActions(self.record_actions())

    # ----- enabling ----------------------------------------------------------------------------------------
    def set_new_enabled(self, enabled: bool) -> None:
        self.action_new.setEnabled(enabled)

    def set_save_enabled(self, enabled: bool) -> None:
        self.action_save.setEnabled(enabled)

    def set_delete_enabled(self, enabled: bool) -> None:
        self.action_delete.setEnabled(enabled)

    def set_query_enabled(self, enabled: bool) -> None:
        self.action_query.setEnabled(enabled)

    def set_info_enabled(self, enabled: bool) -> None:
        self.action_info.setEnabled(enabled)

    def set_help_enabled(self, enabled: bool) -> None:
        self.action_help.setEnabled(enabled)

    # ----- texts -------------------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        texts = (
            (self.action_new, self.tr("New"), self.tr("Create a new record")),
            (self.action_save, self.tr("Save"), self.tr("Save the changes to this record")),
            (self.action_delete, self.tr("Delete"), self.tr("Delete this record")),
            (self.action_query, self.tr("Query && Report"), self.tr("Search and filter the records")),
            (
                self.action_info,
                self.tr("Info"),
                self.tr("Show who created and changed this record, and when"),
            ),
            (self.action_help, self.tr("Help"), self.tr("Show help for this screen")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{action} ({shortcut})").format(action=tip, shortcut=shortcut))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
