"""The migrations' helper for the stations' module lists: keys taken out and put back per station, in front of
another key when asked, other keys and unlisted stations left as they were."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pytest
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, select, update

from crm_desktop.db.migrations.station_modules import set_station_modules
from crm_desktop.db.models import Station
from crm_desktop.db.session import Database

START = {
    "storefront": ["home", "customers"],
    "key_accounts": ["home", "opportunities", "customers"],
    "repair": ["home", "zzz"],
}


@pytest.fixture
def conn(db: Database) -> Iterator[Connection]:
    with db.engine.begin() as connection:
        for code, modules in START.items():
            connection.execute(update(Station).where(Station.code == code).values(modules=modules))
        yield connection


def _apply(conn: Connection, added: Mapping[str, Sequence[str]], **options: Any) -> dict[str, list[str]]:
    with Operations.context(MigrationContext.configure(conn)):
        set_station_modules(added, **options)
    rows = conn.execute(select(Station.code, Station.modules).where(Station.code.in_(START)))
    return {code: list(modules) for code, modules in rows}


def test_added_at_the_end_or_before_a_key_and_taken_out_again(conn: Connection) -> None:
    added = {"storefront": ("leads",), "key_accounts": ("leads", "forecast")}
    up = _apply(conn, added, add=True, before="opportunities")
    assert up == {
        "storefront": ["home", "customers", "leads"],
        "key_accounts": ["home", "leads", "forecast", "opportunities", "customers"],
        "repair": ["home", "zzz"],
    }
    assert _apply(conn, added, add=True, before="opportunities") == up  # running twice changes nothing
    assert _apply(conn, added, add=False) == START


def test_listed_only_leaves_other_stations_alone(conn: Connection) -> None:
    assert _apply(conn, {"storefront": ("zzz",)}, add=True)["repair"] == ["home"]
    conn.execute(update(Station).where(Station.code == "repair").values(modules=["home", "zzz"]))
    after = _apply(conn, {"storefront": ("zzz",)}, add=False, listed_only=True)
    assert after["repair"] == ["home", "zzz"] and after["storefront"] == ["home", "customers"]
