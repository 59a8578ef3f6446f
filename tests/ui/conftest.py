"""GUI test fixtures: a demo company in a fresh database and a signed-in Workspace for any demo login."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from crm_desktop.db.session import Database
from crm_desktop.services import auth, demo
from crm_desktop.services.workspace import Workspace


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, customers=40)
    return db


@pytest.fixture
def sign_in(demo_db: Database) -> Callable[[str], Workspace]:
    """sign_in("liping") -> a Workspace for that demo user (password demo.DEMO_PASSWORD)."""

    def _sign_in(login: str, station: str | None = None) -> Workspace:
        user = auth.login(demo_db, login, demo.DEMO_PASSWORD, station, machine="pytest")
        return Workspace(demo_db, user, "test")

    return _sign_in


@pytest.fixture
def workspace(sign_in: Callable[[str], Workspace]) -> Iterator[Workspace]:
    """The demo administrator."""
    yield sign_in("admin")


@pytest.fixture(autouse=True)
def english(qapp):  # type: ignore[no-untyped-def]
    """GUI tests start from clean preferences and read English source strings unless they switch language."""
    from crm_desktop.ui import i18n, settings

    settings.settings().clear()  # each test starts with no remembered window state or language
    i18n.set_language("en")
    yield
    i18n.set_language("en")
