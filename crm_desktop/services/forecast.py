"""Forecast and quota (销售预期/定额) per person per fiscal quarter, rolled up over the reader's data scope.

Fiscal year Y starts on the first day of month `fiscal.start_month` (system setting, default 1 = January) of
calendar year Y; quarter 1 is its first three months. Per person:

- quota: set by an administrator (sales_quotas);
- achieved: won deals whose closed_at falls in the quarter;
- committed: open deals with probability >= COMMIT_PROBABILITY expected to close in the quarter;
- best case: all open deals expected to close in the quarter;
- quota %: achieved / quota.

Every amount is summed over the opportunities the reader may see (access.scope_filter), so a superior's roll-up
covers exactly their department subtree / positions below, and a salesperson sees only their own line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Department, Opportunity, SalesQuota, SystemSetting, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.opportunities import ENTITY
from crm_desktop.services.team import team_user_ids

MODULE = "forecast"
FISCAL_START_SETTING = "fiscal.start_month"
COMMIT_PROBABILITY = 70
BAD_QUOTA = QT_TRANSLATE_NOOP("Errors", "The quota must be a number of at least 0.")
BAD_QUARTER = QT_TRANSLATE_NOOP("Errors", "Choose a fiscal year and a quarter (1 to 4).")
BAD_MONTH = QT_TRANSLATE_NOOP("Errors", "The fiscal year starts in a month from 1 to 12.")
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ForecastRowDTO:
    user_id: int | None  # None on the total line
    full_name: str
    department_name: str
    quota: Decimal
    achieved: Decimal
    committed: Decimal
    best_case: Decimal

    @property
    def quota_percent(self) -> Decimal | None:
        if not self.quota:
            return None
        return (self.achieved * 100 / self.quota).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class ForecastDTO:
    year: int
    quarter: int
    starts: date
    ends: date  # last day of the quarter
    rows: tuple[ForecastRowDTO, ...]
    total: ForecastRowDTO
    can_set_quota: bool


def quarter_range(year: int, quarter: int, start_month: int = 1) -> tuple[date, date]:
    """First day of the fiscal quarter and first day after it."""
    if not 1 <= quarter <= 4 or not 1 <= start_month <= 12:
        raise ValidationError({"quarter": BAD_QUARTER})
    months = year * 12 + (start_month - 1) + (quarter - 1) * 3
    after = months + 3
    return date(months // 12, months % 12 + 1, 1), date(after // 12, after % 12 + 1, 1)


def fiscal_quarter_of(day: date, start_month: int = 1) -> tuple[int, int]:
    """(fiscal year, quarter) containing `day`."""
    offset = day.year * 12 + day.month - 1 - (start_month - 1)
    return offset // 12, (offset % 12) // 3 + 1


def read_start_month(session: Session) -> int:
    value = session.scalar(select(SystemSetting.value).where(SystemSetting.key == FISCAL_START_SETTING))
    try:
        month = int(value or 1)
    except ValueError:
        return 1
    return month if 1 <= month <= 12 else 1


def _utc_midnight(day: date) -> datetime:
    """Local midnight of `day` as an aware UTC moment (closed_at is stored in UTC)."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


class ForecastService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def start_month(self) -> int:
        with self.db.read_only() as session:
            return read_start_month(session)

    def set_start_month(self, month: int) -> None:
        if not 1 <= month <= 12:
            raise ValidationError({"start_month": BAD_MONTH})
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "edit")
            setting = session.get(SystemSetting, FISCAL_START_SETTING)
            if setting is None:
                session.add(SystemSetting(key=FISCAL_START_SETTING, value=str(month)))
            else:
                setting.value = str(month)
            audit.record(
                session, self.user, "update", "setting", None, FISCAL_START_SETTING, {"value": month}
            )

    def current_quarter(self, today: date | None = None) -> tuple[int, int]:
        return fiscal_quarter_of(today or date.today(), self.start_month())

    def forecast(self, year: int, quarter: int) -> ForecastDTO:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            starts, after = quarter_range(year, quarter, read_start_month(session))
            scope = access.scope_filter(session, self.user, ENTITY, "view")
            from_at, to_at = _utc_midnight(starts), _utc_midnight(after)
            is_open = Opportunity.status == "open"
            expected = and_(is_open, Opportunity.expected_close >= starts, Opportunity.expected_close < after)

            def total(condition: ColumnElement[bool]) -> ColumnElement[Decimal]:
                return func.coalesce(func.sum(case((condition, Opportunity.amount), else_=0)), 0)

            sums = session.execute(
                select(
                    Opportunity.owner_id,
                    total(
                        and_(
                            Opportunity.status == "won",
                            Opportunity.closed_at >= from_at,
                            Opportunity.closed_at < to_at,
                        )
                    ),
                    total(and_(expected, Opportunity.probability >= COMMIT_PROBABILITY)),
                    total(expected),
                )
                .where(scope, Opportunity.owner_id.is_not(None))
                .group_by(Opportunity.owner_id)
            ).all()
            by_owner = {row[0]: (Decimal(row[1]), Decimal(row[2]), Decimal(row[3])) for row in sums}
            quotas = dict(
                session.execute(
                    select(SalesQuota.user_id, SalesQuota.amount).where(
                        SalesQuota.year == year,
                        SalesQuota.quarter == quarter,
                        SalesQuota.deleted_at.is_(None),
                    )
                ).all()
            )
            team = team_user_ids(session, self.user, ENTITY)
            if team is None:
                people = set(by_owner) | set(quotas)
            else:
                people = set(team)
                quotas = {k: v for k, v in quotas.items() if k in people}
            names = session.execute(
                select(User.id, User.full_name, Department.name)
                .outerjoin(Department, Department.id == User.department_id)
                .where(User.id.in_(sorted(people)), User.deleted_at.is_(None))
            ).all()
            rows = []
            for user_id, full_name, department in names:
                achieved, committed, best = by_owner.get(user_id, (ZERO, ZERO, ZERO))
                if (
                    team is not None
                    and user_id not in by_owner
                    and user_id not in quotas
                    and user_id != self.user.user_id
                ):
                    continue  # colleagues with neither deals nor quota would only add empty lines
                rows.append(
                    ForecastRowDTO(
                        user_id,
                        full_name,
                        department or "",
                        Decimal(quotas.get(user_id, ZERO)),
                        achieved,
                        committed,
                        best,
                    )
                )
            rows.sort(key=lambda r: (r.department_name, r.full_name))
            total_row = ForecastRowDTO(
                None,
                "",
                "",
                sum((r.quota for r in rows), ZERO),
                sum((r.achieved for r in rows), ZERO),
                sum((r.committed for r in rows), ZERO),
                sum((r.best_case for r in rows), ZERO),
            )
            last_day = date.fromordinal(after.toordinal() - 1)
            return ForecastDTO(
                year, quarter, starts, last_day, tuple(rows), total_row, self.user.can(MODULE, "edit")
            )

    def set_quota(self, user_id: int, year: int, quarter: int, amount: Decimal) -> None:
        """Set (or replace) a person's quota for a fiscal quarter. Administrators only (forecast: edit)."""
        if not 1 <= quarter <= 4 or not 2000 <= year <= 2200:
            raise ValidationError({"quarter": BAD_QUARTER})
        try:
            value = Decimal(str(amount)).quantize(Decimal("0.01"))
        except ArithmeticError:
            raise ValidationError({"quota": BAD_QUOTA}) from None
        if not ZERO <= value <= Decimal("999999999999.99"):
            raise ValidationError({"quota": BAD_QUOTA})
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "edit")
            quota = session.scalar(
                select(SalesQuota).where(
                    SalesQuota.user_id == user_id, SalesQuota.year == year, SalesQuota.quarter == quarter
                )
            )
            before = quota.amount if quota is not None else None
            if quota is None:
                quota = SalesQuota(
                    user_id=user_id,
                    year=year,
                    quarter=quarter,
                    amount=value,
                    created_by=self.user.user_id,
                    updated_by=self.user.user_id,
                )
                session.add(quota)
            else:
                quota.amount, quota.deleted_at, quota.updated_by = value, None, self.user.user_id
            session.flush()
            audit.record(session, self.user, "update", "sales_quota", quota.id, f"{year} Q{quarter}",
                         audit.diff({"amount": before}, {"amount": value}))  # fmt: skip
