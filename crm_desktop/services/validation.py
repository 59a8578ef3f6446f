"""Input checks shared by the services: required fields, lengths taken from the table definition, formats."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Table

from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ValidationError

REQUIRED = QT_TRANSLATE_NOOP("Errors", "This field is required.")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "At most {max} characters (now {length}).")
BAD_EMAIL = QT_TRANSLATE_NOOP("Errors", "This is not a valid e-mail address.")
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Errors", "A phone number may contain only digits, spaces, + - ( ) and an extension."
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Full-width digits, plus, minus and brackets are accepted as typed with a Chinese IME.
_PHONE = re.compile(
    r"^[+＋]?[0-9０-９()（）\-－\s/,，]{3,}((转|分机|ext\.?|x|#)\s*[0-9０-９]{1,6})?$", re.IGNORECASE
)


# Column lengths of each table, looked up once (a table's columns do not change).
_LENGTHS: WeakKeyDictionary[Table, dict[str, int | None]] = WeakKeyDictionary()


class Checker:
    """Collects field errors for one input; `done()` raises them together so the user sees all at once."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.errors: dict[str, str] = {}
        self.params: dict[str, dict[str, object]] = {}
        lengths = _LENGTHS.get(table)
        if lengths is None:
            lengths = _LENGTHS[table] = {}
        self._lengths = lengths

    def text(
        self, data: Mapping[str, Any], field: str, *, required: bool = False, column: str | None = None
    ) -> None:
        value = data.get(field)
        if isinstance(value, str):
            value = value.strip()
        if not value:
            if required:
                self.errors[field] = REQUIRED
            return
        name = column or field
        try:
            length = self._lengths[name]
        except KeyError:
            length = self._lengths[name] = getattr(self.table.c[name].type, "length", None)
        if length is not None and len(value) > length:
            self.errors[field] = TOO_LONG
            self.params[field] = {"max": length, "length": len(value)}

    def email(self, data: Mapping[str, Any], field: str) -> None:
        value = (data.get(field) or "").strip()
        if value and field not in self.errors and not _EMAIL.match(value):
            self.errors[field] = BAD_EMAIL

    def phone(self, data: Mapping[str, Any], field: str) -> None:
        value = (data.get(field) or "").strip()
        if value and field not in self.errors and not _PHONE.match(value):
            self.errors[field] = BAD_PHONE

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def done(self) -> None:
        if self.errors:
            raise ValidationError(self.errors, self.params)


def clean(value: Any) -> Any:
    """Strip strings and turn empty ones into None."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def clean_fields(values: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """`clean` applied to the named values (one pass, for checking many rows)."""
    return {
        name: (value.strip() or None) if isinstance(value := values[name], str) else value for name in names
    }
