"""Shared parts of the leads screens: the services of a workspace, status labels and the lead table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QTableWidget, QWidget

from crm_desktop.services.directory import Colleague
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.lead_auto_return import LeadAutoReturnService
from crm_desktop.services.lead_convert import LeadConversionService
from crm_desktop.services.lead_pool import LeadPoolService
from crm_desktop.services.lead_reports import LeadReportService
from crm_desktop.services.leads import LeadRow, LeadService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.list_layout import Column, ListColumns
from crm_desktop.ui.modules.customers.common import format_date, format_datetime, make_table
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import run_in_background

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
    "auto_return": QT_TRANSLATE_NOOP("Leads", "Returned automatically"),
}
# list layout key -> English source header of the built-in lead list columns
HEADERS = {
    "company": QT_TRANSLATE_NOOP("Leads", "Company"),
    "contact_name": QT_TRANSLATE_NOOP("Leads", "Contact"),
    "phone": QT_TRANSLATE_NOOP("Leads", "Phone"),
    "source_id": QT_TRANSLATE_NOOP("Leads", "Source"),
    "industry_id": QT_TRANSLATE_NOOP("Leads", "Industry"),
    "region_id": QT_TRANSLATE_NOOP("Leads", "Region"),
    "status": QT_TRANSLATE_NOOP("Leads", "Status"),
    "owner_id": QT_TRANSLATE_NOOP("Leads", "Owner"),
    "last_followup_at": QT_TRANSLATE_NOOP("Leads", "Last follow-up"),
    "created_at": QT_TRANSLATE_NOOP("Leads", "Created"),
}


def run_auto_return(workspace: Workspace, receiver: QObject) -> None:
    """Any client may run the daily return of leads without follow-up (at sign-in); the database makes sure only
    one does the work each day."""
    service = LeadAutoReturnService(workspace.db, workspace.user)

    def done(result: object) -> None:
        if getattr(result, "returned", 0):
            app_signals().records_changed.emit(ENTITY, [])

    run_in_background(service.run_auto_return, done, lambda _error: None, receiver=receiver)


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
    auto_return: LeadAutoReturnService

    @classmethod
    def of(cls, workspace: Workspace) -> LeadServices:
        db, user = workspace.db, workspace.user
        return cls(
            LeadService(db, user),
            LeadPoolService(db, user),
            LeadConversionService(db, user),
            LeadReportService(db, user),
            LeadAutoReturnService(db, user),
        )


def lead_table(parent: QWidget, object_name: str) -> QTableWidget:
    table = make_table(parent, object_name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    return table


def lead_columns(book: Callable[[], CodeBook]) -> dict[str, Column]:
    """How the lead lists show their built-in columns (`book`: the page's code book as it is now)."""
    texts: dict[str, Callable[[LeadRow], str]] = {
        "company": lambda r: r.company,
        "contact_name": lambda r: r.contact_name or "",
        "phone": lambda r: r.phone or r.mobile or "",
        "source_id": lambda r: book().label(r.source_id),
        "industry_id": lambda r: book().label(r.industry_id),
        "region_id": lambda r: book().region_label(r.region_id),
        "status": lambda r: status_label(r.status),
        "owner_id": lambda r: r.owner_name or QCoreApplication.translate("Leads", "Lead pool"),
        "last_followup_at": lambda r: format_datetime(r.last_followup_at),
        "created_at": lambda r: format_date(r.created_at),
    }
    return {key: Column(partial(tr, HEADERS[key]), text) for key, text in texts.items()}


def _columns(page: object) -> ListColumns | None:
    columns = getattr(page, "list_columns", None)
    return columns if isinstance(columns, ListColumns) else None


def set_lead_headers(table: QTableWidget, page: object) -> None:
    """The headers of the columns the page's lead list layout shows."""
    columns = _columns(page)
    if columns is not None:
        columns.set_headers(table)


def fill_lead_table(table: QTableWidget, rows: list[LeadRow], page: object) -> None:
    """The rows in the columns the page's lead list layout shows (custom fields included)."""
    columns = _columns(page)
    if columns is not None:
        columns.fill(table, rows)


def selected_rows(table: QTableWidget) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


def fill_people(combo: QComboBox, people: list[Colleague], *, exclude: int | None = None) -> None:
    combo.clear()
    for person in people:
        if person.id == exclude:
            continue
        label = f"{person.full_name}（{person.department}）" if person.department else person.full_name
        combo.addItem(label, person.id)
