"""The configurable contract approval chain (合同审批流程): ordered steps, each approved by the owner's
department manager (superior by position), by any holder of a role, or by one named user.

Administrators edit it under System settings; a contract submitted for approval copies the chain as it is then.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import ContractChainStep, Role, User
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError
from crm_desktop.services.validation import clean

KINDS: dict[str, str] = {
    "department_manager": QT_TRANSLATE_NOOP("Contracts", "Department manager"),
    "role": QT_TRANSLATE_NOOP("Contracts", "Anyone with a role"),
    "user": QT_TRANSLATE_NOOP("Contracts", "A specific person"),
}
ADMIN_MODULE = "system"
NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Name the step.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {max} characters (now {length}).")
ROLE_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Choose the role that approves this step.")
USER_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Choose the person who approves this step.")
BAD_KIND = QT_TRANSLATE_NOOP("Errors", "Choose one of the offered values.")
EMPTY_CHAIN = QT_TRANSLATE_NOOP("Errors", "The chain needs at least one step.")


@dataclass(frozen=True)
class ChainStepInput:
    step_name: str
    kind: str
    role_id: int | None = None
    user_id: int | None = None


@dataclass(frozen=True)
class ChainStep:
    seq: int
    step_name: str
    kind: str
    role_id: int | None
    user_id: int | None
    approver_label: str  # the role's or the person's name; empty for department manager


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def read_chain(session: Session) -> list[ChainStep]:
    rows = session.execute(
        select(ContractChainStep, Role.name, User.full_name)
        .outerjoin(Role, Role.id == ContractChainStep.role_id)
        .outerjoin(User, User.id == ContractChainStep.user_id)
        .order_by(ContractChainStep.seq)
    ).all()
    return [
        ChainStep(
            s.seq, s.step_name, s.kind, s.role_id, s.user_id, (role if s.kind == "role" else user) or ""
        )
        for s, role, user in rows
    ]


def validate(steps: Sequence[ChainStepInput]) -> list[ChainStepInput]:
    """Field errors keyed "step.<row>.<field>"."""
    errors: dict[str, str] = {}
    params: dict[str, dict[str, object]] = {}
    cleaned: list[ChainStepInput] = []
    if not steps:
        errors["steps"] = EMPTY_CHAIN
    limit = ContractChainStep.__table__.c.step_name.type.length  # type: ignore[attr-defined]
    for row, step in enumerate(steps):
        name = clean(step.step_name) or ""
        if not name:
            errors[f"step.{row}.step_name"] = NAME_REQUIRED
        elif len(name) > limit:
            errors[f"step.{row}.step_name"] = NAME_TOO_LONG
            params[f"step.{row}.step_name"] = {"max": limit, "length": len(name)}
        if step.kind not in KINDS:
            errors[f"step.{row}.kind"] = BAD_KIND
        elif step.kind == "role" and step.role_id is None:
            errors[f"step.{row}.role_id"] = ROLE_REQUIRED
        elif step.kind == "user" and step.user_id is None:
            errors[f"step.{row}.user_id"] = USER_REQUIRED
        cleaned.append(
            ChainStepInput(
                name,
                step.kind,
                step.role_id if step.kind == "role" else None,
                step.user_id if step.kind == "user" else None,
            )
        )
    if errors:
        raise ValidationError(errors, params)
    return cleaned


class ContractChainService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def steps(self) -> list[ChainStep]:
        with self.db.read_only() as session:
            access.require_live(session, self.user, "contracts", "view")
            return read_chain(session)

    def roles(self) -> list[Choice]:
        with self.db.read_only() as session:
            rows = session.execute(
                select(Role.id, Role.name).where(Role.deleted_at.is_(None)).order_by(Role.id)
            )
            return [Choice(*r) for r in rows]

    def users(self) -> list[Choice]:
        with self.db.read_only() as session:
            rows = session.execute(
                select(User.id, User.full_name)
                .where(User.active.is_(True), User.deleted_at.is_(None))
                .order_by(User.full_name, User.id)
            )
            return [Choice(*r) for r in rows]

    def save(self, steps: Sequence[ChainStepInput]) -> list[ChainStep]:
        """Replace the whole chain (administrators: System settings, edit). Contracts already in approval keep
        the chain they were submitted with."""
        cleaned = validate(steps)
        with self.db.unit_of_work() as session:
            access.require_live(session, self.user, ADMIN_MODULE, "edit")
            before = [(s.step_name, s.kind, s.role_id, s.user_id) for s in read_chain(session)]
            session.execute(delete(ContractChainStep))
            for seq, step in enumerate(cleaned, start=1):
                session.add(ContractChainStep(seq=seq, step_name=step.step_name, kind=step.kind,
                                              role_id=step.role_id, user_id=step.user_id))  # fmt: skip
            session.flush()
            after = [(s.step_name, s.kind, s.role_id, s.user_id) for s in cleaned]
            audit.record(session, self.user, "update", "contract_chain", None, "合同审批流程",
                         {"steps": [before, after]})  # fmt: skip
            return read_chain(session)
