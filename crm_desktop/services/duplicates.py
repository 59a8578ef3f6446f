"""Duplicate check for customers: normalised name, phone and e-mail, scored candidates within the user's scope.

A match outside the user's data scope is never shown; the report only says that such a record exists
(`hidden_match`), so the user can ask the office instead of entering the customer twice.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CompoundSelect, Select, and_, false, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from crm_desktop.db import search
from crm_desktop.db.models import Customer, User
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.errors import QT_TRANSLATE_NOOP, ServiceError
from crm_desktop.services.search_text import SHORT_QUERY_MAX, fold, is_indexed_short_query

# Legal-form and organisational suffixes, stripped repeatedly from the end (longest first).
LEGAL_SUFFIXES = sorted(
    (
        "股份有限公司", "有限责任公司", "有限公司", "分公司", "子公司", "总公司", "集团", "公司",
        "股份", "控股", "有限", "co ltd", "coltd", "co", "ltd", "limited", "inc", "corp", "corporation",
        "gmbh", "llc",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
NAME_THRESHOLD = 0.75  # shown as a candidate
BLOCKING_SCORE = 0.85  # a save with check_duplicates refuses at or above this
MAX_SCANNED = 300  # candidates read per fuzzy branch (name fragment, phone)

_PLAIN_SUFFIXES = tuple(suffix.replace(" ", "") for suffix in LEGAL_SUFFIXES)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_EXTENSION = re.compile(r"转|分机|ext\.?|x|#")


class _DigitsOnly(dict[int, str | None]):
    """A `str.translate` table keeping the characters `str.isdigit` accepts, learnt one character at a time."""

    def __missing__(self, code: int) -> str | None:
        if len(self) >= 65536:  # text made of every character there is: start again
            self.clear()
        ch = chr(code)
        value = self[code] = ch if ch.isdigit() else None
        return value


_PHONE_DIGITS = _DigitsOnly()


def normalize_name(name: str | None) -> str:
    """深圳市华强电子（集团）有限公司 → 深圳市华强电子: NFKC, lower case, brackets, punctuation, spaces and
    legal-form suffixes removed."""
    if not name:
        return ""
    if not name.isascii():  # NFKC leaves ASCII as it is
        name = unicodedata.normalize("NFKC", name)
    text = name.lower()
    text = _NOT_WORD.sub("", _BRACKETS.sub("", text))  # spaces included
    while text.endswith(_PLAIN_SUFFIXES):
        for plain in _PLAIN_SUFFIXES:
            if len(text) > len(plain) and text.endswith(plain):
                text = text[: -len(plain)]
                break
        else:
            break
    return text


def normalize_phone(phone: str | None) -> str:
    """Digits only (full-width folded), without a +86/0086 country prefix and without an extension."""
    if not phone:
        return ""
    if not phone.isascii():
        phone = unicodedata.normalize("NFKC", phone)
    text = phone.lower()
    extension = _EXTENSION.search(text)
    if extension is not None:
        text = text[: extension.start()]
    digits = text.translate(_PHONE_DIGITS)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 11:
            digits = digits[len(prefix) :]
    return digits


def phone_key(digits: str) -> str:
    """The comparable part of a normalised phone: the last 10 digits (ignores trunk 0 and country code)."""
    return digits[-10:]


def normalize_email(email: str | None) -> str:
    return unicodedata.normalize("NFKC", email).strip().lower() if email else ""


def name_similarity(a: str, b: str) -> float:
    """0..1 on normalised names; one name containing the other counts as very similar."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        ratio = max(ratio, 0.9)
    return ratio


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    name: str
    owner_name: str | None
    phone: str | None
    score: float
    reasons: tuple[str, ...]  # "name", "phone", "email"
    in_pool: bool


@dataclass(frozen=True)
class DuplicateReport:
    candidates: list[DuplicateCandidate]
    hidden_match: bool  # a similar customer exists that the user may not see

    @property
    def empty(self) -> bool:
        return not self.candidates and not self.hidden_match

    def blocking(self) -> bool:
        return self.hidden_match or any(c.score >= BLOCKING_SCORE for c in self.candidates)


class DuplicatesFound(ServiceError):
    """A save asked to check for duplicates and found some; `report` lists them."""

    def __init__(self, report: DuplicateReport) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "A similar customer already exists. Check the candidates before saving."
            )
        )
        self.report = report


def _candidate_ids(
    session: Session, name_key: str, phones: Iterable[str], email: str
) -> Select[Any] | CompoundSelect[Any]:
    """Ids of every customer that could match, each branch served by an index (scored in Python afterwards):
    the same normalised name (`customer_search.name_key`), the name's first and last four characters in the
    search document (trigram indexes; Chinese pairs through the short-gram index), a phone's last seven digits
    in the document, the same e-mail (index on lower(email))."""
    dialect = session.get_bind().dialect.name
    branches: list[Select[Any]] = []
    if name_key:
        branches.append(select(CustomerSearch.customer_id).where(CustomerSearch.name_key == name_key))
        folded = fold(name_key)
        for fragment in {folded[:4], folded[-4:]} if len(folded) >= 2 else set():
            if len(fragment) > SHORT_QUERY_MAX:
                branches.append(search.substring_ids(dialect, fragment).limit(MAX_SCANNED))
            elif is_indexed_short_query(fragment):
                branches.append(search.gram_ids(dialect, fragment).limit(MAX_SCANNED))
    for digits in phones:
        branches.append(search.substring_ids(dialect, digits[-7:]).limit(MAX_SCANNED))
    if email:
        branches.append(select(Customer.id).where(func.lower(Customer.email) == email))
    if not branches:
        return select(Customer.id).where(false())
    # Each branch is its own sub-select so its LIMIT stays with it (SQLite allows no LIMIT in a bare UNION arm).
    return union(*(select(branch.subquery().c[0]) for branch in branches))


def find(
    session: Session,
    user: UserContext,
    name: str | None,
    phones: Iterable[str | None] = (),
    email: str | None = None,
    exclude_id: int | None = None,
) -> DuplicateReport:
    """Candidates for a customer with these details, best first, within what `user` may see."""
    name_key = normalize_name(name)
    phone_keys = {phone_key(p) for p in (normalize_phone(x) for x in phones) if len(p) >= 7}
    email_key = normalize_email(email)
    owner = aliased(User)
    visible = access.scope_filter(session, user, "customer", "view")
    pool = (
        and_(Customer.owner_id.is_(None), Customer.deleted_at.is_(None))
        if user.can("pool", "view")
        else false()
    )
    stmt = (
        select(Customer.id, Customer.name, owner.full_name, Customer.phone, Customer.mobile, Customer.email,
               Customer.owner_id, or_(visible, pool).label("visible"))
        .outerjoin(owner, owner.id == Customer.owner_id)
        .where(
            Customer.deleted_at.is_(None),
            Customer.id.in_(_candidate_ids(session, name_key, phone_keys, email_key)),
        )
        .order_by(Customer.id)
    )  # fmt: skip
    if exclude_id is not None:
        stmt = stmt.where(Customer.id != exclude_id)
    candidates: list[DuplicateCandidate] = []
    hidden = False
    for cid, cname, owner_name, phone, mobile, cemail, owner_id, is_visible in session.execute(stmt):
        reasons: list[str] = []
        score = name_similarity(name_key, normalize_name(cname))
        if score >= NAME_THRESHOLD:
            reasons.append("name")
        if phone_keys & {phone_key(normalize_phone(phone)), phone_key(normalize_phone(mobile))}:
            reasons.append("phone")
            score = 1.0
        if email_key and normalize_email(cemail) == email_key:
            reasons.append("email")
            score = 1.0
        if not reasons:
            continue
        if not is_visible:
            hidden = True
            continue
        candidates.append(
            DuplicateCandidate(cid, cname, owner_name, phone or mobile, round(score, 2), tuple(reasons),
                               owner_id is None)
        )  # fmt: skip
    candidates.sort(key=lambda c: (-c.score, c.name, c.id))
    return DuplicateReport(candidates[:20], hidden)


class DuplicateService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def check(
        self,
        name: str | None,
        phones: Iterable[str | None] = (),
        email: str | None = None,
        exclude_id: int | None = None,
    ) -> DuplicateReport:
        access.require(self.user, "customers", "view")
        with self.db.read_only() as session:
            return find(session, self.user, name, list(phones), email, exclude_id)
