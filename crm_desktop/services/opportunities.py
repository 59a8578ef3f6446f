"""Opportunities (销售机会): list, editor, stage moves (the stage board), products, competitors and team members.

A stage is a code item of category "opportunity_stage"; `opportunity_stages` gives its default probability and its
outcome. Moving a deal into a won stage closes it as won (closed_at set, counts as achieved for its owner in the
forecast); into a lost stage closes it as lost and needs a lost reason; back into an open stage reopens it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from crm_desktop.db.models import (
    CodeItem,
    Competitor,
    Customer,
    Opportunity,
    OpportunityCompetitor,
    OpportunityMember,
    OpportunityProduct,
    OpportunityStage,
    Product,
    User,
)
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, list_sort, products
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions.entry import apply_extra, extra_diff
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ConcurrentEditError, NotFound, ValidationError
from crm_desktop.services.list_sort import AnySelect, ListSort, SortCursor, SortedPage
from crm_desktop.services.opportunity_types import (
    Choice as Choice,
)
from crm_desktop.services.opportunity_types import (
    MemberDTO as MemberDTO,
)
from crm_desktop.services.opportunity_types import (
    OpportunityDTO as OpportunityDTO,
)
from crm_desktop.services.opportunity_types import (
    OpportunityFilter as OpportunityFilter,
)
from crm_desktop.services.opportunity_types import (
    OpportunityInput as OpportunityInput,
)
from crm_desktop.services.opportunity_types import (
    OpportunityRowDTO as OpportunityRowDTO,
)
from crm_desktop.services.opportunity_types import (
    ProductLineDTO as ProductLineDTO,
)
from crm_desktop.services.opportunity_types import (
    ProductLineInput as ProductLineInput,
)
from crm_desktop.services.opportunity_types import (  # the data shapes; importable from here too
    StageDTO as StageDTO,
)
from crm_desktop.services.row_versions import row_at_version
from crm_desktop.services.team import team_user_ids
from crm_desktop.services.validation import REQUIRED, Checker, clean

MODULE = "opportunities"
ENTITY = "opportunity"
STAGE_CATEGORY = "opportunity_stage"
LOSS_CATEGORY = "loss_reason"
STATUSES = ("open", "won", "lost")
VIEWS = ("mine", "team", "all")
MAX_AMOUNT = Decimal("999999999999.99")

LOST_REASON_REQUIRED = QT_TRANSLATE_NOOP("Errors", "A reason is required when a deal is lost.")
BAD_PROBABILITY = QT_TRANSLATE_NOOP("Errors", "The probability must be between 0 and 100 %.")
BAD_AMOUNT = QT_TRANSLATE_NOOP("Errors", "The amount must be a number of at least 0.")
BAD_QUANTITY = QT_TRANSLATE_NOOP("Errors", "Quantities must be greater than 0 and prices at least 0.")
UNKNOWN_STAGE = QT_TRANSLATE_NOOP("Errors", "This stage does not exist.")
UNKNOWN_PRODUCT = QT_TRANSLATE_NOOP("Errors", "A product on this deal does not exist or was deleted.")
NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "This opportunity does not exist or was deleted.")


def load_stages(session: Session) -> list[StageDTO]:
    rows = session.execute(
        select(CodeItem, OpportunityStage.probability, OpportunityStage.outcome)
        .outerjoin(OpportunityStage, OpportunityStage.code_id == CodeItem.id)
        .where(CodeItem.category == STAGE_CATEGORY, CodeItem.deleted_at.is_(None), CodeItem.active.is_(True))
        .order_by(CodeItem.sort_order, CodeItem.id)
    ).all()
    return [StageDTO(c.id, c.code, c.name, c.name_en, p or 0, o or "open") for c, p, o in rows]


def _to_decimal(value: object) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except (InvalidOperation, ValueError):
        return None


_Owner, _Customer = aliased(User), aliased(Customer)
DEFAULT_SORT = ListSort("expected_close")
SORT_COLUMNS = {"customer_id": _Customer.name, "owner_id": _Owner.full_name}


def _opportunity_row(r: Sequence[Any]) -> OpportunityRowDTO:
    o, c, on = r
    return OpportunityRowDTO(
        o.id,
        o.name,
        o.customer_id,
        c,
        o.stage_id,
        o.probability,
        o.amount,
        o.expected_close,
        o.status,
        o.owner_id,
        on or "",
        o.version,
        dict(o.extra or {}),
    )


class OpportunityService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    # ----- reference data ----------------------------------------------------------------------------------
    def stages(self) -> list[StageDTO]:
        with self.db.read_only() as session:
            return load_stages(session)

    def customer_choices(self, text: str = "", limit: int = 50) -> list[Choice]:
        """Customers the user may see, for the customer picker (name contains `text`)."""
        with self.db.read_only() as session:
            stmt = select(Customer.id, Customer.name).where(
                access.scope_filter(session, self.user, "customer", "view")
            )
            if text.strip():
                stmt = stmt.where(Customer.name.contains(text.strip(), autoescape=True))
            rows = session.execute(stmt.order_by(Customer.name).limit(limit)).all()
            return [Choice(i, n) for i, n in rows]

    def product_choices(self) -> list[Choice]:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(Product.id, Product.code, Product.name, Product.unit, Product.list_price)
                .where(Product.deleted_at.is_(None), Product.active.is_(True))
                .order_by(Product.code)
            ).all()
            return [Choice(i, f"{c} {n}", u, p) for i, c, n, u, p in rows]

    def unit_price(self, product_id: int, customer_id: int | None) -> Decimal:
        """The price the customer pays for the product (its grade price, else the list price)."""
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            grade_id = None
            if customer_id is not None and access.visible(session, self.user, "customer", customer_id):
                grade_id = session.scalar(select(Customer.grade_id).where(Customer.id == customer_id))
            return products.price_for(session, product_id, grade_id)

    def competitor_choices(self) -> list[Choice]:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(Competitor.id, Competitor.name)
                .where(Competitor.deleted_at.is_(None))
                .order_by(Competitor.name)
            ).all()
            return [Choice(i, n) for i, n in rows]

    def user_choices(self) -> list[Choice]:
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            rows = session.execute(
                select(User.id, User.full_name, User.login)
                .where(User.deleted_at.is_(None), User.active.is_(True))
                .order_by(User.full_name)
            ).all()
            return [Choice(i, n, login) for i, n, login in rows]

    # ----- reading -----------------------------------------------------------------------------------------
    def list(self, flt: OpportunityFilter | None = None, *, limit: int = 200) -> list[OpportunityRowDTO]:
        """The first `limit` opportunities by expected close date (those without one last)."""
        return self.list_page(flt, limit=limit).rows

    def list_page(
        self,
        flt: OpportunityFilter | None = None,
        *,
        sort: ListSort | None = None,
        cursor: SortCursor | None = None,
        limit: int = 200,
    ) -> SortedPage[OpportunityRowDTO]:
        """Sorted by any column (by expected close date by default), keyset-paged: pass `next_cursor` back."""
        access.require(self.user, MODULE, "view")
        with self.db.read_only() as session:
            return list_sort.sorted_page(
                session, self._list_select(session, flt or OpportunityFilter()), entity=ENTITY,
                model=Opportunity, sort=sort or DEFAULT_SORT, cursor=cursor, limit=limit, make=_opportunity_row,
                columns=SORT_COLUMNS,
            )  # fmt: skip

    def _list_select(self, session: Session, flt: OpportunityFilter) -> AnySelect:
        stmt = (
            select(Opportunity, _Customer.name, _Owner.full_name)
            .join(_Customer, _Customer.id == Opportunity.customer_id)
            .outerjoin(_Owner, _Owner.id == Opportunity.owner_id)
            .where(access.scope_filter(session, self.user, ENTITY, "view"))
        )
        if flt.view == "mine":
            stmt = stmt.where(Opportunity.owner_id == self.user.user_id)
        elif flt.view == "team":
            team = team_user_ids(session, self.user, ENTITY)
            if team is not None:
                stmt = stmt.where(Opportunity.owner_id.in_(sorted(team)))
        if flt.stage_id is not None:
            stmt = stmt.where(Opportunity.stage_id == flt.stage_id)
        if flt.status:
            stmt = stmt.where(Opportunity.status == flt.status)
        if flt.owner_id is not None:
            stmt = stmt.where(Opportunity.owner_id == flt.owner_id)
        if flt.customer_id is not None:
            stmt = stmt.where(Opportunity.customer_id == flt.customer_id)
        if flt.close_from is not None:
            stmt = stmt.where(Opportunity.expected_close >= flt.close_from)
        if flt.close_to is not None:
            stmt = stmt.where(Opportunity.expected_close <= flt.close_to)
        if flt.text and flt.text.strip():
            needle = flt.text.strip()
            stmt = stmt.where(
                or_(
                    Opportunity.name.contains(needle, autoescape=True),
                    _Customer.name.contains(needle, autoescape=True),
                    *list_sort.custom_matches(session, ENTITY, Opportunity, needle),
                )
            )
        return stmt

    def get(self, opportunity_id: int) -> OpportunityDTO:
        with self.db.read_only() as session:
            access.require_row(session, self.user, ENTITY, opportunity_id, "view")
            return self._dto(session, opportunity_id)

    def _dto(self, session: Session, opportunity_id: int) -> OpportunityDTO:
        o = session.get(Opportunity, opportunity_id)
        if o is None or o.deleted_at is not None:
            raise NotFound(NOT_FOUND)
        customer_name = session.scalar(select(Customer.name).where(Customer.id == o.customer_id)) or ""
        owner_name = session.scalar(select(User.full_name).where(User.id == o.owner_id)) or ""
        lines = session.execute(
            select(OpportunityProduct, Product.code, Product.name, Product.unit)
            .join(Product, Product.id == OpportunityProduct.product_id)
            .where(OpportunityProduct.opportunity_id == o.id)
            .order_by(OpportunityProduct.id)
        ).all()
        competitors = session.scalars(
            select(OpportunityCompetitor.competitor_id)
            .where(OpportunityCompetitor.opportunity_id == o.id)
            .order_by(OpportunityCompetitor.id)
        ).all()
        members = session.execute(
            select(OpportunityMember.user_id, User.full_name, OpportunityMember.role)
            .join(User, User.id == OpportunityMember.user_id)
            .where(OpportunityMember.opportunity_id == o.id)
            .order_by(OpportunityMember.id)
        ).all()
        return OpportunityDTO(
            id=o.id,
            name=o.name,
            customer_id=o.customer_id,
            customer_name=customer_name,
            stage_id=o.stage_id,
            probability=o.probability,
            amount=o.amount,
            expected_close=o.expected_close,
            status=o.status,
            lost_reason_id=o.lost_reason_id,
            lost_reason=o.lost_reason,
            closed_at=o.closed_at,
            notes=o.notes,
            owner_id=o.owner_id,
            owner_name=owner_name,
            version=o.version,
            products=tuple(
                ProductLineDTO(p.product_id, code, name, unit or "", p.quantity, p.unit_price)
                for p, code, name, unit in lines
            ),
            competitor_ids=tuple(competitors),
            members=tuple(MemberDTO(u, n, r) for u, n, r in members),
            extra=dict(o.extra or {}),
        )

    # ----- writing -----------------------------------------------------------------------------------------
    def create(self, data: OpportunityInput) -> int:
        with self.db.unit_of_work() as session:
            return self.create_in(session, data)

    def create_in(self, session: Session, data: OpportunityInput, *, owner_id: int | None = None) -> int:
        """Create inside the caller's unit of work (lead conversion creates customer, contact and deal at once).
        The owner defaults to the acting user."""
        access.require_live(session, self.user, MODULE, "create")
        values, errors = self._validate(session, data)
        extra = apply_extra(
            session, self.user, ENTITY, values, data.extra, builtin_errors=errors, creating=True
        )
        owner = owner_id if owner_id is not None else self.user.user_id
        department = (
            self.user.department_id
            if owner == self.user.user_id
            else session.scalar(select(User.department_id).where(User.id == owner))
        )
        opportunity = Opportunity(
            **values,
            extra=extra,
            owner_id=owner,
            department_id=department,
            created_by=self.user.user_id,
            updated_by=self.user.user_id,
        )
        session.add(opportunity)
        session.flush()
        self._write_children(session, opportunity.id, data)
        audit.record(session, self.user, "create", ENTITY, opportunity.id, values["name"],
                     {**audit.diff({}, values), **extra_diff({}, extra)})  # fmt: skip
        return opportunity.id

    def update(self, opportunity_id: int, version: int, data: OpportunityInput) -> int:
        """Save the editor's input over the record as it was at `version`; returns the new version."""
        try:
            with self.db.unit_of_work() as session:
                access.require_row(session, self.user, ENTITY, opportunity_id, "edit")
                values, errors = self._validate(session, data)
                o = session.get(Opportunity, opportunity_id)
                assert o is not None
                if o.version != version:
                    raise ConcurrentEditError()
                extra = apply_extra(session, self.user, ENTITY, values, data.extra, o.extra,
                                    builtin_errors=errors)  # fmt: skip
                extra_changes = extra_diff(o.extra or {}, extra)
                before = {k: getattr(o, k) for k in values}
                if values["status"] == o.status and o.status != "open":
                    values["closed_at"] = o.closed_at  # re-saving a closed deal keeps its closing moment
                for key, value in values.items():
                    setattr(o, key, value)
                if extra != (o.extra or {}):
                    o.extra = extra
                o.updated_by = self.user.user_id
                o.updated_at = datetime.now(UTC)
                self._write_children(session, o.id, data)
                audit.record(session, self.user, "update", ENTITY, o.id, o.name,
                             {**audit.diff(before, values), **extra_changes})  # fmt: skip
                session.flush()
                return o.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def move_stage(
        self,
        opportunity_id: int,
        version: int,
        stage_id: int,
        *,
        lost_reason_id: int | None = None,
        lost_reason: str | None = None,
    ) -> int:
        """The stage board's drop: move to `stage_id` (probability becomes the stage's default). Returns the new
        version; a lost stage needs a reason; ConcurrentEditError if someone changed the deal meanwhile."""
        try:
            with self.db.unit_of_work() as session:
                o = row_at_version(session, self.user, ENTITY, Opportunity, opportunity_id, version, "edit")
                stage = self._stage(session, stage_id)
                checker = Checker(Opportunity.__table__)  # type: ignore[arg-type]
                before = {"stage_id": o.stage_id, "status": o.status, "probability": o.probability}
                values = self._close_values(checker, stage, o.probability, lost_reason_id, lost_reason)
                values["probability"] = stage.probability
                checker.done()
                for key, value in values.items():
                    setattr(o, key, value)
                o.stage_id = stage.id
                o.updated_by = self.user.user_id
                o.updated_at = datetime.now(UTC)
                audit.record(session, self.user, "update", ENTITY, o.id, o.name,
                             audit.diff(before, {"stage_id": stage.id, **values}))  # fmt: skip
                session.flush()
                return o.version
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    def delete(self, opportunity_id: int, version: int) -> None:
        try:
            with self.db.unit_of_work() as session:
                o = row_at_version(session, self.user, ENTITY, Opportunity, opportunity_id, version, "delete")
                o.deleted_at = datetime.now(UTC)
                o.deleted_by = self.user.user_id
                audit.record(session, self.user, "delete", ENTITY, o.id, o.name)
                session.flush()
        except StaleDataError as error:
            raise ConcurrentEditError() from error

    # ----- helpers -----------------------------------------------------------------------------------------
    def _stage(self, session: Session, stage_id: int | None) -> StageDTO:
        for stage in load_stages(session):
            if stage.id == stage_id:
                return stage
        raise NotFound(UNKNOWN_STAGE)

    @staticmethod
    def _close_values(
        checker: Checker,
        stage: StageDTO,
        probability: int,
        lost_reason_id: int | None,
        lost_reason: str | None,
    ) -> dict[str, Any]:
        reason = clean(lost_reason)
        values: dict[str, Any] = {"status": stage.outcome, "probability": probability}
        if stage.outcome == "open":
            values.update(closed_at=None, lost_reason_id=None, lost_reason=None)
            return values
        values["closed_at"] = datetime.now(UTC)
        if stage.outcome == "won":
            values.update(probability=100, lost_reason_id=None, lost_reason=None)
        else:
            if lost_reason_id is None and not reason:
                checker.add("lost_reason", LOST_REASON_REQUIRED)
            checker.text({"lost_reason": reason}, "lost_reason")
            values.update(probability=0, lost_reason_id=lost_reason_id, lost_reason=reason)
        return values

    def _validate(
        self, session: Session, data: OpportunityInput
    ) -> tuple[dict[str, Any], ValidationError | None]:
        """Cleaned built-in values and their errors (raised together with the custom values' errors)."""
        checker = Checker(Opportunity.__table__)  # type: ignore[arg-type]
        name = clean(data.name)
        checker.text({"name": name}, "name", required=True)
        if data.customer_id is None:
            checker.add("customer_id", REQUIRED)
        elif not access.visible(session, self.user, "customer", data.customer_id, "view"):
            checker.add("customer_id", access.OUT_OF_SCOPE)
        if data.stage_id is None:
            checker.add("stage_id", REQUIRED)
            stage = StageDTO(0, "", "", "", 0, "open")
        else:
            stage = self._stage(session, data.stage_id)
        probability = stage.probability if data.probability is None else data.probability
        if not 0 <= probability <= 100:
            checker.add("probability", BAD_PROBABILITY)
        for line in data.products:
            qty, price = _to_decimal(line.quantity), _to_decimal(line.unit_price)
            if qty is None or price is None or qty <= 0 or price < 0 or price > MAX_AMOUNT:
                checker.add("products", BAD_QUANTITY)
        if not checker.errors.get("products") and data.products:
            wanted = {line.product_id for line in data.products}
            found = set(
                session.scalars(
                    select(Product.id).where(Product.id.in_(wanted), Product.deleted_at.is_(None))
                )
            )
            if wanted - found:
                checker.add("products", UNKNOWN_PRODUCT)
        amount = data.amount
        if amount is None and "products" in checker.errors:
            amount = Decimal("0")  # the lines are wrong already; do not report their sum as well
        elif amount is None:
            amount = sum(
                ((Decimal(line.quantity) * Decimal(line.unit_price)) for line in data.products), Decimal("0")
            ).quantize(Decimal("0.01"))
        if _to_decimal(amount) is None or not Decimal("0") <= Decimal(amount) <= MAX_AMOUNT:
            checker.add("amount", BAD_AMOUNT)
        values = self._close_values(checker, stage, probability, data.lost_reason_id, data.lost_reason)
        notes = clean(data.notes)
        try:
            checker.done()
            errors = None
        except ValidationError as error:
            errors = error
        values.update(
            name=name,
            customer_id=data.customer_id,
            stage_id=stage.id,
            amount=(_to_decimal(amount) or Decimal("0")).quantize(Decimal("0.01")),
            expected_close=data.expected_close,
            notes=notes,
        )
        return values, errors

    def _write_children(self, session: Session, opportunity_id: int, data: OpportunityInput) -> None:
        for model in (OpportunityProduct, OpportunityCompetitor, OpportunityMember):
            session.execute(delete(model).where(model.opportunity_id == opportunity_id))
        for line in data.products:
            session.add(
                OpportunityProduct(
                    opportunity_id=opportunity_id,
                    product_id=line.product_id,
                    quantity=Decimal(line.quantity),
                    unit_price=Decimal(line.unit_price),
                )
            )
        live_competitors = set(
            session.scalars(
                select(Competitor.id).where(
                    Competitor.id.in_(set(data.competitor_ids)), Competitor.deleted_at.is_(None)
                )
            )
        )
        for competitor_id in dict.fromkeys(data.competitor_ids):
            if competitor_id in live_competitors:
                session.add(OpportunityCompetitor(opportunity_id=opportunity_id, competitor_id=competitor_id))
        seen: set[int] = set()
        for user_id, role in data.members:
            if user_id not in seen:
                seen.add(user_id)
                session.add(
                    OpportunityMember(opportunity_id=opportunity_id, user_id=user_id, role=clean(role))
                )


def stage_totals(rows: Sequence[OpportunityRowDTO]) -> dict[int, tuple[int, Decimal]]:
    """Per stage id: how many deals and their total amount (the stage board's column headers)."""
    totals: dict[int, tuple[int, Decimal]] = {}
    for row in rows:
        count, amount = totals.get(row.stage_id, (0, Decimal("0")))
        totals[row.stage_id] = (count + 1, amount + row.amount)
    return totals
