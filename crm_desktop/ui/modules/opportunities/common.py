"""Bits shared by the opportunity screens: money text, status labels, the services of a workspace."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.competitors import CompetitorService
from crm_desktop.services.forecast import ForecastService
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.services.workspace import Workspace


def status_label(status: str) -> str:
    if status == "won":
        return QCoreApplication.translate("Opportunities", "Won")
    if status == "lost":
        return QCoreApplication.translate("Opportunities", "Lost")
    return QCoreApplication.translate("Opportunities", "Open")


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


@dataclass(frozen=True)
class Services:
    opportunities: OpportunityService
    competitors: CompetitorService
    forecast: ForecastService

    @classmethod
    def of(cls, workspace: Workspace) -> Services:
        return cls(
            OpportunityService(workspace.db, workspace.user),
            CompetitorService(workspace.db, workspace.user),
            ForecastService(workspace.db, workspace.user),
        )
