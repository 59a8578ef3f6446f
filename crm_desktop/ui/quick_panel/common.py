"""Shared pieces of the quick panel: label mapping, date formats, the tab base class, the colleague directory."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from crm_desktop.services.directory import Colleague
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import error_text, show_error
from crm_desktop.ui.workers import run_in_background


def task_label(value: str) -> str:
    """The user's word for a task status or priority code (the one place these are translated)."""
    labels = {
        "new": QCoreApplication.translate("TaskLabels", "New"),
        "received": QCoreApplication.translate("TaskLabels", "Received"),
        "in_progress": QCoreApplication.translate("TaskLabels", "In progress"),
        "done": QCoreApplication.translate("TaskLabels", "Done"),
        "rejected": QCoreApplication.translate("TaskLabels", "Rejected"),
        "low": QCoreApplication.translate("TaskLabels", "Low"),
        "normal": QCoreApplication.translate("TaskLabels", "Normal"),
        "high": QCoreApplication.translate("TaskLabels", "High"),
    }
    return labels.get(value, value)


PRIORITIES = ("low", "normal", "high")


def full_date(value: date | None) -> str:
    return value.strftime("%Y-%m-%d") if value is not None else ""


def short_date(value: date | None) -> str:
    """`MM-dd` within the current year, else `yyyy-MM-dd`: narrow enough for a docked table."""
    if value is None:
        return ""
    return value.strftime("%m-%d") if value.year == date.today().year else value.strftime("%Y-%m-%d")


def local(value: datetime) -> datetime:
    """A stored (UTC) timestamp in the workstation's time zone."""
    return value.astimezone() if value.tzinfo is not None else value


def full_datetime(value: datetime | None) -> str:
    return local(value).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def short_datetime(value: datetime | None) -> str:
    """`HH:mm` today, `MM-dd HH:mm` this year, `yyyy-MM-dd` before."""
    if value is None:
        return ""
    moment = local(value)
    today = date.today()
    if moment.date() == today:
        return moment.strftime("%H:%M")
    if moment.year == today.year:
        return moment.strftime("%m-%d %H:%M")
    return moment.strftime("%Y-%m-%d")


def text_html(text: str | None) -> str:
    """Plain user text as HTML: escaped, line breaks kept."""
    return html.escape(text or "").replace("\n", "<br>")


def make_table(parent: QWidget) -> QTableView:
    """A compact read-only list: whole rows, one at a time, no row numbers, elided long texts."""
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setMinimumSectionSize(36)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def size_columns(view: QTableView, stretch: int, fixed: dict[int, int] | None = None) -> None:
    """Column `stretch` takes the spare width, columns in `fixed` get that width, the rest fit their contents."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif fixed and column in fixed:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, fixed[column])
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def selected_row(view: QTableView) -> Any | None:
    """The DTO of the selected row (single selection), or None."""
    rows = view.selectionModel().selectedRows()
    if not rows:
        return None
    return view.model().row_at(rows[0].row())  # type: ignore[attr-defined]


def select_key(view: QTableView, key: int) -> bool:
    """Select and reveal the row whose DTO has `key` (see RowsModel.key)."""
    model: Any = view.model()
    position = model.position_of(key)
    if position < 0:
        return False
    index = model.index(position, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(index)
    return True


def error_label(parent: QWidget) -> QLabel:
    """A red line at the top of a tab for load failures (no message box every poll)."""
    label = QLabel(parent)
    label.setObjectName("load_error")
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


class PanelTab(QWidget):
    """A quick-panel tab: background loads where only the newest result counts, writes, live retranslation."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._generation: dict[str, int] = {}
        self._pending = 0
        self.load_error = error_label(self)

    # -- background work ------------------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._pending > 0

    def load(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run a read off the GUI thread; a result overtaken by a newer load of the same `key` is dropped."""
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            if self._generation.get(key) == generation:
                self.load_error.hide()
                on_done(result)

        def failed(error: Exception) -> None:
            self._pending -= 1
            if self._generation.get(key) == generation:
                self.load_error.setText(error_text(error))
                self.load_error.show()

        run_in_background(fn, done, failed, receiver=self)

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a write off the GUI thread; failures go to `on_error`, by default a translated message box."""
        self._pending += 1

        def done(result: Any) -> None:
            self._pending -= 1
            on_done(result)

        def failed(error: Exception) -> None:
            self._pending -= 1
            if on_error is not None:
                on_error(error)
            else:
                show_error(self, error)

        run_in_background(fn, done, failed, receiver=self)

    # -- translation ----------------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ColleagueDirectory(QObject):
    """Active colleagues (for assignee and recipient pickers), loaded once in the background and shared."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.items: list[Colleague] | None = None
        self._waiting: list[tuple[Callable[[list[Colleague]], None], QWidget]] = []
        self._loading = False

    def invalidate(self) -> None:
        self.items = None

    def request(self, callback: Callable[[list[Colleague]], None], widget: QWidget) -> None:
        """Call `callback(colleagues)` now if loaded, else once loaded; a failure is shown over `widget`."""
        if self.items is not None:
            callback(self.items)
            return
        self._waiting.append((callback, widget))
        if self._loading:
            return
        self._loading = True
        run_in_background(self.workspace.colleagues, self._loaded, self._failed, receiver=self)

    def _loaded(self, items: list[Colleague]) -> None:
        self._loading = False
        self.items = items
        waiting, self._waiting = self._waiting, []
        for callback, _widget in waiting:
            callback(items)

    def _failed(self, error: Exception) -> None:
        self._loading = False
        waiting, self._waiting = self._waiting, []
        if waiting:
            show_error(waiting[0][1], error)

    def is_busy(self) -> bool:
        return self._loading
