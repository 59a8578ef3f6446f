"""Qualify → convert a lead in one step: customer (new, or an existing one found by the duplicate check) +
contact + opportunity, all in one unit of work; the lead is marked converted with links and becomes read-only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from crm_desktop.db.models import Contact, Customer, Lead
from crm_desktop.db.session import Database
from crm_desktop.services import access, audit, directory, duplicates
from crm_desktop.services.contacts import ContactInput, ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerInput, CustomerService
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.entry import apply_extra
from crm_desktop.services.definitions.schema import Cell, FieldDef, FormLayout, Section
from crm_desktop.services.duplicates import DuplicateReport
from crm_desktop.services.errors import ConcurrentEditError, ValidationError
from crm_desktop.services.leads import MODULE, readable, writable_lead
from crm_desktop.services.opportunities import OpportunityInput, OpportunityService, load_stages

SECTION_LABELS = {"zh_CN": "商机必填信息", "en": "Opportunity details required"}


@dataclass
class ConversionInput:
    """What the convert dialog shows, pre-filled from the lead. existing_customer_id set: use that customer
    instead of creating `customer`. contact None: no contact. create_opportunity False: no opportunity."""

    customer: CustomerInput = field(default_factory=CustomerInput)
    existing_customer_id: int | None = None
    contact: ContactInput | None = field(default_factory=ContactInput)
    create_opportunity: bool = True
    opportunity_name: str = ""
    amount: Decimal | None = None
    expected_close: date | None = None
    stage_id: int | None = None  # None: the first open stage
    opportunity_extra: dict[str, object] = field(
        default_factory=dict
    )  # custom field values of the opportunity


@dataclass(frozen=True)
class OpportunityFields:
    """The custom fields the user's opportunity form requires, laid out for the convert dialog (one section),
    with what their choices pick from: code items (id, name, English name) by code table, and the users."""

    layout: FormLayout
    fields: dict[str, FieldDef]
    codes: dict[str, list[tuple[int, str, str]]]
    users: list[tuple[int, str, str]]


def required_custom_cells(form: FormLayout, fields: Mapping[str, FieldDef]) -> FormLayout:
    """The cells of `form` holding a custom field required there (the field's or the cell's own flag), in one
    section of two columns. Conditions are left out: the dialog asks for each of them; a requirement that
    depends on a condition is still checked on save and then shown above the form."""
    cells = [
        Cell(c.field, required=True)
        for c in form.cells()
        if c.field in fields and fields[c.field].custom and (c.required or fields[c.field].required)
    ]
    rows = tuple(tuple(cells[i : i + 2]) for i in range(0, len(cells), 2))
    return FormLayout(form.entity, (Section("conversion_required", SECTION_LABELS, 2, rows),) if rows else ())


@dataclass(frozen=True)
class ConversionResult:
    customer_id: int
    contact_id: int | None
    opportunity_id: int | None
    customer_created: bool


def _prefixed(error: ValidationError, prefix: str) -> ValidationError:
    """The same field errors under the dialog's field names (customer_name, contact_mobile, …)."""
    return ValidationError(
        {f"{prefix}{k}": v for k, v in error.fields.items()},
        {f"{prefix}{k}": v for k, v in error.field_params.items()},
    )


def _opportunity_input(session: Session, customer_id: int | None, data: ConversionInput) -> OpportunityInput:
    stage_id = data.stage_id
    if stage_id is None:
        stage_id = next((s.id for s in load_stages(session) if s.outcome == "open"), None)
    return OpportunityInput(
        customer_id=customer_id,
        name=data.opportunity_name,
        stage_id=stage_id,
        amount=data.amount if data.amount is not None else Decimal("0"),
        expected_close=data.expected_close,
        extra=dict(data.opportunity_extra),
    )


class LeadConversionService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def prefill(self, lead_id: int) -> ConversionInput:
        with self.db.read_only() as session:
            readable(session, self.user, lead_id)
            lead = session.get(Lead, lead_id)
            assert lead is not None
            customer = CustomerInput(
                name=lead.company,
                phone=lead.phone,
                mobile=lead.mobile,
                email=lead.email,
                address=lead.address,
                industry_id=lead.industry_id,
                region_id=lead.region_id,
                source_id=lead.source_id,
            )
            contact = (
                ContactInput(
                    name=lead.contact_name,
                    job_title=lead.job_title,
                    mobile=lead.mobile,
                    phone=lead.phone,
                    email=lead.email,
                    is_primary=True,
                )
                if lead.contact_name
                else None
            )
            return ConversionInput(customer=customer, contact=contact, opportunity_name=lead.company)

    def opportunity_fields(self) -> OpportunityFields:
        """The required custom fields of the opportunity form the user's station resolves."""
        access.require(self.user, "opportunities", "create")
        with self.db.read_only() as session:
            form = store.form_for(session, "opportunity", self.user.station_code)
            layout = required_custom_cells(form.layout, form.fields)
            shown = [form.fields[key] for key in layout.field_keys()]
            lookups = store.load_lookups(session, shown, users=False)
            codes = {
                table: [(c.id, c.name, c.name_en or c.name) for c in items.values() if c.live]
                for table, items in lookups.codes.items()
            }
        users: list[tuple[int, str, str]] = []
        if any(f.type == "user" for f in shown):
            users = [(p.id, p.full_name, p.full_name) for p in directory.colleagues(self.db)]
        return OpportunityFields(layout, {f.key: f for f in shown}, codes, users)

    def check_duplicates(self, data: ConversionInput) -> DuplicateReport:
        """Customers (within the user's scope, plus a hint for hidden ones) resembling the new customer."""
        access.require(self.user, "customers", "view")
        c = data.customer
        with self.db.read_only() as session:
            return duplicates.find(session, self.user, c.name, (c.phone, c.mobile), c.email)

    def convert(
        self, lead_id: int, version: int, data: ConversionInput, *, check_duplicates: bool = True
    ) -> ConversionResult:
        """Create customer + contact + opportunity and mark the lead converted, all or nothing. With
        check_duplicates and a new customer resembling an existing one, raise DuplicatesFound (nothing saved);
        the dialog then offers the existing customer or saving anyway (check_duplicates=False)."""
        access.require(self.user, MODULE, "edit")
        new_customer = data.existing_customer_id is None
        if new_customer:
            access.require(self.user, "customers", "create")
        errors: dict[str, str] = {}
        params: dict[str, dict[str, object]] = {}
        customer_values: dict[str, object] = {}
        contact_values: dict[str, object] | None = None
        try:
            if new_customer:
                customer_values = CustomerService(self.db, self.user)._validate(data.customer)
        except ValidationError as error:
            errors.update(_prefixed(error, "customer_").fields)
            params.update(_prefixed(error, "customer_").field_params)
        try:
            if data.contact is not None:
                contact_values = ContactService(self.db, self.user)._validate(data.contact)
        except ValidationError as error:
            errors.update(_prefixed(error, "contact_").fields)
            params.update(_prefixed(error, "contact_").field_params)
        if data.create_opportunity:  # the custom values now, so every marked field shows at once
            opportunity = self._opportunity_errors(data)
            errors.update(opportunity.fields)
            params.update(opportunity.field_params)
        if errors:
            raise ValidationError(errors, params)
        with self.db.unit_of_work() as session:
            lead = writable_lead(session, self.user, lead_id)
            if lead.version != version:
                raise ConcurrentEditError()
            if new_customer:
                if check_duplicates:
                    report = duplicates.find(
                        session,
                        self.user,
                        data.customer.name,
                        (data.customer.phone, data.customer.mobile),
                        data.customer.email,
                    )
                    if report.blocking():
                        raise duplicates.DuplicatesFound(report)
                customer_id = self._create_customer(session, customer_values, data.customer.extra)
            else:
                assert data.existing_customer_id is not None
                customer_id = data.existing_customer_id
                access.require_row(
                    session, self.user, "customer", customer_id, "edit" if contact_values else "view"
                )
            contact_id = self._create_contact(session, customer_id, contact_values, new_customer)
            opportunity_id = (
                self._create_opportunity(session, customer_id, data) if data.create_opportunity else None
            )
            lead.status = "converted"
            lead.converted_at = datetime.now(UTC)
            lead.converted_customer_id = customer_id
            lead.converted_contact_id = contact_id
            lead.converted_opportunity_id = opportunity_id
            lead.updated_by = self.user.user_id
            session.flush()
            audit.record(
                session,
                self.user,
                "convert",
                "lead",
                lead_id,
                lead.company,
                {"customer_id": customer_id, "contact_id": contact_id, "opportunity_id": opportunity_id},
            )
            return ConversionResult(customer_id, contact_id, opportunity_id, new_customer)

    def _opportunity_errors(self, data: ConversionInput) -> ValidationError:
        """The opportunity editor's checks of the opportunity to be made (built-in and custom values, under
        "opportunity_<key>"), before anything is saved; its customer does not exist yet and is left out."""
        service = OpportunityService(self.db, self.user)
        with self.db.read_only() as session:
            opportunity = _opportunity_input(session, None, data)
            values, builtin = service._validate(session, opportunity)
            try:
                apply_extra(session, self.user, "opportunity", values, opportunity.extra,
                            builtin_errors=builtin, creating=True)  # fmt: skip
            except ValidationError as error:
                keys = [k for k in error.fields if k != "customer_id"]
                kept = {k: error.field_params[k] for k in keys if k in error.field_params}
                return _prefixed(ValidationError({k: error.fields[k] for k in keys}, kept), "opportunity_")
        return ValidationError({})

    def _create_customer(self, session: Session, values: dict[str, object], extra: dict[str, object]) -> int:
        access.require_live(session, self.user, "customers", "create")
        customer = Customer(
            **values,
            extra=dict(extra),
            owner_id=self.user.user_id,
            department_id=self.user.department_id,
            created_by=self.user.user_id,
            updated_by=self.user.user_id,
        )
        session.add(customer)
        session.flush()
        audit.record(
            session, self.user, "create", "customer", customer.id, str(values["name"]), audit.diff({}, values)
        )
        return customer.id

    def _create_contact(
        self, session: Session, customer_id: int, values: dict[str, object] | None, primary: bool
    ) -> int | None:
        if values is None:
            return None
        values = {**values, "is_primary": primary or bool(values.get("is_primary"))}
        contact = Contact(
            customer_id=customer_id, **values, created_by=self.user.user_id, updated_by=self.user.user_id
        )
        session.add(contact)
        session.flush()
        audit.record(
            session, self.user, "create", "contact", contact.id, str(values["name"]), audit.diff({}, values)
        )
        return contact.id

    def _create_opportunity(self, session: Session, customer_id: int, data: ConversionInput) -> int:
        try:
            return OpportunityService(self.db, self.user).create_in(
                session, _opportunity_input(session, customer_id, data)
            )
        except ValidationError as error:
            raise _prefixed(error, "opportunity_") from error
