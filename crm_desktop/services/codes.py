"""Code tables (data dictionary) as read by forms and lists."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.db.models import CodeItem
from crm_desktop.db.session import Database


@dataclass(frozen=True)
class CodeDTO:
    id: int
    category: str
    code: str
    name: str
    name_en: str
    parent_id: int | None

    def label(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name


def list_codes(db: Database, category: str) -> list[CodeDTO]:
    with db.read_only() as session:
        rows = session.execute(
            select(CodeItem)
            .where(CodeItem.category == category, CodeItem.deleted_at.is_(None), CodeItem.active.is_(True))
            .order_by(CodeItem.parent_id.is_not(None), CodeItem.sort_order, CodeItem.id)
        ).scalars()
        return [CodeDTO(r.id, r.category, r.code, r.name, r.name_en, r.parent_id) for r in rows]


def categories(db: Database) -> list[str]:
    """The code tables (categories) that have live items, for pickers such as a custom field's code table."""
    with db.read_only() as session:
        rows = session.execute(
            select(CodeItem.category)
            .where(CodeItem.deleted_at.is_(None))
            .distinct()
            .order_by(CodeItem.category)
        ).scalars()
        return list(rows)


def region_paths(db: Database) -> dict[int, tuple[str, str]]:
    """For each region id, its full path in Chinese and English (中国 广东省 深圳市), for display."""
    items = {c.id: c for c in list_codes(db, "region")}
    paths: dict[int, tuple[str, str]] = {}
    for item in items.values():
        zh: list[str] = []
        en: list[str] = []
        node: CodeDTO | None = item
        while node is not None:
            zh.insert(0, node.name)
            en.insert(0, node.name_en)
            node = items.get(node.parent_id) if node.parent_id else None
        paths[item.id] = (" ".join(dict.fromkeys(zh)), ", ".join(dict.fromkeys(reversed(en))))
    return paths
