"""Building blocks of the customer detail view: form scroller, header layout, tab pages and related-table rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import ContactDTO
from crm_desktop.services.interactions import InteractionDTO
from crm_desktop.ui.modules.customers.common import format_date, format_datetime
from crm_desktop.ui.modules.customers.customer_form import CustomerForm
from crm_desktop.ui.widgets.code_combo import CodeBook

CONTACT_COLUMN_CHARS = (6, 5, 6, 8, 8, 10, 6, 3)
HISTORY_COLUMN_CHARS = (8, 5, 4, 4, 14, 10, 6)


class _FormScroll(QScrollArea):
    """Scrolls the form and tells it how wide it may be (one column or two)."""

    def __init__(self, form: CustomerForm) -> None:
        super().__init__()
        self.form = form
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.form.fit_width(self.viewport().width() if self.viewport() else event.size().width())
        super().resizeEvent(event)


def header_layout(
    name_label: QLabel, info_label: QLabel, reload_button: QToolButton, style: QStyle
) -> QHBoxLayout:
    """Style the header's widgets and lay them out: name in large bold type, info below it, reload at the right
    (its icon taken from `style`)."""
    font = QFont(name_label.font())
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    name_label.setFont(font)
    name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    info_label.setWordWrap(True)
    reload_button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
    reload_button.setAutoRaise(True)
    titles = QVBoxLayout()
    titles.setSpacing(2)
    titles.addWidget(name_label)
    titles.addWidget(info_label)
    header = QHBoxLayout()
    header.addLayout(titles, 1)
    header.addWidget(reload_button, 0, Qt.AlignmentFlag.AlignTop)
    return header


def button_page(table: QTableWidget, *buttons: QPushButton) -> QWidget:
    """A tab page: a row of buttons above a table."""
    page = QWidget()
    button_row = QHBoxLayout()
    for button in buttons:
        button_row.addWidget(button)
    button_row.addStretch(1)
    layout = QVBoxLayout(page)
    layout.addLayout(button_row)
    layout.addWidget(table, 1)
    return page


def set_column_widths(table: QTableWidget, chars: tuple[int, ...], char_width: int) -> None:
    for column, count in enumerate(chars):
        table.setColumnWidth(column, count * char_width + 16)


def fill_contacts(table: QTableWidget, contacts: list[ContactDTO], book: CodeBook, yes: str) -> None:
    """One row per contact; the name carries the notes as its tool tip, `yes` marks the primary contact."""
    table.setRowCount(len(contacts))
    for row, c in enumerate(contacts):
        values = (
            c.name,
            book.label(c.title_id),
            c.job_title or "",
            c.mobile or "",
            c.phone or "",
            c.email or "",
            format_date(c.birthday),
            yes if c.is_primary else "",
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0 and c.notes:
                item.setToolTip(c.notes)
            table.setItem(row, column, item)


def fill_history(table: QTableWidget, history: list[InteractionDTO], book: CodeBook) -> None:
    """One row per contact-history record; the subject carries the content as its tool tip."""
    table.setRowCount(len(history))
    for row, h in enumerate(history):
        history_values = (
            format_datetime(h.occurred_at),
            book.code_label("interaction_kind", h.kind),
            h.user_name,
            h.contact_name or "",
            h.subject,
            h.next_step or "",
            format_date(h.next_date),
        )
        for column, value in enumerate(history_values):
            item = QTableWidgetItem(value)
            if column == 4 and h.content:
                item.setToolTip(h.content)
            table.setItem(row, column, item)
