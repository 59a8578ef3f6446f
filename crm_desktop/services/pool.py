"""The public pool (公海): customers without an owner. Claim (up to a per-user limit), return with a reason,
assignment by an administrator, and the automatic return of neglected customers.

The automatic return runs at most once a day, by whichever client finds it due: the run's `pool_runs` row has a
unique key (the day), is inserted first in the same transaction as the work, and a second client's insert fails
(PostgreSQL waits on the unique index, SQLite on the write lock) — so the work happens once and is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, true
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_desktop.db.models import Customer, OwnershipChange, PoolRule, PoolRun, SystemSetting
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, ownership
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError, ValidationError

log = logging.getLogger(__name__)

CLAIM_LIMIT_KEY = "pool.claim_limit"
DEFAULT_CLAIM_LIMIT = 200


class ClaimLimitReached(ServiceError):
    pass


@dataclass(frozen=True)
class PoolRow:
    id: int
    name: str
    type_id: int | None
    grade_id: int | None
    region_id: int | None
    phone: str | None
    last_contact_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class PoolSettings:
    claim_limit: int
    default_days: int | None  # auto return after this many days without contact; None: never
    days_by_type: dict[int, int | None]


@dataclass(frozen=True)
class AutoReturnResult:
    ran: bool  # False: another client already ran it today
    returned: int


def _in_pool() -> ColumnElement[bool]:
    return and_(Customer.owner_id.is_(None), Customer.deleted_at.is_(None))


def _claim_limit(session: Session) -> int:
    value = session.get(SystemSetting, CLAIM_LIMIT_KEY)
    try:
        return int(value.value) if value is not None and value.value else DEFAULT_CLAIM_LIMIT
    except ValueError:
        return DEFAULT_CLAIM_LIMIT


def owned_count(session: Session, user_id: int) -> int:
    return session.execute(
        select(func.count())
        .select_from(Customer)
        .where(Customer.owner_id == user_id, Customer.deleted_at.is_(None))
    ).scalar_one()


def run_once_a_day(
    db: Database,
    user: UserContext,
    pool: str,
    entity: str,
    now: datetime,
    work: Callable[[Session], list[int]],
) -> AutoReturnResult:
    """Run an automatic return (`work`: returns the ids it gave back) at most once a day per `pool` ("pool":
    customers, "lead_pool": leads), by whichever client comes first, audited as `pool`'s "auto_return"."""
    key = now.date().isoformat() if pool == "pool" else f"{pool}:{now.date().isoformat()}"
    with db.read_only() as session:
        if session.execute(select(PoolRun.id).where(PoolRun.run_key == key)).first() is not None:
            return AutoReturnResult(False, 0)
    try:
        with db.unit_of_work() as session:
            run = PoolRun(run_key=key, run_date=now.date(), started_at=now, by_user_id=user.user_id)
            session.add(run)
            session.flush()  # the lock: a second client fails here (or at commit) on the unique key
            returned = work(session)
            run.returned = len(returned)
            audit.record(session, user, "auto_return", pool, run.id,
                         f"{len(returned)} {entity}s returned to the pool", {f"{entity}_ids": returned[:1000]})  # fmt: skip
    except IntegrityError:
        return AutoReturnResult(False, 0)
    log.info("automatic return %s: %d %ss", key, len(returned), entity)
    return AutoReturnResult(True, len(returned))


class PoolService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def list_pool(self, text: str = "", after_id: int | None = None, limit: int = 200) -> list[PoolRow]:
        """Customers in the pool, oldest id first, in keyset pages."""
        access.require(self.user, "pool", "view")
        with self.db.read_only() as session:
            stmt = select(Customer.id, Customer.name, Customer.type_id, Customer.grade_id, Customer.region_id,
                          Customer.phone, Customer.last_contact_at, Customer.created_at).where(_in_pool())  # fmt: skip
            if text.strip():
                like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                stmt = stmt.where(
                    or_(Customer.name.ilike(like, escape="\\"), Customer.phone.like(like, escape="\\"))
                )
            if after_id is not None:
                stmt = stmt.where(Customer.id > after_id)
            rows = session.execute(stmt.order_by(Customer.id).limit(limit)).all()
            return [from_row(PoolRow, r) for r in rows]

    def settings(self) -> PoolSettings:
        access.require(self.user, "pool", "view")
        with self.db.read_only() as session:
            rules = dict(session.execute(select(PoolRule.type_id, PoolRule.auto_return_days)).all())
            default = rules.pop(None, None)
            return PoolSettings(
                _claim_limit(session), default, {k: v for k, v in rules.items() if k is not None}
            )

    def my_count(self) -> tuple[int, int]:
        """(customers I own, my claim limit)."""
        with self.db.read_only() as session:
            return owned_count(session, self.user.user_id), _claim_limit(session)

    # ----- settings ----------------------------------------------------------------------------------------
    def set_claim_limit(self, limit: int) -> None:
        current = self.settings()
        self.save_settings(PoolSettings(limit, current.default_days, current.days_by_type))

    def set_auto_return_days(self, type_id: int | None, days: int | None) -> None:
        """Days without contact after which an owned customer goes back to the pool. type_id None sets the
        default (days None: no automatic return); a type's own rule overrides it (days None: remove the
        type's rule, so the default applies again)."""
        current = self.settings()
        if type_id is None:
            self.save_settings(PoolSettings(current.claim_limit, days, current.days_by_type))
        else:
            self.save_settings(
                PoolSettings(
                    current.claim_limit, current.default_days, {**current.days_by_type, type_id: days}
                )
            )

    def save_settings(self, settings: PoolSettings) -> None:
        """Claim limit and automatic return rules in one step (nothing is saved when a value is refused)."""
        access.require(self.user, "pool", "assign")
        problems: dict[str, str] = {}
        if settings.claim_limit < 0:
            problems["claim_limit"] = QT_TRANSLATE_NOOP("Errors", "Enter zero or a positive number.")
        days: dict[int | None, int | None] = {None: settings.default_days}
        days.update(settings.days_by_type.items())
        if any(d is not None and d < 1 for d in days.values()):
            problems["days"] = QT_TRANSLATE_NOOP("Errors", "Enter a number of days of 1 or more.")
        if problems:
            raise ValidationError(problems)
        with self.db.unit_of_work() as session:
            setting = session.get(SystemSetting, CLAIM_LIMIT_KEY)
            if setting is None:
                session.add(SystemSetting(key=CLAIM_LIMIT_KEY, value=str(settings.claim_limit)))
            elif setting.value != str(settings.claim_limit):
                setting.value = str(settings.claim_limit)
            rules = {rule.type_id: rule for rule in session.execute(select(PoolRule)).scalars()}
            for type_id, value in days.items():
                rule = rules.get(type_id)
                if type_id is not None and value is None:
                    if rule is not None:
                        session.delete(rule)
                elif rule is None:
                    session.add(PoolRule(type_id=type_id, auto_return_days=value))
                elif rule.auto_return_days != value:
                    rule.auto_return_days = value
            audit.record(session, self.user, "update", "pool_settings", None,
                         f"claim limit {settings.claim_limit}, auto return {days}")  # fmt: skip

    # ----- claim, return, assign ---------------------------------------------------------------------------
    def claim(self, customer_ids: list[int]) -> list[int]:
        """Take customers from the pool; refused as a whole when it would pass the claim limit."""
        access.require(self.user, "pool", "edit")
        with self.db.unit_of_work() as session:
            owned, limit = owned_count(session, self.user.user_id), _claim_limit(session)
            if owned + len(set(customer_ids)) > limit:
                raise ClaimLimitReached(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "You own {owned} customers and may own at most {limit}. Return customers to the pool "
                        "before claiming {count} more.",
                    ),
                    owned=owned,
                    limit=limit,
                    count=len(set(customer_ids)),
                )
            moved = ownership.move(session, self.user.user_id, customer_ids, self.user.user_id, "claim",
                                   only_unowned=True)  # fmt: skip
            if len(moved) < len(set(customer_ids)):
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Someone else claimed this customer a moment ago; nothing was claimed."
                    )
                )
            for cid in moved:
                audit.record(session, self.user, "claim", "customer", cid)
            return moved

    def return_to_pool(self, customer_id: int, reason: str) -> None:
        access.require(self.user, "pool", "edit")
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError(
                {"reason": QT_TRANSLATE_NOOP("Errors", "Say why the customer goes back to the pool.")}
            )
        with self.db.unit_of_work() as session:
            access.require_row(session, self.user, "customer", customer_id, "edit")
            customer = session.get(Customer, customer_id)
            if customer is None or customer.owner_id is None:
                raise ServiceError(
                    QT_TRANSLATE_NOOP("Errors", "This customer is already in the public pool.")
                )
            ownership.move(session, self.user.user_id, [customer_id], None, "return", reason[:300])
            audit.record(session, self.user, "return", "customer", customer_id, reason)

    def assign(self, customer_ids: list[int], to_user_id: int) -> list[int]:
        """An administrator gives pool customers to someone (no claim limit)."""
        access.require(self.user, "pool", "assign")
        with self.db.unit_of_work() as session:
            moved = ownership.move(
                session, self.user.user_id, customer_ids, to_user_id, "assign", only_unowned=True
            )
            for cid in moved:
                audit.record(
                    session, self.user, "assign", "customer", cid, changes={"owner_id": [None, to_user_id]}
                )
            return moved

    # ----- automatic return --------------------------------------------------------------------------------
    def run_auto_return(self, now: datetime | None = None) -> AutoReturnResult:
        """Return neglected customers once per day; any signed-in client may call this when it starts."""
        now = now or datetime.now(UTC)
        return run_once_a_day(
            self.db, self.user, "pool", "customer", now, lambda s: self._auto_return(s, now)
        )

    def _auto_return(self, session: Session, now: datetime) -> list[int]:
        rules = dict(session.execute(select(PoolRule.type_id, PoolRule.auto_return_days)).all())
        default = rules.pop(None, None)
        typed = {k: v for k, v in rules.items() if k is not None}
        conditions: list[tuple[ColumnElement[bool], int]] = [
            (Customer.type_id == type_id, days) for type_id, days in typed.items() if days
        ]
        if default:
            others: ColumnElement[bool] = true()
            if typed:
                others = or_(Customer.type_id.is_(None), Customer.type_id.not_in(list(typed)))
            conditions.append((others, default))
        returned: list[int] = []
        for type_cond, days in conditions:
            cutoff = now - timedelta(days=days)
            recent_change = exists().where(
                OwnershipChange.customer_id == Customer.id, OwnershipChange.at >= cutoff
            )
            stmt: Any = select(Customer.id).where(
                Customer.owner_id.is_not(None),
                Customer.deleted_at.is_(None),
                type_cond,
                func.coalesce(Customer.last_contact_at, Customer.created_at) < cutoff,
                ~recent_change,
            )
            ids = list(session.execute(stmt).scalars())
            returned += ownership.move(session, self.user.user_id, ids, None, "auto_return",
                                       f"no contact for {days} days")  # fmt: skip
        return returned
