"""Everything a signed-in client may do, bound to one database and one user. The UI holds one of these."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from crm_desktop.db.session import Database
from crm_desktop.services import codes, directory, stations
from crm_desktop.services.admin import AdminService
from crm_desktop.services.business_log import BusinessLogService
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.contacts import ContactService
from crm_desktop.services.context import UserContext
from crm_desktop.services.customer_notes import CustomerNotesService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.duplicates import DuplicateService
from crm_desktop.services.exports import ExportService
from crm_desktop.services.imports import ImportService
from crm_desktop.services.interactions import InteractionService
from crm_desktop.services.mail import MailService
from crm_desktop.services.merge import MergeService
from crm_desktop.services.messages import MessageService
from crm_desktop.services.notify import Change, ChangeListener
from crm_desktop.services.numbering import NumberingService
from crm_desktop.services.ownership import OwnershipService
from crm_desktop.services.pool import PoolService
from crm_desktop.services.printing import PrintingService
from crm_desktop.services.products import ProductService
from crm_desktop.services.recycle_bin import RecycleBinService
from crm_desktop.services.saved_queries import SavedQueryService
from crm_desktop.services.tasks import TaskService
from crm_desktop.services.transfer import TransferService


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
    def saved_queries(self) -> SavedQueryService:
        return SavedQueryService(self.db, self.user)

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

    @cached_property
    def calendar(self) -> CalendarService:
        return CalendarService(self.db, self.user)

    @cached_property
    def mail(self) -> MailService:
        return MailService(self.db, self.user)

    @cached_property
    def duplicates(self) -> DuplicateService:
        return DuplicateService(self.db, self.user)

    @cached_property
    def merges(self) -> MergeService:
        return MergeService(self.db, self.user)

    @cached_property
    def recycle_bin(self) -> RecycleBinService:
        return RecycleBinService(self.db, self.user)

    @cached_property
    def pool(self) -> PoolService:
        return PoolService(self.db, self.user)

    @cached_property
    def transfers(self) -> TransferService:
        return TransferService(self.db, self.user)

    @cached_property
    def ownership(self) -> OwnershipService:
        return OwnershipService(self.db, self.user)

    @cached_property
    def customer_notes(self) -> CustomerNotesService:
        return CustomerNotesService(self.db, self.user)

    @cached_property
    def admin(self) -> AdminService:
        return AdminService(self.db, self.user)

    @cached_property
    def imports(self) -> ImportService:
        return ImportService(self.db, self.user)

    @cached_property
    def exports(self) -> ExportService:
        return ExportService(self.db, self.user)

    @cached_property
    def products(self) -> ProductService:
        return ProductService(self.db, self.user)

    @cached_property
    def numbering(self) -> NumberingService:
        return NumberingService(self.db, self.user)

    @cached_property
    def printing(self) -> PrintingService:
        return PrintingService(self.db, self.user)

    def change_listener(
        self, callback: Callable[[Change], None], on_state: Callable[[str], None] | None = None
    ) -> ChangeListener:
        """Live delivery of other stations' changes for this user (not started yet)."""
        return ChangeListener(self.db, self.user.user_id, callback, on_state=on_state)

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
