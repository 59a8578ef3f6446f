"""Custom values on save, for the services of customisable entities (customer, contact, later others).

`apply_extra` checks what the user typed against the form the user's station resolves — never trusting the
UI — and returns the record's new `extra`: only custom fields on that form are taken from the input, values of
fields elsewhere (another station's form, a deleted field) are kept as stored. Built-in values join in for the
form's required and conditional rules (a station can make a built-in field required).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import FieldDefinition
from crm_desktop.services import audit
from crm_desktop.services.context import UserContext
from crm_desktop.services.definitions import store
from crm_desktop.services.definitions.schema import FieldDef, field_from_dict
from crm_desktop.services.definitions.values import Lookups, check_values, display
from crm_desktop.services.errors import ValidationError


def _json(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def apply_extra(
    session: Session,
    user: UserContext,
    entity: str,
    builtin: Mapping[str, Any],
    submitted: Mapping[str, Any],
    stored: Mapping[str, Any] | None = None,
    *,
    builtin_errors: ValidationError | None = None,
    creating: bool = False,
) -> dict[str, Any]:
    """The new `extra` of a record; raises ValidationError with the built-in field errors (if any) and the
    custom ones together, so the user sees every marked field at once."""
    form = store.form_for(session, entity, user.station_code)
    on_form = [k for k in form.layout.field_keys() if k in form.fields and form.fields[k].custom]
    taken = {k: v for k, v in submitted.items() if k in on_form}
    if creating:
        for key in on_form:
            default = form.fields[key].default
            if key not in taken and default is not None:
                taken[key] = default
    stored = dict(stored or {})
    lookups = store.load_lookups(session, [form.fields[k] for k in on_form])
    current = {**stored, **{k: _json(v) for k, v in builtin.items()}, **taken}
    report = check_values(form.fields, form.layout, current, lookups, check=list(taken))
    errors = dict(builtin_errors.fields) if builtin_errors is not None else {}
    params = dict(builtin_errors.field_params) if builtin_errors is not None else {}
    for key, message in report.errors.items():
        if key not in errors:
            errors[key] = message
            if key in report.params:
                params[key] = report.params[key]
    if errors:
        raise ValidationError(errors, params)
    new = dict(stored)
    for key in taken:
        if report.values.get(key) is None:
            new.pop(key, None)
        else:
            new[key] = report.values[key]
    return new


def extra_diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, object]:
    """Changed custom values as audit entries {"extra.<key>": [old, new]} (removed ones included)."""
    keys = sorted(set(before) | set(after))
    return audit.diff({f"extra.{k}": before.get(k) for k in keys}, {f"extra.{k}": after.get(k) for k in keys})


# ----- search -----------------------------------------------------------------------------------------------------
def searchable_fields(session: Any, entity: str) -> list[FieldDef]:
    """Live custom fields marked searchable (`session` a Session or a Connection)."""
    rows = session.execute(
        select(FieldDefinition.key, FieldDefinition.document).where(
            FieldDefinition.entity == entity, FieldDefinition.deleted_at.is_(None)
        )
    ).all()
    out = []
    for key, document in rows:
        try:
            f = field_from_dict({**document, "key": key})
        except (KeyError, TypeError, ValueError):
            continue
        if f.searchable and not f.code_table and f.type not in ("user", "bool"):
            out.append(f)
    return out


def search_words(fields: Iterable[FieldDef], extra: Mapping[str, Any] | None) -> list[str]:
    """Texts of the searchable custom values of one record (for its search document)."""
    if not extra:
        return []
    out = []
    for f in fields:
        text = display(extra.get(f.key), f, Lookups(), "zh_CN")
        if text:
            out.append(text)
    return out
