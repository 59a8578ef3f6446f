"""Business log (事务日志): my work diary, or my team's (within my data scope) — list, search by text and date,
read, add."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.business_log import LogEntryDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.quick_panel.common import (
    PanelTab,
    full_date,
    full_datetime,
    make_table,
    select_key,
    selected_row,
    size_columns,
    text_html,
)
from crm_desktop.ui.quick_panel.log_entry_dialog import LogEntryDialog, LogEntryDraft
from crm_desktop.ui.quick_panel.models import LogModel
from crm_desktop.ui.signals import app_signals

ENTITY = "business_log"
SEARCH_DELAY_MS = 250
PERIODS = ("any", "today", "week", "month", "quarter")  # last 7 / 30 / 90 days


def period_range(period: str, today: date | None = None) -> tuple[date | None, date | None]:
    today = today or date.today()
    days = {"today": 0, "week": 6, "month": 29, "quarter": 89}.get(period)
    return (None, None) if days is None else (today - timedelta(days=days), today)


class TeamLogModel(LogModel):
    """The log list with the writer's name as a third column in the team view."""

    AUTHOR = 2
    show_author = False

    def set_show_author(self, shown: bool) -> None:
        if shown != self.show_author:
            self.beginResetModel()
            self.show_author = shown
            self.endResetModel()

    def headers(self) -> list[str]:
        return [*super().headers(), self.tr("Written by")] if self.show_author else super().headers()

    def text(self, row: LogEntryDTO, column: int) -> str:
        return row.author_name if column == self.AUTHOR else super().text(row, column)


class BusinessLogTab(PanelTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("business_log_tab")
        self.dialog: LogEntryDialog | None = None
        self._select_after_load: int | None = None

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("log_search")
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.reload)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_log_entry")
        self.add_button.clicked.connect(self.add_entry)
        self.add_button.setVisible(workspace.user.can("business_log", "create"))

        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("log_scope")
        self.scope_combo.addItems(["", ""])
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("log_period")
        for key in PERIODS:
            self.period_combo.addItem("", key)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = TeamLogModel(self)
        self.table = make_table(self)
        self.table.setObjectName("log_table")
        self.table.setModel(self.model)
        size_columns(self.table, stretch=LogModel.TITLE)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_entry())
        self.model.modelReset.connect(self._show_entry)

        self.preview = QTextBrowser(self)
        self.preview.setObjectName("log_preview")
        self.preview.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        filters = QHBoxLayout()
        filters.addWidget(self.scope_combo, 1)
        filters.addWidget(self.period_combo, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([360, 240])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.load_error)
        layout.addWidget(splitter, 1)

        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    def current_entry(self) -> LogEntryDTO | None:
        entry: LogEntryDTO | None = selected_row(self.table)
        return entry

    def select_entry(self, entry_id: int) -> bool:
        return select_key(self.table, entry_id)

    def reload(self) -> None:
        self._search_timer.stop()
        if not self.workspace.user.can("business_log", "view"):
            return
        service, text = self.workspace.business_log, self.search_edit.text()
        team = self.scope_combo.currentIndex() == 1
        first, last = period_range(self.period_combo.currentData() or "any")
        self.model.set_show_author(team)
        self.load("entries", lambda: service.search(text, first, last, team=team), self._loaded)

    def _loaded(self, rows: list[LogEntryDTO]) -> None:
        current = self.current_entry()
        wanted = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        if self.model.set_rows(rows) and wanted is not None:
            self.select_entry(wanted)

    def _records_changed(self, entity: str, ids: list[Any]) -> None:
        if entity == ENTITY:
            self.reload()

    def _show_entry(self) -> None:
        entry = self.current_entry()
        if entry is None:
            self.preview.clear()
            return
        written = self.tr("Written {time}").format(time=full_datetime(entry.created_at))
        if entry.author_id != self.workspace.user.user_id:
            written = f"{entry.author_name} · {written}"
        self.preview.setHtml(
            f"<p><b>{text_html(entry.title)}</b><br>"
            f"<span style='color:#666'>{text_html(full_date(entry.entry_date))} · {text_html(written)}</span></p>"
            f"<p>{text_html(entry.content)}</p>"
        )

    def add_entry(self) -> None:
        service = self.workspace.business_log

        def submit(draft: LogEntryDraft) -> int:
            return service.add(draft.entry_date, draft.title, draft.content)

        dialog = LogEntryDialog(submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._added(dialog.result_id))
        dialog.destroyed.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _added(self, entry_id: int | None) -> None:
        if entry_id is not None:
            self._select_after_load = entry_id
            app_signals().records_changed.emit(ENTITY, [entry_id])

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search titles and content"))
        self.add_button.setText(self.tr("Add entry…"))
        self.scope_combo.setItemText(0, self.tr("My log"))
        self.scope_combo.setItemText(1, self.tr("My team's logs"))
        texts = (self.tr("Any date"), self.tr("Today"), self.tr("Last 7 days"), self.tr("Last 30 days"),
                 self.tr("Last 90 days"))  # fmt: skip
        for row, text in enumerate(texts):
            self.period_combo.setItemText(row, text)
        self.preview.setPlaceholderText(self.tr("Select an entry to read it."))
        self.model.retranslate()
        self._show_entry()
