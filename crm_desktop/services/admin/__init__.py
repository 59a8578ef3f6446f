"""Administration services (System settings): organisation trees, users, roles, sharing, account requests,
oversight, company information. Each refuses users without the `system` module permission."""

from __future__ import annotations

from functools import cached_property

from crm_desktop.db.session import Database
from crm_desktop.services.admin.company import CompanyService
from crm_desktop.services.admin.org import OrgService
from crm_desktop.services.admin.oversight import OversightService
from crm_desktop.services.admin.requests import AccountRequestService
from crm_desktop.services.admin.roles import RoleAdminService
from crm_desktop.services.admin.sharing import SharingService
from crm_desktop.services.admin.users import UserAdminService
from crm_desktop.services.context import UserContext


class AdminService:
    def __init__(self, db: Database, user: UserContext) -> None:
        self.db = db
        self.user = user

    @cached_property
    def org(self) -> OrgService:
        return OrgService(self.db, self.user)

    @cached_property
    def users(self) -> UserAdminService:
        return UserAdminService(self.db, self.user)

    @cached_property
    def roles(self) -> RoleAdminService:
        return RoleAdminService(self.db, self.user)

    @cached_property
    def sharing(self) -> SharingService:
        return SharingService(self.db, self.user)

    @cached_property
    def requests(self) -> AccountRequestService:
        return AccountRequestService(self.db, self.user)

    @cached_property
    def oversight(self) -> OversightService:
        return OversightService(self.db, self.user)

    @cached_property
    def company(self) -> CompanyService:
        return CompanyService(self.db, self.user)
