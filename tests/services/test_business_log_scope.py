"""Business log: searching my diary by text and date, and superiors reading their team's within their data scope."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.db.session import Database
from crm_desktop.services.business_log import BusinessLogService
from crm_desktop.services.errors import PermissionDenied
from tests.services.team_office import TeamOffice, build_team_office

D1, D2, D3 = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16)


@pytest.fixture
def office(db: Database) -> TeamOffice:
    o = build_team_office(db)
    for who, day, title in (
        (o.clerk, D1, "接待甲公司"),
        (o.clerk, D2, "整理展厅"),
        (o.lead, D2, "门市周报"),
        (o.rep, D3, "拜访乙公司 100%_完成"),
        (o.fixer, D1, "维修复印机"),
        (o.manager, D3, "部门计划"),
    ):
        BusinessLogService(db, who).add(day, title, f"{title}的详细内容")
    return o


def titles(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [r.title for r in rows]


def test_my_diary_by_text_and_date(office: TeamOffice) -> None:
    log = BusinessLogService(office.db, office.clerk)
    assert titles(log.search()) == ["整理展厅", "接待甲公司"]
    assert titles(log.search("甲公司")) == ["接待甲公司"]
    assert titles(log.search("详细", date_from=D2)) == ["整理展厅"]
    assert titles(log.search(date_to=D1)) == ["接待甲公司"]
    assert titles(log.search(date_from=D3)) == []
    assert log.list_mine("展厅")[0].author_name == "王芳"
    # % and _ are literal
    rep = BusinessLogService(office.db, office.rep)
    assert titles(rep.search("100%_")) == ["拜访乙公司 100%_完成"]
    assert titles(rep.search("0%完")) == []


def test_team_view_follows_the_data_scope(office: TeamOffice) -> None:
    db = office.db
    # subtree: the whole sales department and the storefront below it, not repair
    assert set(titles(BusinessLogService(db, office.manager).search(team=True))) == {
        "接待甲公司", "整理展厅", "门市周报", "拜访乙公司 100%_完成", "部门计划",
    }  # fmt: skip
    # department: the storefront only
    assert set(titles(BusinessLogService(db, office.lead).search(team=True))) == {
        "接待甲公司",
        "整理展厅",
        "门市周报",
    }
    # own: just mine, even when asking for the team
    assert titles(BusinessLogService(db, office.clerk).search(team=True)) == ["整理展厅", "接待甲公司"]
    assert titles(BusinessLogService(db, office.fixer).search(team=True)) == ["维修复印机"]
    # the administrator reads everyone's; filters combine with the team view
    assert len(BusinessLogService(db, office.root).search(team=True)) == 6
    team = BusinessLogService(db, office.manager).search("详细", date_from=D2, date_to=D2, team=True)
    assert titles(team) == ["门市周报", "整理展厅"] or set(titles(team)) == {"门市周报", "整理展厅"}
    by_clerk = BusinessLogService(db, office.manager).search(team=True, author_id=office.clerk.user_id)
    assert set(titles(by_clerk)) == {"接待甲公司", "整理展厅"}
    # asking for someone outside my scope gives nothing
    assert BusinessLogService(db, office.lead).search(team=True, author_id=office.fixer.user_id) == []


def test_without_business_log_permission(office: TeamOffice) -> None:
    with pytest.raises(PermissionDenied):
        BusinessLogService(office.db, office.guest).search(team=True)
