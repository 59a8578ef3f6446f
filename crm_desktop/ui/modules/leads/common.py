"""Shared parts of the leads screens: the services of a workspace, status labels and the lead table."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QTableWidgetItem, QWidget

from crm_desktop.services.directory import Colleague
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.lead_convert import LeadConversionService
from crm_desktop.services.lead_pool import LeadPoolService
from crm_desktop.services.lead_reports import LeadReportService
from crm_desktop.services.leads import LeadRow, LeadService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers.common import format_date, format_datetime, make_table
from crm_desktop.ui.widgets.code_combo import CodeBook

ENTITY = "lead"
STATUS_LABELS = {
    "new": QT_TRANSLATE_NOOP("Leads", "New"),
    "contacted": QT_TRANSLATE_NOOP("Leads", "Contacted"),
    "qualified": QT_TRANSLATE_NOOP("Leads", "Qualified"),
    "converted": QT_TRANSLATE_NOOP("Leads", "Converted"),
    "invalid": QT_TRANSLATE_NOOP("Leads", "Invalid"),
}
KIND_LABELS = {
    "call": QT_TRANSLATE_NOOP("Leads", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("Leads", "Visit"),
    "email": QT_TRANSLATE_NOOP("Leads", "E-mail"),
    "other": QT_TRANSLATE_NOOP("Leads", "Other"),
}
ACTION_LABELS = {
    "claim": QT_TRANSLATE_NOOP("Leads", "Claimed"),
    "return": QT_TRANSLATE_NOOP("Leads", "Returned"),
    "assign": QT_TRANSLATE_NOOP("Leads", "Assigned"),
    "transfer": QT_TRANSLATE_NOOP("Leads", "Transferred"),
}
# (English source header, width in Chinese characters)
COLUMNS = (
    (QT_TRANSLATE_NOOP("Leads", "Company"), 14),
    (QT_TRANSLATE_NOOP("Leads", "Contact"), 5),
    (QT_TRANSLATE_NOOP("Leads", "Phone"), 8),
    (QT_TRANSLATE_NOOP("Leads", "Source"), 6),
    (QT_TRANSLATE_NOOP("Leads", "Industry"), 6),
    (QT_TRANSLATE_NOOP("Leads", "Region"), 9),
    (QT_TRANSLATE_NOOP("Leads", "Status"), 6),
    (QT_TRANSLATE_NOOP("Leads", "Owner"), 5),
    (QT_TRANSLATE_NOOP("Leads", "Last follow-up"), 9),
    (QT_TRANSLATE_NOOP("Leads", "Created"), 6),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Leads", text)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


@dataclass(frozen=True)
class LeadServices:
    leads: LeadService
    pool: LeadPoolService
    convert: LeadConversionService
    reports: LeadReportService

    @classmethod
    def of(cls, workspace: Workspace) -> LeadServices:
        db, user = workspace.db, workspace.user
        return cls(
            LeadService(db, user),
            LeadPoolService(db, user),
            LeadConversionService(db, user),
            LeadReportService(db, user),
        )


def lead_table(parent: QWidget, object_name: str) -> QTableWidget:
    table = make_table(parent, object_name)
    table.setColumnCount(len(COLUMNS))
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    char = parent.fontMetrics().horizontalAdvance("中")
    for column, (_title, chars) in enumerate(COLUMNS):
        table.setColumnWidth(column, chars * char + 16)
    return table


def set_lead_headers(table: QTableWidget) -> None:
    table.setHorizontalHeaderLabels([tr(title) for title, _ in COLUMNS])


def fill_lead_table(table: QTableWidget, rows: list[LeadRow], book: CodeBook) -> None:
    table.setRowCount(len(rows))
    for row, r in enumerate(rows):
        values = (
            r.company,
            r.contact_name or "",
            r.phone or r.mobile or "",
            book.label(r.source_id),
            book.label(r.industry_id),
            book.region_label(r.region_id),
            status_label(r.status),
            r.owner_name or QCoreApplication.translate("Leads", "Lead pool"),
            format_datetime(r.last_followup_at),
            format_date(r.created_at),
        )
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def selected_rows(table: QTableWidget) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


def fill_people(combo: QComboBox, people: list[Colleague], *, exclude: int | None = None) -> None:
    combo.clear()
    for person in people:
        if person.id == exclude:
            continue
        label = f"{person.full_name}（{person.department}）" if person.department else person.full_name
        combo.addItem(label, person.id)
