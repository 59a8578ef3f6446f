"""Document numbers (报价单号, 合同号, 订单号…): prefix + date part + a zero-padded sequence per reset period.

`next_number(session, doc_type)` runs inside the caller's unit of work. The counter row of (doc_type, period) is
created if missing (INSERT … ON CONFLICT DO NOTHING, or a savepoint elsewhere) and then incremented with one
UPDATE, which takes the row lock until the caller commits: a second station asking at the same moment waits for
that commit and gets the next value, so numbers never collide; a rolled-back document gives its number back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import NumberCounter, NumberingRule
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound, ValidationError

MODULE = "system"
DOC_TYPES: dict[str, str] = {
    "quote": QT_TRANSLATE_NOOP("Numbering", "Quote"),
    "contract": QT_TRANSLATE_NOOP("Numbering", "Contract"),
    "order": QT_TRANSLATE_NOOP("Numbering", "Sales order"),
    "receipt": QT_TRANSLATE_NOOP("Numbering", "Receipt"),
    "return": QT_TRANSLATE_NOOP("Numbering", "Sales return"),
    "lead": QT_TRANSLATE_NOOP("Numbering", "Lead"),
    "opportunity": QT_TRANSLATE_NOOP("Numbering", "Opportunity"),
}
DATE_PARTS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("Numbering", "None"),
    "YYYY": "YYYY",
    "YYYYMM": "YYYYMM",
    "YYYYMMDD": "YYYYMMDD",
}
RESETS: dict[str, str] = {
    "never": QT_TRANSLATE_NOOP("Numbering", "Never"),
    "yearly": QT_TRANSLATE_NOOP("Numbering", "Every year"),
    "monthly": QT_TRANSLATE_NOOP("Numbering", "Every month"),
    "daily": QT_TRANSLATE_NOOP("Numbering", "Every day"),
}
# The shortest date part that tells the periods of a reset apart (else two periods would print the same number).
_NEEDED_DATE: dict[str, tuple[str, ...]] = {
    "never": tuple(DATE_PARTS),
    "yearly": ("YYYY", "YYYYMM", "YYYYMMDD"),
    "monthly": ("YYYYMM", "YYYYMMDD"),
    "daily": ("YYYYMMDD",),
}
MAX_WIDTH = 10

NO_RULE = QT_TRANSLATE_NOOP("Errors", "There is no numbering rule for the document type “{doc_type}”.")
BAD_PREFIX = QT_TRANSLATE_NOOP("Errors", "Use at most 10 letters, digits or “-”.")
BAD_WIDTH = QT_TRANSLATE_NOOP("Errors", "Enter a whole number from 1 to 10.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values.")
RESET_NEEDS_DATE = QT_TRANSLATE_NOOP(
    "Errors", "The date part must show the reset period, or numbers of different periods would be the same."
)


@dataclass(frozen=True)
class NumberingRuleInput:
    prefix: str
    date_part: str
    width: int
    reset: str


@dataclass(frozen=True)
class NumberingRuleDTO:
    id: int
    version: int
    doc_type: str
    prefix: str
    date_part: str
    width: int
    reset: str
    last_number: str | None


def period_for(reset: str, day: date) -> str:
    if reset == "yearly":
        return day.strftime("%Y")
    if reset == "monthly":
        return day.strftime("%Y%m")
    if reset == "daily":
        return day.strftime("%Y%m%d")
    return ""


def format_number(rule: NumberingRuleInput, day: date, value: int) -> str:
    stamp = {"": "", "YYYY": "%Y", "YYYYMM": "%Y%m", "YYYYMMDD": "%Y%m%d"}[rule.date_part]
    return f"{rule.prefix}{day.strftime(stamp) if stamp else ''}{value:0{rule.width}d}"


def validate(rule: NumberingRuleInput) -> NumberingRuleInput:
    """The cleaned rule, or ValidationError naming the fields (prefix, date_part, width, reset)."""
    prefix = rule.prefix.strip().upper()
    errors: dict[str, str] = {}
    if len(prefix) > 10 or not all(ch.isascii() and (ch.isalnum() or ch == "-") for ch in prefix):
        errors["prefix"] = BAD_PREFIX
    if not 1 <= rule.width <= MAX_WIDTH:
        errors["width"] = BAD_WIDTH
    if rule.date_part not in DATE_PARTS:
        errors["date_part"] = BAD_CHOICE
    if rule.reset not in RESETS:
        errors["reset"] = BAD_CHOICE
    elif rule.date_part in DATE_PARTS and rule.date_part not in _NEEDED_DATE[rule.reset]:
        errors["date_part"] = RESET_NEEDS_DATE
    if errors:
        raise ValidationError(errors)
    return NumberingRuleInput(prefix, rule.date_part, rule.width, rule.reset)


def _rule_input(rule: NumberingRule) -> NumberingRuleInput:
    return NumberingRuleInput(rule.prefix, rule.date_part, rule.width, rule.reset)


def next_number(session: Session, doc_type: str, *, today: date | None = None) -> str:
    """The next number of `doc_type`, reserved in the caller's transaction (released again if it rolls back)."""
    rule = session.execute(
        select(NumberingRule).where(NumberingRule.doc_type == doc_type)
    ).scalar_one_or_none()
    if rule is None or rule.deleted_at is not None:
        raise NotFound(NO_RULE, doc_type=doc_type)
    day = today or date.today()
    period = period_for(rule.reset, day)
    value = _increment(session, doc_type, period)
    if value is None:
        _create_counter(session, doc_type, period)
        value = _increment(session, doc_type, period)
    assert value is not None
    return format_number(_rule_input(rule), day, value)


def _increment(session: Session, doc_type: str, period: str) -> int | None:
    where = (NumberCounter.doc_type == doc_type, NumberCounter.period == period)
    done = session.execute(
        update(NumberCounter).where(*where).values(last_value=NumberCounter.last_value + 1),
        execution_options={"synchronize_session": False},
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        return None
    # Our own UPDATE holds the row lock, so this reads exactly the value we wrote.
    return int(session.execute(select(NumberCounter.last_value).where(*where)).scalar_one())


def _create_counter(session: Session, doc_type: str, period: str) -> None:
    values = {"doc_type": doc_type, "period": period, "last_value": 0}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(postgresql.insert(NumberCounter).values(values).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(NumberCounter).values(values).on_conflict_do_nothing())
    else:
        try:
            with session.begin_nested():
                session.execute(insert(NumberCounter).values(values))
        except IntegrityError:
            pass  # another station created it first


class NumberingService:
    """The admin screen's view of the rules (System settings → Numbering rules)."""

    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def rules(self) -> list[NumberingRuleDTO]:
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            rows = session.execute(select(NumberingRule).where(NumberingRule.deleted_at.is_(None))).scalars()
            order = list(DOC_TYPES)
            out = []
            for rule in rows:
                last = session.execute(
                    select(NumberCounter.last_value).where(
                        NumberCounter.doc_type == rule.doc_type,
                        NumberCounter.period == period_for(rule.reset, date.today()),
                    )
                ).scalar_one_or_none()
                out.append(
                    NumberingRuleDTO(
                        rule.id,
                        rule.version,
                        rule.doc_type,
                        rule.prefix,
                        rule.date_part,
                        rule.width,
                        rule.reset,
                        format_number(_rule_input(rule), date.today(), last) if last else None,
                    )
                )
            return sorted(
                out, key=lambda r: (order.index(r.doc_type) if r.doc_type in order else 99, r.doc_type)
            )

    def update(self, rule_id: int, version: int, data: NumberingRuleInput) -> NumberingRuleDTO:
        clean = validate(data)
        try:
            with self.db.unit_of_work() as session:
                access.require_live(session, self.user, MODULE, "edit")
                rule = session.get(NumberingRule, rule_id)
                if rule is None or rule.deleted_at is not None:
                    raise NotFound(NO_RULE, doc_type=str(rule_id))
                if rule.version != version:
                    raise ConcurrentEditError()
                before = {
                    "prefix": rule.prefix,
                    "date_part": rule.date_part,
                    "width": rule.width,
                    "reset": rule.reset,
                }
                rule.prefix, rule.date_part, rule.width, rule.reset = (
                    clean.prefix,
                    clean.date_part,
                    clean.width,
                    clean.reset,
                )
                rule.updated_by = self.user.user_id
                after = {
                    "prefix": rule.prefix,
                    "date_part": rule.date_part,
                    "width": rule.width,
                    "reset": rule.reset,
                }
                session.flush()
                audit.record(
                    session,
                    self.user,
                    "update",
                    "numbering_rule",
                    rule.id,
                    rule.doc_type,
                    audit.diff(before, after),
                )
                doc_type = rule.doc_type
        except StaleDataError as exc:
            raise ConcurrentEditError() from exc
        return next(r for r in self.rules() if r.doc_type == doc_type)
