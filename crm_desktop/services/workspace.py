"""Everything a signed-in client may do, bound to one database and one user. The UI holds one of these."""

from __future__ import annotations

from functools import cached_property

from crm_desktop.db.session import Database
from crm_desktop.services import codes, directory, stations
from crm_desktop.services.business_log import BusinessLogService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.interactions import InteractionService
from crm_desktop.services.messages import MessageService
from crm_desktop.services.tasks import TaskService


class Workspace:
    def __init__(self, db: Database, user: UserContext, database_label: str = "") -> None:
        self.db = db
        self.user = user
        self.database_label = database_label

    @property
    def dialect(self) -> str:
        return self.db.dialect

    @cached_property
    def customers(self) -> CustomerService:
        return CustomerService(self.db, self.user)

    @cached_property
    def contacts(self) -> ContactService:
        return ContactService(self.db, self.user)

    @cached_property
    def interactions(self) -> InteractionService:
        return InteractionService(self.db, self.user)

    @cached_property
    def tasks(self) -> TaskService:
        return TaskService(self.db, self.user)

    @cached_property
    def messages(self) -> MessageService:
        return MessageService(self.db, self.user)

    @cached_property
    def business_log(self) -> BusinessLogService:
        return BusinessLogService(self.db, self.user)

    def codes(self, category: str) -> list[codes.CodeDTO]:
        return codes.list_codes(self.db, category)

    def region_paths(self) -> dict[int, tuple[str, str]]:
        return codes.region_paths(self.db)

    def colleagues(self) -> list[directory.Colleague]:
        return directory.colleagues(self.db)

    def station(self) -> stations.StationDTO:
        return stations.get_station(self.db, self.user.station_code)

    def ping(self) -> bool:
        """True when the database answers (for the status bar's connection state)."""
        from sqlalchemy import text

        try:
            with self.db.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception:
            return False
