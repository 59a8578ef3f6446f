"""The sales lists (leads, opportunities, quotes, contracts, orders) sorted by any column on the server, built-in
or custom, ascending and descending, rows without a value last, keyset-paged across page boundaries; searchable
custom fields matched by the lists' search box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select, update

from crm_desktop.db.models import Contract, Lead, Opportunity, Quote, SalesOrder, User
from crm_desktop.db.session import Database
from crm_desktop.services import demo
from crm_desktop.services.context import UserContext
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.leads import LeadService
from crm_desktop.services.list_sort import ListSort, SortCursor
from crm_desktop.services.opportunities import OpportunityFilter, OpportunityService
from crm_desktop.services.orders import OrderQuery, OrderService
from crm_desktop.services.quotes import QuoteService
from tests.services.helpers import context_for

RANK = FieldDef("x_rank", "integer", {"zh_CN": "等级", "en": "Rank"})
TAG = FieldDef("x_tag", "text", {"zh_CN": "标签", "en": "Tag"}, searchable=True)
Fetch = Callable[..., tuple[list[Any], SortCursor | None]]


@dataclass(frozen=True)
class SalesList:
    model: Any
    date_key: str  # a built-in date column that may be empty
    fetch: Callable[[Database, UserContext], Fetch]  # (sort=, cursor=, limit=, text=) -> rows, next cursor


def _leads(db: Database, user: UserContext) -> Fetch:
    def fetch(text: str = "", **kw: Any) -> tuple[list[Any], SortCursor | None]:
        page = LeadService(db, user).list_page(text, **kw)
        return page.rows, page.next_cursor

    return fetch


def _opportunities(db: Database, user: UserContext) -> Fetch:
    def fetch(text: str = "", **kw: Any) -> tuple[list[Any], SortCursor | None]:
        page = OpportunityService(db, user).list_page(OpportunityFilter(text=text), **kw)
        return page.rows, page.next_cursor

    return fetch


def _quotes(db: Database, user: UserContext) -> Fetch:
    def fetch(text: str = "", **kw: Any) -> tuple[list[Any], SortCursor | None]:
        page = QuoteService(db, user).list_page(text=text, **kw)
        return page.rows, page.next_cursor

    return fetch


def _contracts(db: Database, user: UserContext) -> Fetch:
    def fetch(text: str = "", **kw: Any) -> tuple[list[Any], SortCursor | None]:
        page = ContractService(db, user).list_page(text=text, **kw)
        return page.rows, page.next_cursor

    return fetch


def _orders(db: Database, user: UserContext) -> Fetch:
    def fetch(text: str = "", **kw: Any) -> tuple[list[Any], SortCursor | None]:
        page = OrderService(db, user).list_page(OrderQuery(text=text), **kw)
        return page.rows, page.next_cursor

    return fetch


LISTS = {
    "lead": SalesList(Lead, "last_followup_at", _leads),
    "opportunity": SalesList(Opportunity, "expected_close", _opportunities),
    "quote": SalesList(Quote, "valid_until", _quotes),
    "contract": SalesList(Contract, "signed_at", _contracts),
    "order": SalesList(SalesOrder, "order_date", _orders),
}


@pytest.fixture
def office(db: Database) -> tuple[Database, UserContext]:
    demo.load_demo(db, customers=12)
    with db.read_only() as s:
        admin_id = s.scalar(select(User.id).where(User.login == "admin"))
    assert admin_id is not None
    return db, context_for(db, admin_id)


def walk(fetch: Fetch, sort: ListSort, limit: int) -> list[Any]:
    """Every row, page after page of `limit`."""
    rows, cursor = fetch(sort=sort, limit=limit)
    seen = list(rows)
    while cursor is not None:
        rows, cursor = fetch(sort=sort, cursor=cursor, limit=limit)
        assert rows, "a cursor promised more rows"
        seen.extend(rows)
    return seen


def expected(values: dict[int, Any], descending: bool) -> list[int]:
    """Ids in (value, id) order, `descending` reversing both, rows without a value last."""
    filled = sorted((v, i) for i, v in values.items() if v is not None)
    blank = sorted(i for i, v in values.items() if v is None)
    if descending:
        return [i for _v, i in reversed(filled)] + blank[::-1]
    return [i for _v, i in filled] + blank


def _copies(db: Database, model: Any, wanted: int) -> None:
    """Copies of the newest row until there are `wanted` (the demo signs few contracts)."""
    table = model.__table__
    with db.unit_of_work() as s:
        rows = s.execute(select(table).order_by(table.c.id.desc())).mappings().all()
        for n in range(wanted - len(rows)):
            values = {k: v for k, v in rows[0].items() if k != "id"}
            if "number" in values:
                values["number"] = f"{values['number']}-{n}"
            if "quote_id" in values:
                values["quote_id"] = None
            s.execute(table.insert().values(**values))


def _give_values(db: Database, model: Any, ids: list[int]) -> dict[int, Any]:
    """x_rank for most rows (ties: only five values), none for every fourth; x_tag on one row."""
    values: dict[int, Any] = {}
    with db.unit_of_work() as s:
        for n, row_id in enumerate(ids):
            rank = None if n % 4 == 0 else (n * 7) % 5 - 2
            values[row_id] = rank
            extra: dict[str, Any] = {} if rank is None else {"x_rank": rank}
            if n == 3:
                extra["x_tag"] = "Lantern festival"
            s.execute(update(model).where(model.id == row_id).values(extra=extra))
    return values


@pytest.mark.parametrize("entity", sorted(LISTS))
def test_sort_by_builtin_and_custom_columns_pages_without_loss(
    office: tuple[Database, UserContext], entity: str
) -> None:
    db, admin = office
    spec = LISTS[entity]
    DefinitionService(db, admin).create_field(entity, RANK)
    DefinitionService(db, admin).create_field(entity, TAG)
    _copies(db, spec.model, 10)
    fetch = spec.fetch(db, admin)
    default_rows, _ = fetch(limit=10_000)
    ids = [r.id for r in default_rows]
    assert len(ids) >= 8, f"the demo should give several {entity} rows"
    values = _give_values(db, spec.model, ids)

    # a custom column: numbers in order, ties by id, empty ones last, both directions, across page boundaries
    for descending in (False, True):
        sort = ListSort("x_rank", descending)
        want = expected(values, descending)
        assert [r.id for r in walk(fetch, sort, 3)] == want
        assert [r.id for r in fetch(sort=sort, limit=10_000)[0]] == want
    rows, _ = fetch(sort=ListSort("x_rank"), limit=10_000)
    assert [r.extra.get("x_rank") for r in rows][-1] is None  # the DTOs still carry their custom values

    # a built-in date column (may be empty)
    column = getattr(spec.model, spec.date_key)
    with db.read_only() as s:
        dates: dict[int, Any] = dict(
            s.execute(select(spec.model.id, column).where(spec.model.id.in_(ids))).all()
        )
    for descending in (False, True):
        sort = ListSort(spec.date_key, descending)
        assert [r.id for r in walk(fetch, sort, 4)] == expected(dates, descending)

    # searchable custom field: found by the search box
    found, _ = fetch(text="lantern", limit=100)
    assert [r.id for r in found] == [ids[3]]

    with pytest.raises(ValueError):
        fetch(sort=ListSort("no_such_column"), limit=5)


def test_every_list_column_sorts(office: tuple[Database, UserContext]) -> None:
    """Whatever column a list layout shows (built-in fields, list-only ones such as the customer's name), its
    header sorts; both directions page on from a cursor."""
    db, admin = office
    for entity, spec in LISTS.items():
        fetch = spec.fetch(db, admin)
        for f in entities.list_fields(entity):
            for descending in (False, True):
                first, cursor = fetch(sort=ListSort(f.key, descending), limit=1)
                if cursor is not None:
                    more, _ = fetch(sort=ListSort(f.key, descending), cursor=cursor, limit=1)
                    assert more and more[0].id != first[0].id, (entity, f.key)
