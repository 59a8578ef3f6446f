"""The business log (事务日志): each user's work diary; superiors read their team's within their data scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select

from crm_desktop.db.models import BusinessLogEntry, User
from crm_desktop.db.session import Database
from crm_desktop.services import access
from crm_desktop.services.context import UserContext
from crm_desktop.services.dto import from_row
from crm_desktop.services.team import team_user_ids
from crm_desktop.services.validation import Checker, clean


@dataclass(frozen=True)
class LogEntryDTO:
    id: int
    entry_date: date
    title: str
    content: str | None
    created_at: datetime
    author_id: int
    author_name: str


class BusinessLogService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    def add(self, entry_date: date, title: str, content: str | None) -> int:
        access.require(self.user, "business_log", "create")
        values = {"title": clean(title), "content": clean(content)}
        check = Checker(BusinessLogEntry.__table__)  # type: ignore[arg-type]
        check.text(values, "title", required=True)
        check.done()
        with self.db.unit_of_work() as session:
            entry = BusinessLogEntry(
                user_id=self.user.user_id, entry_date=entry_date, created_by=self.user.user_id,
                updated_by=self.user.user_id, **values,
            )  # fmt: skip
            session.add(entry)
            session.flush()
            return entry.id

    def list_mine(self, text: str = "", limit: int = 300) -> list[LogEntryDTO]:
        return self.search(text, limit=limit)

    def search(
        self,
        text: str = "",
        date_from: date | None = None,
        date_to: date | None = None,
        *,
        team: bool = False,
        author_id: int | None = None,
        limit: int = 300,
    ) -> list[LogEntryDTO]:
        """My diary, or with `team` the diaries of everyone in my data scope (crm_desktop.services.team);
        filtered by words in the title or content and by an inclusive date range, newest first."""
        access.require(self.user, "business_log", "view")
        with self.db.read_only() as session:
            access.require_live(session, self.user, "business_log", "view")
            stmt = (
                select(
                    BusinessLogEntry.id, BusinessLogEntry.entry_date, BusinessLogEntry.title,
                    BusinessLogEntry.content, BusinessLogEntry.created_at, BusinessLogEntry.user_id,
                    User.full_name,
                )
                .join(User, User.id == BusinessLogEntry.user_id)
                .where(BusinessLogEntry.deleted_at.is_(None))
            )  # fmt: skip
            if team:
                members = team_user_ids(session, self.user)
                if members is not None:
                    stmt = stmt.where(BusinessLogEntry.user_id.in_(sorted(members)))
                if author_id is not None:
                    stmt = stmt.where(BusinessLogEntry.user_id == author_id)
            else:
                stmt = stmt.where(BusinessLogEntry.user_id == self.user.user_id)
            if date_from is not None:
                stmt = stmt.where(BusinessLogEntry.entry_date >= date_from)
            if date_to is not None:
                stmt = stmt.where(BusinessLogEntry.entry_date <= date_to)
            if text.strip():
                # % and _ typed by the user are literal, as in the customer search.
                escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                like = f"%{escaped}%"
                stmt = stmt.where(
                    or_(
                        BusinessLogEntry.title.like(like, escape="\\"),
                        BusinessLogEntry.content.like(like, escape="\\"),
                    )
                )
            stmt = stmt.order_by(BusinessLogEntry.entry_date.desc(), BusinessLogEntry.id.desc()).limit(limit)
            return [from_row(LogEntryDTO, row) for row in session.execute(stmt).all()]
