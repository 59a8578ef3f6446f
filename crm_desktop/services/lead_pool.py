"""The lead pool (线索池): leads without an owner. Batch claim up to a per-user limit, return with a reason,
assignment by an administrator (by hand or by industry/region rules), transfer to a colleague, and the history of
every owner change (`lead_ownership`).

Reading the pool needs the leads module's "view" operation and is not owner-scoped: the pool condition
(`owner_id IS NULL`) is added here explicitly, as crm_desktop.services.pool does for customers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, func, select, update
from sqlalchemy.orm import Session, aliased

from crm_desktop.db.models import CodeItem, Lead, LeadAssignmentRule, LeadOwnershipChange, SystemSetting, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, messages
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, NotFound, ServiceError, ValidationError
from crm_desktop.services.leads import (
    CONVERTED_READ_ONLY,
    MODULE,
    ROW_COLUMNS,
    LeadPage,
    Owner,
    like_text,
    owned_open,
    page_of,
)
from crm_desktop.services.ownership import chunks, user_department

CLAIM_LIMIT_KEY = "leads.claim_limit"
DEFAULT_CLAIM_LIMIT = 50


class LeadClaimLimitReached(ServiceError):
    pass


@dataclass(frozen=True)
class RuleRow:
    id: int
    industry_id: int | None
    industry_name: str | None
    region_id: int | None
    region_name: str | None
    user_id: int
    user_name: str
    sort_order: int
    active: bool


@dataclass
class RuleInput:
    user_id: int | None = None
    industry_id: int | None = None
    region_id: int | None = None
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True)
class RuleAssignment:
    assigned: dict[int, int]  # lead id -> user id
    unmatched: list[int]  # lead ids no rule matched


@dataclass(frozen=True)
class OwnerChange:
    id: int
    at: datetime
    action: str
    from_owner: str | None
    to_owner: str | None
    by_user: str | None
    reason: str | None


def _in_pool() -> ColumnElement[bool]:
    return and_(Lead.owner_id.is_(None), Lead.deleted_at.is_(None))


def claim_limit(session: Session) -> int:
    setting = session.get(SystemSetting, CLAIM_LIMIT_KEY)
    try:
        return int(setting.value) if setting is not None and setting.value else DEFAULT_CLAIM_LIMIT
    except ValueError:
        return DEFAULT_CLAIM_LIMIT


def owned_count(session: Session, user_id: int) -> int:
    return session.execute(select(func.count()).select_from(Lead).where(owned_open(user_id))).scalar_one()


def move(
    session: Session,
    by_user_id: int,
    lead_ids: Sequence[int],
    to_owner_id: int | None,
    action: str,
    reason: str | None = None,
    *,
    only_unowned: bool = False,
) -> list[int]:
    """Give live, unconverted leads to `to_owner_id` (None: the pool) with a conditional UPDATE, logging each
    change; a lead someone else took meanwhile is left alone. Returns the ids moved."""
    department_id = user_department(session, to_owner_id) if to_owner_id is not None else None
    now = datetime.now(UTC)
    moved: list[int] = []
    for part in chunks(sorted(set(lead_ids))):
        cond = and_(Lead.id.in_(part), Lead.deleted_at.is_(None), Lead.status != "converted")
        if only_unowned:
            cond = and_(cond, Lead.owner_id.is_(None))
        before = dict(session.execute(select(Lead.id, Lead.owner_id).where(cond).with_for_update()).all())
        if not before:
            continue
        values: dict[str, object] = {
            "owner_id": to_owner_id,
            "department_id": department_id,
            "updated_by": by_user_id,
            "updated_at": now,
            "claimed_at": now if to_owner_id is not None else None,
            "version": Lead.version + 1,
        }
        session.execute(
            update(Lead).where(Lead.id.in_(list(before)), cond).values(values),
            execution_options={"synchronize_session": False},
        )
        session.add_all(
            LeadOwnershipChange(
                lead_id=lid,
                action=action,
                from_owner_id=old,
                to_owner_id=to_owner_id,
                reason=reason,
                by_user_id=by_user_id,
                at=now,
            )
            for lid, old in before.items()
        )
        moved += list(before)
    return moved


def notify_new_owner(session: Session, by: UserContext, to_user_id: int, lead_ids: list[int]) -> None:
    """A system notice to the person who received leads (assign, transfer), shown live in the quick panel."""
    if not lead_ids or to_user_id == by.user_id:
        return
    names = list(session.execute(select(Lead.company).where(Lead.id.in_(lead_ids[:20]))).scalars())
    more = "…" if len(lead_ids) > 20 else ""
    subject = f"{by.full_name} 分配给您 {len(lead_ids)} 条线索"
    messages.notice(session, {to_user_id}, subject[:200], "、".join(names) + more)


def _reason(reason: str | None, field: str, message: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({field: message})
    if len(reason) > 300:
        raise ValidationError(
            {field: QT_TRANSLATE_NOOP("Errors", "At most {max} characters (now {length}).")},
            {field: {"max": 300, "length": len(reason)}},
        )
    return reason


class LeadPoolService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reads -------------------------------------------------------------------------------------------
    def list_pool(
        self,
        text: str = "",
        industry_id: int | None = None,
        region_id: int | None = None,
        after_id: int | None = None,
        limit: int = 200,
    ) -> LeadPage:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            access.require_live(session, self.user, MODULE, "view")
            stmt = select(*ROW_COLUMNS).outerjoin(Owner, Owner.id == Lead.owner_id).where(_in_pool())
            text_cond = like_text(text)
            if text_cond is not None:
                stmt = stmt.where(text_cond)
            if industry_id is not None:
                stmt = stmt.where(Lead.industry_id == industry_id)
            if region_id is not None:
                stmt = stmt.where(Lead.region_id == region_id)
            return page_of(session, stmt, after_id, limit)

    def my_count(self) -> tuple[int, int]:
        """(open leads I own, my claim limit)."""
        with self.db.read_only() as session:
            return owned_count(session, self.user.user_id), claim_limit(session)

    def history(self, lead_id: int) -> list[OwnerChange]:
        from crm_desktop.services.leads import readable

        f, t, b = aliased(User), aliased(User), aliased(User)
        with self.db.read_only() as session:
            readable(session, self.user, lead_id)
            rows = session.execute(
                select(
                    LeadOwnershipChange.id,
                    LeadOwnershipChange.at,
                    LeadOwnershipChange.action,
                    f.full_name,
                    t.full_name,
                    b.full_name,
                    LeadOwnershipChange.reason,
                )
                .outerjoin(f, f.id == LeadOwnershipChange.from_owner_id)
                .outerjoin(t, t.id == LeadOwnershipChange.to_owner_id)
                .outerjoin(b, b.id == LeadOwnershipChange.by_user_id)
                .where(LeadOwnershipChange.lead_id == lead_id)
                .order_by(LeadOwnershipChange.at.desc(), LeadOwnershipChange.id.desc())
            ).all()
            return [from_row(OwnerChange, r) for r in rows]

    # ----- claim, return, assign, transfer -----------------------------------------------------------------
    def claim(self, lead_ids: list[int]) -> list[int]:
        """Take leads from the pool; refused as a whole when it would pass the claim limit."""
        access.require(self.user, MODULE, "edit")
        wanted = set(lead_ids)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "edit")
            # Serialise one person's claims (two stations at once must not both pass the limit check).
            session.execute(select(User.id).where(User.id == self.user.user_id).with_for_update())
            owned, limit = owned_count(session, self.user.user_id), claim_limit(session)
            if owned + len(wanted) > limit:
                raise LeadClaimLimitReached(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "You may hold at most {limit} open leads and hold {owned} now, so you cannot claim "
                        "{count} more. Nothing was claimed.",
                    ),
                    limit=limit,
                    owned=owned,
                    count=len(wanted),
                )
            moved = move(
                session, self.user.user_id, list(wanted), self.user.user_id, "claim", only_unowned=True
            )
            if len(moved) < len(wanted):
                raise ServiceError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "Someone else claimed some of these leads a moment ago; nothing was claimed.",
                    )
                )
            for lid in moved:
                audit.record(session, self.user, "claim", "lead", lid)
            return moved

    def return_to_pool(self, lead_ids: list[int], reason: str) -> list[int]:
        """Give leads back to the pool; the reason is required and logged."""
        access.require(self.user, MODULE, "edit")
        text = _reason(
            reason, "reason", QT_TRANSLATE_NOOP("Errors", "Say why the lead goes back to the pool.")
        )
        with self.db.unit_of_work() as session:
            for lid in set(lead_ids):
                access.require_row(session, self.user, "lead", lid, "edit")
            self._refuse_converted_or_pooled(session, lead_ids)
            moved = move(session, self.user.user_id, lead_ids, None, "return", text)
            for lid in moved:
                audit.record(session, self.user, "return", "lead", lid, text)
            return moved

    def assign(self, lead_ids: list[int], to_user_id: int) -> list[int]:
        """An administrator gives pool leads to someone (no claim limit)."""
        access.require(self.user, MODULE, "assign")
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "assign")
            moved = move(session, self.user.user_id, lead_ids, to_user_id, "assign", only_unowned=True)
            for lid in moved:
                audit.record(
                    session, self.user, "assign", "lead", lid, changes={"owner_id": [None, to_user_id]}
                )
            notify_new_owner(session, self.user, to_user_id, moved)
            return moved

    def transfer(self, lead_ids: list[int], to_user_id: int, reason: str | None = None) -> list[int]:
        """Hand own (or in-scope) leads to another user; the user no longer owns them."""
        access.require(self.user, MODULE, "edit")
        if to_user_id == self.user.user_id:
            raise ValidationError(
                {"to_user": QT_TRANSLATE_NOOP("Errors", "Choose someone other than yourself.")}
            )
        with self.db.unit_of_work() as session:
            for lid in set(lead_ids):
                access.require_row(session, self.user, "lead", lid, "edit")
            self._refuse_converted_or_pooled(session, lead_ids)
            moved = move(
                session, self.user.user_id, lead_ids, to_user_id, "transfer", (reason or "").strip() or None
            )
            for lid in moved:
                audit.record(session, self.user, "transfer", "lead", lid, changes={"to_owner_id": to_user_id})
            notify_new_owner(session, self.user, to_user_id, moved)
            return moved

    def _refuse_converted_or_pooled(self, session: Session, lead_ids: list[int]) -> None:
        rows = session.execute(
            select(Lead.status, Lead.owner_id).where(Lead.id.in_(list(set(lead_ids))))
        ).all()
        if any(status == "converted" for status, _ in rows):
            raise ServiceError(CONVERTED_READ_ONLY)
        if any(owner is None for _, owner in rows):
            raise ServiceError(QT_TRANSLATE_NOOP("Errors", "This lead already lies in the lead pool."))

    # ----- settings and rules ------------------------------------------------------------------------------
    def set_claim_limit(self, limit: int) -> None:
        access.require(self.user, MODULE, "assign")
        if limit < 0:
            raise ValidationError(
                {"claim_limit": QT_TRANSLATE_NOOP("Errors", "Enter zero or a positive number.")}
            )
        with self.db.unit_of_work() as session:
            setting = session.get(SystemSetting, CLAIM_LIMIT_KEY)
            if setting is None:
                session.add(SystemSetting(key=CLAIM_LIMIT_KEY, value=str(limit)))
            else:
                setting.value = str(limit)
            audit.record(session, self.user, "update", "lead_settings", None, f"claim limit {limit}")

    def rules(self) -> list[RuleRow]:
        access.require(self.user, MODULE, "view")
        ind, reg = aliased(CodeItem), aliased(CodeItem)
        with self.db.read_only() as session:
            rows = session.execute(
                select(
                    LeadAssignmentRule.id,
                    LeadAssignmentRule.industry_id,
                    ind.name,
                    LeadAssignmentRule.region_id,
                    reg.name,
                    LeadAssignmentRule.user_id,
                    User.full_name,
                    LeadAssignmentRule.sort_order,
                    LeadAssignmentRule.active,
                )
                .join(User, User.id == LeadAssignmentRule.user_id)
                .outerjoin(ind, ind.id == LeadAssignmentRule.industry_id)
                .outerjoin(reg, reg.id == LeadAssignmentRule.region_id)
                .where(LeadAssignmentRule.deleted_at.is_(None))
                .order_by(LeadAssignmentRule.sort_order, LeadAssignmentRule.id)
            ).all()
            return [from_row(RuleRow, r) for r in rows]

    def save_rule(self, rule_id: int | None, data: RuleInput) -> int:
        access.require(self.user, MODULE, "assign")
        errors: dict[str, str] = {}
        if data.user_id is None:
            errors["user"] = QT_TRANSLATE_NOOP("Errors", "This field is required.")
        if data.industry_id is None and data.region_id is None:
            errors["industry"] = QT_TRANSLATE_NOOP("Errors", "Choose an industry, a region or both.")
        if errors:
            raise ValidationError(errors)
        assert data.user_id is not None
        with self.db.unit_of_work() as session:
            user_department(session, data.user_id)  # refuses someone who left
            if rule_id is None:
                rule = LeadAssignmentRule(created_by=self.user.user_id)
                session.add(rule)
            else:
                found = session.get(LeadAssignmentRule, rule_id)
                if found is None or found.deleted_at is not None:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "The record no longer exists."))
                rule = found
            rule.user_id, rule.industry_id, rule.region_id = data.user_id, data.industry_id, data.region_id
            rule.sort_order, rule.active, rule.updated_by = data.sort_order, data.active, self.user.user_id
            session.flush()
            audit.record(session, self.user, "update", "lead_assignment_rule", rule.id)
            return rule.id

    def delete_rule(self, rule_id: int) -> None:
        access.require(self.user, MODULE, "assign")
        with self.db.unit_of_work() as session:
            rule = session.get(LeadAssignmentRule, rule_id)
            if rule is not None and rule.deleted_at is None:
                rule.deleted_at, rule.deleted_by = datetime.now(UTC), self.user.user_id
                audit.record(session, self.user, "delete", "lead_assignment_rule", rule_id)

    def assign_by_rules(self, lead_ids: list[int]) -> RuleAssignment:
        """Give each selected pool lead to the first active rule (by sort order) matching its industry and region
        (a rule's empty industry or region matches any). Leads no rule matches stay in the pool."""
        access.require(self.user, MODULE, "assign")
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, MODULE, "assign")
            rules = session.execute(
                select(
                    LeadAssignmentRule.industry_id, LeadAssignmentRule.region_id, LeadAssignmentRule.user_id
                )
                .join(User, User.id == LeadAssignmentRule.user_id)
                .where(
                    LeadAssignmentRule.deleted_at.is_(None),
                    LeadAssignmentRule.active.is_(True),
                    User.active.is_(True),
                    User.deleted_at.is_(None),
                )
                .order_by(LeadAssignmentRule.sort_order, LeadAssignmentRule.id)
            ).all()
            by_user: dict[int, list[int]] = {}
            unmatched: list[int] = []
            for part in chunks(sorted(set(lead_ids))):
                leads = session.execute(
                    select(Lead.id, Lead.industry_id, Lead.region_id).where(Lead.id.in_(part), _in_pool())
                ).all()
                for lid, industry, region in leads:
                    match = next(
                        (u for i, r, u in rules if i in (None, industry) and r in (None, region)), None
                    )
                    if match is None:
                        unmatched.append(lid)
                    else:
                        by_user.setdefault(match, []).append(lid)
            assigned: dict[int, int] = {}
            for uid, ids in by_user.items():
                moved = move(session, self.user.user_id, ids, uid, "assign", "rule", only_unowned=True)
                for lid in moved:
                    assigned[lid] = uid
                    audit.record(
                        session, self.user, "assign", "lead", lid, "by rule", {"owner_id": [None, uid]}
                    )
                notify_new_owner(session, self.user, uid, moved)
            return RuleAssignment(assigned, sorted(unmatched))
