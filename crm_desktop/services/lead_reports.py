"""Lead reports (线索报表): counts by status, by source and (for managers) by owner over a creation period.

Counts cover the leads the user may see: those within the data scope plus the lead pool (readable by every user
of the leads module).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select

from crm_desktop.db.models import CodeItem, Lead, User
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from crm_desktop.services.leads import MODULE, STATUSES

GROUPINGS = ("status", "source", "owner")


@dataclass(frozen=True)
class ReportRow:
    key: str  # status code, source code item id, owner user id; "" = none (no source / the lead pool)
    label: str  # source or owner name; empty for statuses (the UI translates the status key)
    label_en: str
    count: int


@dataclass(frozen=True)
class LeadReport:
    group_by: str
    rows: list[ReportRow]
    total: int


def can_group_by_owner(user: UserContext) -> bool:
    """Managers (any data scope wider than own records) may compare people."""
    scope = access.effective_scope(user, "lead")
    return scope is not None and scope != "own"


class LeadReportService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def report(self, group_by: str, date_from: date | None = None, date_to: date | None = None) -> LeadReport:
        """Counts per group for leads created from `date_from` to `date_to` (both inclusive, local dates)."""
        access.require(self.user, MODULE, "view")
        if group_by not in GROUPINGS:
            raise ValidationError(
                {"group_by": QT_TRANSLATE_NOOP("Errors", "Choose one of the listed statuses.")}
            )
        if group_by == "owner" and not can_group_by_owner(self.user):
            raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Only managers may compare leads by owner."))
        if date_from and date_to and date_from > date_to:
            raise ValidationError(
                {"date_to": QT_TRANSLATE_NOOP("Errors", "The end date lies before the start date.")}
            )
        with self.db.read_only() as session:
            visible = or_(
                access.scope_filter(session, self.user, "lead", "view"),
                and_(Lead.owner_id.is_(None), Lead.deleted_at.is_(None)),
            )
            conditions: list[Any] = [visible, Lead.deleted_at.is_(None)]
            if date_from is not None:
                conditions.append(Lead.created_at >= _local_start(date_from))
            if date_to is not None:
                conditions.append(Lead.created_at < _local_start(date_to + timedelta(days=1)))
            rows: list[ReportRow]
            if group_by == "status":
                counts = dict(
                    session.execute(
                        select(Lead.status, func.count()).where(*conditions).group_by(Lead.status)
                    ).all()
                )
                rows = [ReportRow(s, "", "", int(counts.get(s, 0))) for s in STATUSES]
            elif group_by == "source":
                sources = session.execute(
                    select(Lead.source_id, CodeItem.name, CodeItem.name_en, func.count())
                    .outerjoin(CodeItem, CodeItem.id == Lead.source_id)
                    .where(*conditions)
                    .group_by(Lead.source_id, CodeItem.name, CodeItem.name_en, CodeItem.sort_order)
                    .order_by(func.count().desc(), CodeItem.sort_order)
                ).all()
                rows = [ReportRow(str(k or ""), n or "", e or "", int(c)) for k, n, e, c in sources]
            else:
                owners = session.execute(
                    select(Lead.owner_id, User.full_name, func.count())
                    .outerjoin(User, User.id == Lead.owner_id)
                    .where(*conditions)
                    .group_by(Lead.owner_id, User.full_name)
                    .order_by(func.count().desc(), User.full_name)
                ).all()
                rows = [ReportRow(str(k or ""), n or "", n or "", int(c)) for k, n, c in owners]
            return LeadReport(group_by, rows, sum(r.count for r in rows))


def _local_start(day: date) -> datetime:
    """Midnight of `day` in the machine's time zone, as UTC."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)
