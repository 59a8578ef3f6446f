"""Leads go back to the lead pool by themselves: an owned, unconverted lead without a follow-up, claim or assignment
for N days (an administrator's setting; empty: never) returns to the pool with the reason "no follow-up for N days",
and its former owner gets a notice.

The run happens at most once a day, by whichever client finds it due, through the customer pool's
`run_once_a_day` (the `pool_runs` row with the day's unique key is the lock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Lead, SystemSetting
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, messages
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.lead_pool import CLAIM_LIMIT_KEY, claim_limit, move
from crm_desktop.services.leads import MODULE
from crm_desktop.services.pool import AutoReturnResult, run_once_a_day

AUTO_RETURN_KEY = "leads.auto_return_days"
MAX_DAYS = 3650


@dataclass(frozen=True)
class LeadPoolSettings:
    claim_limit: int
    auto_return_days: int | None  # None: leads never go back by themselves


def auto_return_days(session: Session) -> int | None:
    setting = session.get(SystemSetting, AUTO_RETURN_KEY)
    try:
        days = int(setting.value) if setting is not None and setting.value else 0
    except ValueError:
        return None
    return days if days > 0 else None


def _put(session: Session, key: str, value: str) -> None:
    setting = session.get(SystemSetting, key)
    if setting is None:
        session.add(SystemSetting(key=key, value=value))
    elif setting.value != value:
        setting.value = value


def stale_leads(session: Session, days: int, now: datetime) -> list[tuple[int, int]]:
    """(lead id, owner id) of owned, live, unconverted leads with no follow-up, claim or assignment (nor
    creation) in the last `days` days."""
    cutoff = now - timedelta(days=days)
    rows = session.execute(
        select(Lead.id, Lead.owner_id)
        .where(
            Lead.owner_id.is_not(None),
            Lead.deleted_at.is_(None),
            Lead.status != "converted",
            Lead.created_at < cutoff,
            or_(Lead.last_followup_at.is_(None), Lead.last_followup_at < cutoff),
            or_(Lead.claimed_at.is_(None), Lead.claimed_at < cutoff),
        )
        .order_by(Lead.id)
    ).all()
    return [(lid, owner) for lid, owner in rows if owner is not None]


class LeadAutoReturnService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def settings(self) -> LeadPoolSettings:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            return LeadPoolSettings(claim_limit(session), auto_return_days(session))

    def save_settings(self, settings: LeadPoolSettings) -> None:
        """Claim limit and days without follow-up in one step (nothing is saved when a value is refused)."""
        access.require(self.user, MODULE, "assign")
        problems: dict[str, str] = {}
        if settings.claim_limit < 0:
            problems["claim_limit"] = QT_TRANSLATE_NOOP("Errors", "Enter zero or a positive number.")
        days = settings.auto_return_days
        if days is not None and not 1 <= days <= MAX_DAYS:
            problems["auto_return_days"] = QT_TRANSLATE_NOOP("Errors", "Enter a number of days of 1 or more.")
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "assign")
            _put(session, CLAIM_LIMIT_KEY, str(settings.claim_limit))
            _put(session, AUTO_RETURN_KEY, str(days or ""))
            audit.record(session, self.user, "update", "lead_settings", None,
                         f"claim limit {settings.claim_limit}, auto return after {days} days")  # fmt: skip

    def run_auto_return(self, now: datetime | None = None) -> AutoReturnResult:
        """Return leads without follow-up once per day; any signed-in client may call this when it starts."""
        now = now or datetime.now(UTC)
        with self.db.read_only() as session:
            if (
                auto_return_days(session) is None
            ):  # off: the day is not used up, a setting made later still runs
                return AutoReturnResult(False, 0)
        return run_once_a_day(self.db, self.user, "lead_pool", "lead", now, lambda s: self._return(s, now))

    def _return(self, session: Session, now: datetime) -> list[int]:
        days = auto_return_days(session)
        if days is None:
            return []
        stale = dict(stale_leads(session, days, now))
        reason = f"no follow-up for {days} days"
        moved = move(session, self.user.user_id, list(stale), None, "auto_return", reason)
        by_owner: dict[int, list[int]] = {}
        for lid in moved:
            audit.record(session, self.user, "auto_return", "lead", lid, reason)
            by_owner.setdefault(stale[lid], []).append(lid)
        for owner_id, ids in by_owner.items():
            names = list(session.execute(select(Lead.company).where(Lead.id.in_(ids[:20]))).scalars())
            subject = f"{len(ids)} 条线索超过 {days} 天未跟进，已退回线索池"
            messages.notice(
                session, {owner_id}, subject[:200], "、".join(names) + ("…" if len(ids) > 20 else "")
            )
        return moved
