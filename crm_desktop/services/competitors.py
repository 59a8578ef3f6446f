"""Competitor records (竞争对手): strengths, weaknesses, threat level, and the deals they competed in.

Competitor records are open to everyone with the opportunities module; the deals listed under a competitor are
only those the reader may see (access.scope_filter on opportunities).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import Competitor, Customer, Opportunity, OpportunityCompetitor
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound
from crm_desktop.services.opportunities import ENTITY, MODULE
from crm_desktop.services.validation import Checker, clean

THREAT_LEVELS = {
    "low": QT_TRANSLATE_NOOP("Catalog", "Low"),
    "medium": QT_TRANSLATE_NOOP("Catalog", "Medium"),
    "high": QT_TRANSLATE_NOOP("Catalog", "High"),
}
BAD_THREAT = QT_TRANSLATE_NOOP("Errors", "Choose a threat level.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This competitor does not exist or was deleted.")
FIELDS = ("name", "website", "strengths", "weaknesses", "threat_level", "notes")


@dataclass(frozen=True)
class CompetitorRowDTO:
    id: int
    name: str
    threat_level: str
    deals: int  # deals competed in that the reader may see
    won: int
    lost: int
    version: int


@dataclass(frozen=True)
class CompetedDealDTO:
    opportunity_id: int
    name: str
    customer_name: str
    amount: Decimal
    status: str


@dataclass(frozen=True)
class CompetitorDTO:
    id: int
    name: str
    website: str | None
    strengths: str | None
    weaknesses: str | None
    threat_level: str
    notes: str | None
    version: int
    deals: tuple[CompetedDealDTO, ...] = ()


@dataclass
class CompetitorInput:
    name: str = ""
    website: str | None = None
    strengths: str | None = None
    weaknesses: str | None = None
    threat_level: str = "medium"
    notes: str | None = None


class CompetitorService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def list(self) -> list[CompetitorRowDTO]:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            scope = access.scope_filter(session, self.user, ENTITY, "view")
            deals = (
                select(
                    OpportunityCompetitor.competitor_id.label("cid"),
                    func.count().label("deals"),
                    func.sum(case((Opportunity.status == "won", 1), else_=0)).label("won"),
                    func.sum(case((Opportunity.status == "lost", 1), else_=0)).label("lost"),
                )
                .join(Opportunity, Opportunity.id == OpportunityCompetitor.opportunity_id)
                .where(scope)
                .group_by(OpportunityCompetitor.competitor_id)
                .subquery()
            )
            rows = session.execute(
                select(Competitor, deals.c.deals, deals.c.won, deals.c.lost)
                .outerjoin(deals, deals.c.cid == Competitor.id)
                .where(Competitor.deleted_at.is_(None))
                .order_by(Competitor.name)
            ).all()
            return [
                CompetitorRowDTO(c.id, c.name, c.threat_level, d or 0, w or 0, lo or 0, c.version)
                for c, d, w, lo in rows
            ]

    def get(self, competitor_id: int) -> CompetitorDTO:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            c = session.get(Competitor, competitor_id)
            if c is None or c.deleted_at is not None:
                raise NotFound(NOT_FOUND)
            deals = session.execute(
                select(
                    Opportunity.id, Opportunity.name, Customer.name, Opportunity.amount, Opportunity.status
                )
                .join(OpportunityCompetitor, OpportunityCompetitor.opportunity_id == Opportunity.id)
                .join(Customer, Customer.id == Opportunity.customer_id)
                .where(
                    OpportunityCompetitor.competitor_id == c.id,
                    access.scope_filter(session, self.user, ENTITY, "view"),
                )
                .order_by(Opportunity.id.desc())
            ).all()
            return CompetitorDTO(
                c.id,
                c.name,
                c.website,
                c.strengths,
                c.weaknesses,
                c.threat_level,
                c.notes,
                c.version,
                tuple(CompetedDealDTO(*row) for row in deals),
            )

    def create(self, data: CompetitorInput) -> int:
        access.require(self.user, MODULE, "create")
        values = self._validate(data)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "create")
            c = Competitor(**values, created_by=self.user.user_id, updated_by=self.user.user_id)
            session.add(c)
            session.flush()
            audit.record(session, self.user, "create", "competitor", c.id, c.name, audit.diff({}, values))
            return c.id

    def update(self, competitor_id: int, version: int, data: CompetitorInput) -> int:
        values = self._validate(data)
        try:
            with self.db.unit_of_work() as session:
                access.require_live(session, self.user, MODULE, "edit")
                c = session.get(Competitor, competitor_id)
                if c is None or c.deleted_at is not None:
                    raise NotFound(NOT_FOUND)
                if c.version != version:
                    raise ConcurrentEditError()
                before = {k: getattr(c, k) for k in FIELDS}
                for key, value in values.items():
                    setattr(c, key, value)
                c.updated_by = self.user.user_id
                c.updated_at = datetime.now(UTC)
                audit.record(
                    session, self.user, "update", "competitor", c.id, c.name, audit.diff(before, values)
                )
                session.flush()
                return c.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete(self, competitor_id: int, version: int) -> None:
        try:
            with self.db.unit_of_work() as session:
                access.require_live(session, self.user, MODULE, "delete")
                c = session.get(Competitor, competitor_id)
                if c is None or c.deleted_at is not None:
                    raise NotFound(NOT_FOUND)
                if c.version != version:
                    raise ConcurrentEditError()
                c.deleted_at = datetime.now(UTC)
                c.deleted_by = self.user.user_id
                audit.record(session, self.user, "delete", "competitor", c.id, c.name)
                session.flush()
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def _validate(self, data: CompetitorInput) -> dict[str, object]:
        values = {k: clean(getattr(data, k)) for k in FIELDS}
        checker = Checker(Competitor.__table__)  # type: ignore[arg-type]
        checker.text(values, "name", required=True)
        checker.text(values, "website")
        if values["threat_level"] not in THREAT_LEVELS:
            checker.add("threat_level", BAD_THREAT)
        checker.done()
        return values
