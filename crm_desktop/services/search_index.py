"""Keeps `customer_search` (one folded document per customer) in step with customers and their contacts.

A document holds the customer's name, short name and phones, its contacts' names and phones, and the values of
the customer's and its contacts' custom fields marked searchable. Changing a custom field definition of customers
or contacts (searchable flag, deletion) refreshes the documents of the customers that hold a value for it.

`refresh(session, customer_id)` rewrites one document inside the caller's transaction. It runs by itself for
every ORM write: an `after_flush` hook notes customers whose name, short name or phones changed and customers
whose contacts were added, changed or removed, and refreshes them once the flush has run (so every service —
create, update, merge, import — keeps search current without calling anything). Core bulk inserts bypass the
hook: call `refresh` or `rebuild_all` after them. `rebuild_all(db)` refills every document in bulk (demo load, upgrade of an existing database):
documents are computed in Python by id range and written with COPY on PostgreSQL (its GIN indexes dropped and
rebuilt once) or executemany on SQLite (FTS tables rebuilt once at the end).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, event, insert, inspect, select
from sqlalchemy.orm import Session

from crm_desktop.db import search
from crm_desktop.db.models import Contact, Customer, FieldDefinition, SystemSetting
from crm_desktop.db.models.search import CustomerSearch
from crm_desktop.db.session import Database
from crm_desktop.services.definitions import sql as custom_sql
from crm_desktop.services.definitions.entry import search_words, searchable_fields
from crm_desktop.services.duplicates import normalize_name
from crm_desktop.services.search_text import customer_document

CHUNK = 20_000

ProgressCallback = Callable[[int], None]


def _entry(
    customer_id: int,
    name: str | None,
    short_name: str | None,
    phones: Sequence[str | None],
    contacts: Iterable[tuple[str | None, str | None, str | None]],
    words: Iterable[str] = (),
) -> dict[str, Any]:
    contact_list = list(contacts)
    doc, grams = customer_document(
        name,
        short_name,
        [*phones, *(p for c in contact_list for p in c[1:])],
        [*(c[0] for c in contact_list), *words],  # searchable custom values join the contacts' names
    )
    return {"customer_id": customer_id, "name": name or "", "doc": doc, "grams": " ".join(sorted(grams)),
            "name_key": normalize_name(name)[:200]}  # fmt: skip


def document_row(
    customer_id: int,
    name: str | None,
    short_name: str | None,
    phones: Sequence[str | None],
    contacts: Iterable[tuple[str | None, str | None, str | None]] = (),
) -> dict[str, Any]:
    """The `customer_search` row of one customer (for bulk writers that insert customers with Core):
    contacts are (name, mobile, phone)."""
    return _entry(customer_id, name, short_name, phones, contacts)


def refresh(session: Session, customer_id: int) -> None:
    """Rewrite the search document of one customer (call after writing the customer or its contacts)."""
    refresh_many(session, [customer_id])


def refresh_many(session: Session, customer_ids: Iterable[int]) -> None:
    """Rewrite the search documents of these customers, a few statements per 500 of them."""
    wanted = sorted(set(customer_ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        session.execute(delete(CustomerSearch).where(CustomerSearch.customer_id.in_(chunk)))
        entries = _entries(session.connection(), Customer.id.in_(chunk), Contact.customer_id.in_(chunk))
        if entries:
            session.execute(insert(CustomerSearch), entries)


_PENDING = "search_index_pending"
_CUSTOMER_FIELDS = ("name", "short_name", "phone", "mobile", "extra")
_CONTACT_FIELDS = ("name", "mobile", "phone", "extra", "deleted_at", "customer_id")
_FIELD_ENTITIES = {"customer": Customer, "contact": Contact}  # whose custom values join a customer's document


def _changed(obj: object, names: Iterable[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


@event.listens_for(Session, "after_flush")
def _note_changes(session: Session, _context: Any) -> None:
    pending: set[int] = session.info.setdefault(_PENDING, set())
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Customer) and (obj in session.new or _changed(obj, _CUSTOMER_FIELDS)):
            pending.add(obj.id)
        elif isinstance(obj, Contact) and (obj in session.new or obj in session.deleted
                                           or _changed(obj, _CONTACT_FIELDS)):  # fmt: skip
            pending.add(obj.customer_id)
            previous = inspect(obj).attrs.customer_id.history.deleted
            pending.update(i for i in previous or () if isinstance(i, int))
        elif isinstance(obj, FieldDefinition) and obj.entity in _FIELD_ENTITIES and _searchable_change(obj):
            pending.update(_holders(session, obj.entity, obj.key))


def _searchable_change(row: FieldDefinition) -> bool:
    """A custom field started or stopped adding its values to search documents (flag, type or deletion)."""
    state = inspect(row)
    if state.attrs.deleted_at.history.has_changes():
        return True
    old, new = state.attrs.document.history.deleted, state.attrs.document.history.added
    if not new:
        return False
    return bool(_searchable(new[0])) != bool(_searchable(old[0]) if old else False)


def _searchable(document: Any) -> bool:
    return isinstance(document, dict) and bool(document.get("searchable"))


def _holders(session: Session, entity: str, key: str) -> set[int]:
    """Customers holding a value of custom field `key` (their own, or one of their live contacts')."""
    model = _FIELD_ENTITIES[entity]
    owner = Customer.id if model is Customer else Contact.customer_id
    stmt = select(owner).where(custom_sql.text_value(model, key).is_not(None))
    if model is Contact:
        stmt = stmt.where(Contact.deleted_at.is_(None))
    return {i for (i,) in session.execute(stmt.distinct()) if i is not None}


@event.listens_for(Session, "after_flush_postexec")
def _refresh_changed(session: Session, _context: Any) -> None:
    pending: set[int] = session.info.pop(_PENDING, set())
    refresh_many(session, (i for i in pending if i is not None))


def _entries(
    conn: Connection, customers_where: ColumnElement[bool], contacts_where: ColumnElement[bool]
) -> list[dict[str, Any]]:
    """The documents of the customers `customers_where` picks; `contacts_where` picks their contacts."""
    customers = conn.execute(
        select(
            Customer.id, Customer.name, Customer.short_name, Customer.phone, Customer.mobile, Customer.extra
        )
        .where(customers_where)
        .order_by(Customer.id)
    ).all()
    people: dict[int, list[tuple[str | None, str | None, str | None]]] = {}
    contact_words: dict[int, list[str]] = {}
    contact_fields = searchable_fields(conn, "contact")
    for customer_id, name, mobile, phone, extra in conn.execute(
        select(Contact.customer_id, Contact.name, Contact.mobile, Contact.phone, Contact.extra).where(
            contacts_where, Contact.deleted_at.is_(None)
        )
    ):
        people.setdefault(customer_id, []).append((name, mobile, phone))
        contact_words.setdefault(customer_id, []).extend(search_words(contact_fields, extra))
    fields = searchable_fields(conn, "customer")
    return [
        _entry(
            c.id,
            c.name,
            c.short_name,
            (c.phone, c.mobile),
            people.get(c.id, ()),
            [*search_words(fields, c.extra), *contact_words.get(c.id, ())],
        )
        for c in customers
    ]


def _ranges(conn: Connection, chunk: int) -> Iterator[tuple[int, int]]:
    from sqlalchemy import func

    top = conn.execute(select(func.max(Customer.id))).scalar() or 0
    low = 0
    while low < top:
        yield low, min(low + chunk, top)
        low += chunk


def rebuild_all(db: Database, progress: ProgressCallback | None = None, *, chunk: int = CHUNK) -> int:
    """Recompute every customer's document; returns how many were written."""
    with db.unit_of_work() as session:
        written = rebuild_connection(session.connection(), progress, chunk=chunk)
        session.execute(delete(SystemSetting).where(SystemSetting.key == search.REBUILD_FLAG))
    return written


def rebuild_connection(
    conn: Connection, progress: ProgressCallback | None = None, *, chunk: int = CHUNK
) -> int:
    """`rebuild_all` inside an open transaction."""
    search.drop_structures(conn)
    conn.execute(delete(CustomerSearch))
    written = 0
    for low, high in _ranges(conn, chunk):
        entries = _entries(
            conn,
            and_(Customer.id > low, Customer.id <= high),
            and_(Contact.customer_id > low, Contact.customer_id <= high),
        )
        if entries:
            _write(conn, entries)
        written += len(entries)
        if progress is not None:
            progress(written)
    if conn.dialect.name == "postgresql":  # GIN builds are several times faster with room to sort in
        conn.exec_driver_sql("SET LOCAL maintenance_work_mem = '512MB'")
    search.create_structures(conn)
    search.rebuild(conn)
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("ANALYZE customer_search")
    return written


def _write(conn: Connection, entries: list[dict[str, Any]]) -> None:
    if conn.dialect.name != "postgresql":
        conn.execute(insert(CustomerSearch), entries)
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    with (
        driver.cursor() as cursor,
        cursor.copy("COPY customer_search (customer_id, name, doc, grams, name_key) FROM STDIN") as copy,
    ):
        for entry in entries:
            copy.write_row(
                (entry["customer_id"], entry["name"], entry["doc"], entry["grams"], entry["name_key"])
            )


def rebuild_if_flagged(db: Database) -> bool:
    """Run `rebuild_all` when a migration asked for it (documents of customers that existed before search)."""
    with db.read_only() as session:
        flagged = session.scalar(select(SystemSetting.value).where(SystemSetting.key == search.REBUILD_FLAG))
    if flagged is None:
        return False
    rebuild_all(db)
    return True
