"""Values of fields in their JSON form: checking, normalising, showing, and reading them from text (import).

JSON form per type: text-like types a str; integer an int; decimal / money a str of a Decimal (money with two
places); date "YYYY-MM-DD"; datetime ISO 8601 with an offset; bool a bool; choice the code item id (int) when the
field has a code table, else the option's value (str); multichoice a list of such; user a user id (int).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from crm_desktop.services.definitions.conditions import cell_state, is_empty
from crm_desktop.services.definitions.schema import FieldDef, FormLayout, label_for
from crm_desktop.services.errors import QT_TRANSLATE_NOOP
from crm_desktop.services.validation import _EMAIL, _PHONE, BAD_EMAIL, BAD_PHONE, REQUIRED, TOO_LONG

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "Enter a number.")
NOT_A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Errors", "Enter a whole number.")
TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP("Errors", "At most two decimal places.")
TOO_SMALL = QT_TRANSLATE_NOOP("Errors", "At least {min}.")
TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "At most {max}.")
BAD_DATE = QT_TRANSLATE_NOOP("Errors", "Enter a date as YYYY-MM-DD.")
BAD_DATETIME = QT_TRANSLATE_NOOP("Errors", "Enter a date and time.")
BAD_BOOL = QT_TRANSLATE_NOOP("Errors", "Choose yes or no.")
BAD_CHOICE = QT_TRANSLATE_NOOP("Errors", "Choose a value from the list.")
DELETED_CHOICE = QT_TRANSLATE_NOOP(
    "Errors", "The chosen value \u201c{value}\u201d was removed from the code table; choose another."
)
BAD_USER = QT_TRANSLATE_NOOP("Errors", "Choose a user from the list.")
BAD_URL = QT_TRANSLATE_NOOP("Errors", "This is not a valid web address.")
NO_MATCH = QT_TRANSLATE_NOOP("Errors", "The value does not have the required form.")

_URL = re.compile(r"^(https?://)?[^\s/@]+\.[^\s/@]+(/\S*)?$", re.IGNORECASE)
_TRUE = {"1", "true", "yes", "y", "是", "对", "√", "✓"}
_FALSE = {"0", "false", "no", "n", "否", "不", "×", "✗"}
_TEXT_TYPES = ("text", "textarea", "phone", "email", "url")


class ValueProblem(Exception):
    """A value breaks its field's rule: `message` is an English source string (context "Errors")."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


@dataclass(frozen=True)
class CodeLabel:
    id: int
    code: str
    name: str
    name_en: str
    live: bool  # False: deleted or deactivated since

    def label(self, locale: str) -> str:
        return self.name_en if locale.startswith("en") and self.name_en else self.name


@dataclass(frozen=True)
class Lookups:
    """Names for ids: code items by category (deleted ones included, marked), users by id. A category or the
    users left out means "not loaded": ids are then not checked against it."""

    codes: Mapping[str, Mapping[int, CodeLabel]] = field(default_factory=dict)
    users: Mapping[int, str] | None = None


@dataclass(frozen=True)
class ValueReport:
    values: dict[str, Any]  # normalised JSON values of the fields checked
    errors: dict[str, str]  # field key -> message
    params: dict[str, dict[str, object]]


# ----- one value --------------------------------------------------------------------------------------------------
def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool) or (isinstance(value, float) and value != value):
        raise ValueProblem(NOT_A_NUMBER)
    try:
        number = Decimal(str(value).strip().replace(",", "").replace("，", ""))
    except (InvalidOperation, ValueError) as error:
        raise ValueProblem(NOT_A_NUMBER) from error
    if not number.is_finite():
        raise ValueProblem(NOT_A_NUMBER)
    return number


def _bounds(value: Any, f: FieldDef, convert: Any) -> None:
    if f.minimum is not None and value < convert(f.minimum):
        raise ValueProblem(TOO_SMALL, min=f.minimum)
    if f.maximum is not None and value > convert(f.maximum):
        raise ValueProblem(TOO_LARGE, max=f.maximum)


def _text(value: Any, f: FieldDef) -> str:
    if not isinstance(value, str):
        value = str(value)
    if f.max_length is not None and len(value) > f.max_length:
        raise ValueProblem(TOO_LONG, max=f.max_length, length=len(value))
    if f.type == "email" and not _EMAIL.match(value):
        raise ValueProblem(BAD_EMAIL)
    if f.type == "phone" and not _PHONE.match(value):
        raise ValueProblem(BAD_PHONE)
    if f.type == "url" and not _URL.match(value):
        raise ValueProblem(BAD_URL)
    if f.pattern:
        try:
            matches = re.fullmatch(f.pattern, value) is not None
        except re.error:
            matches = True  # a bad pattern is caught when the field is saved; never block data entry on it
        if not matches:
            raise ValueProblem(NO_MATCH)
    return value


def _integer(value: Any, f: FieldDef) -> int:
    if isinstance(value, bool):
        raise ValueProblem(NOT_A_WHOLE_NUMBER)
    number = _decimal(value)
    if number != number.to_integral_value():
        raise ValueProblem(NOT_A_WHOLE_NUMBER)
    result = int(number)
    _bounds(result, f, lambda s: _decimal(s))
    return result


def _number_text(value: Any, f: FieldDef) -> str:
    number = _decimal(value)
    if f.type == "money":
        if number.as_tuple().exponent < -2:  # type: ignore[operator]
            raise ValueProblem(TOO_MANY_DECIMALS)
        number = number.quantize(Decimal("0.01"))
    _bounds(number, f, lambda s: _decimal(s))
    return str(number)


def _date(value: Any, f: FieldDef) -> str:
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        try:
            value = date.fromisoformat(str(value).strip())
        except ValueError as error:
            raise ValueProblem(BAD_DATE) from error
    _bounds(value, f, lambda s: date.fromisoformat(s[:10]))
    return value.isoformat()


def _datetime(value: Any, f: FieldDef) -> str:
    if not isinstance(value, datetime):
        try:
            value = datetime.fromisoformat(str(value).strip())
        except ValueError as error:
            raise ValueProblem(BAD_DATETIME) from error
    if value.tzinfo is None:
        raise ValueProblem(BAD_DATETIME)
    if f.minimum is not None and value.date() < date.fromisoformat(f.minimum[:10]):
        raise ValueProblem(TOO_SMALL, min=f.minimum)
    if f.maximum is not None and value.date() > date.fromisoformat(f.maximum[:10]):
        raise ValueProblem(TOO_LARGE, max=f.maximum)
    return value.isoformat()


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueProblem(BAD_BOOL)


def _one_choice(value: Any, f: FieldDef, lookups: Lookups) -> int | str:
    if f.code_table:
        if isinstance(value, bool):
            raise ValueProblem(BAD_CHOICE)
        try:
            item_id = int(value)
        except (TypeError, ValueError) as error:
            raise ValueProblem(BAD_CHOICE) from error
        items = lookups.codes.get(f.code_table)
        if items is not None:
            item = items.get(item_id)
            if item is None:
                raise ValueProblem(BAD_CHOICE)
            if not item.live:
                raise ValueProblem(DELETED_CHOICE, value=item.name)
        return item_id
    allowed = {o.value for o in f.options}
    if str(value) not in allowed:
        raise ValueProblem(BAD_CHOICE)
    return str(value)


def _user(value: Any, lookups: Lookups) -> int:
    if isinstance(value, bool):
        raise ValueProblem(BAD_USER)
    try:
        user_id = int(value)
    except (TypeError, ValueError) as error:
        raise ValueProblem(BAD_USER) from error
    if lookups.users is not None and user_id not in lookups.users:
        raise ValueProblem(BAD_USER)
    return user_id


def normalize(value: Any, f: FieldDef, lookups: Lookups | None = None) -> Any:
    """The value in its JSON form (None when empty); raises ValueProblem when it breaks the field's rule."""
    lookups = lookups or Lookups()
    if isinstance(value, str) and f.type not in ("textarea",):
        value = value.strip()
    if is_empty(value):
        return None
    if f.type in _TEXT_TYPES:
        return _text(value, f)
    if f.type == "integer":
        return _integer(value, f)
    if f.type in ("decimal", "money"):
        return _number_text(value, f)
    if f.type == "date":
        return _date(value, f)
    if f.type == "datetime":
        return _datetime(value, f)
    if f.type == "bool":
        return _bool(value)
    if f.type == "choice":
        return _one_choice(value, f, lookups)
    if f.type == "multichoice":
        items = value if isinstance(value, (list, tuple, set)) else [value]
        return list(dict.fromkeys(_one_choice(v, f, lookups) for v in items))
    if f.type == "user":
        return _user(value, lookups)
    raise ValueProblem(BAD_CHOICE)


# ----- a whole form -----------------------------------------------------------------------------------------------
def check_values(
    fields: Mapping[str, FieldDef],
    layout: FormLayout | None,
    values: Mapping[str, Any],
    lookups: Lookups | None = None,
    *,
    check: Iterable[str] | None = None,
) -> ValueReport:
    """Check `values` (built-in and custom, keyed by field) against the fields and the form's rules.

    Required-ness (the field's own and the cell's, conditional ones included) applies to the fields on `layout`
    that are visible under the current values; with no layout, to every field in `fields`. Values are normalised
    and checked for the keys in `check` (default: every key of `values` that names a field)."""
    errors: dict[str, str] = {}
    params: dict[str, dict[str, object]] = {}
    clean: dict[str, Any] = {}
    for key in values.keys() if check is None else check:
        f = fields.get(key)
        if f is None:
            continue
        try:
            clean[key] = normalize(values.get(key), f, lookups)
        except ValueProblem as problem:
            errors[key], params[key] = problem.message, dict(problem.params)
    current = {**values, **clean}
    if layout is not None:
        required = [c.field for c in layout.cells() if cell_state(c, fields.get(c.field), current).required]
    else:
        required = [k for k, f in fields.items() if f.required]
    for key in required:
        if key not in errors and is_empty(current.get(key)):
            errors[key] = REQUIRED
    return ValueReport(clean, errors, params)


def validate_values(
    fields: Mapping[str, FieldDef],
    layout: FormLayout | None,
    values: Mapping[str, Any],
    lookups: Lookups | None = None,
) -> dict[str, str]:
    """field key -> message (English source string, context "Errors") for every value that breaks a rule."""
    return check_values(fields, layout, values, lookups).errors


# ----- showing and reading text -----------------------------------------------------------------------------------
def _choice_label(value: Any, f: FieldDef, lookups: Lookups, locale: str) -> str:
    if f.code_table:
        try:
            item = lookups.codes.get(f.code_table, {}).get(int(value))
        except (TypeError, ValueError):
            item = None
        return item.label(locale) if item is not None else str(value)
    option = next((o for o in f.options if o.value == str(value)), None)
    return label_for(option.labels, locale) if option is not None else str(value)


def display(value: Any, f: FieldDef, lookups: Lookups | None = None, locale: str = "zh_CN") -> str:
    """The value as text for lists, exports and prints."""
    lookups = lookups or Lookups()
    if is_empty(value):
        return ""
    if f.type == "bool":
        yes = value is True or str(value).lower() in _TRUE
        return ("Yes" if yes else "No") if locale.startswith("en") else ("是" if yes else "否")
    if f.type == "choice":
        return _choice_label(value, f, lookups, locale)
    if f.type == "multichoice":
        items = value if isinstance(value, (list, tuple)) else [value]
        return ", ".join(_choice_label(v, f, lookups, locale) for v in items)
    if f.type == "user":
        try:
            return (lookups.users or {}).get(int(value), str(value))
        except (TypeError, ValueError):
            return str(value)
    if f.type == "datetime":
        try:
            return datetime.fromisoformat(str(value)).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _choice_from_text(text: str, f: FieldDef, lookups: Lookups) -> int | str:
    wanted = text.strip().casefold()
    if f.code_table:
        for item in (lookups.codes.get(f.code_table) or {}).values():
            if item.live and wanted in (item.code.casefold(), item.name.casefold(), item.name_en.casefold()):
                return item.id
        if wanted.isdigit():
            return int(wanted)
        raise ValueProblem(BAD_CHOICE)
    for option in f.options:
        names = {option.value.casefold(), *(label.casefold() for label in option.labels.values())}
        if wanted in names:
            return option.value
    raise ValueProblem(BAD_CHOICE)


def parse_text(text: Any, f: FieldDef, lookups: Lookups | None = None) -> Any:
    """A value typed by a person (an Excel cell) in its JSON form; raises ValueProblem. Choices match the code,
    the Chinese or the English name; multichoice items are separated by commas, semicolons or 、."""
    lookups = lookups or Lookups()
    if isinstance(text, datetime) and f.type == "date":
        text = text.date()
    if text is None or not isinstance(text, (str, date)):
        return normalize(text, f, lookups)
    if isinstance(text, date):
        return normalize(text, f, lookups)
    if not text.strip():
        return None
    if f.type == "choice":
        return normalize(_choice_from_text(text, f, lookups), f, lookups)
    if f.type == "multichoice":
        parts = [p for p in re.split(r"[,，;；、]", text) if p.strip()]
        return normalize([_choice_from_text(p, f, lookups) for p in parts], f, lookups)
    if f.type == "user":
        wanted = text.strip()
        for user_id, name in (lookups.users or {}).items():
            if name == wanted:
                return user_id
    if f.type == "datetime":
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError as error:
            raise ValueProblem(BAD_DATETIME) from error
        return normalize(moment if moment.tzinfo else moment.astimezone(), f, lookups)
    return normalize(text, f, lookups)
