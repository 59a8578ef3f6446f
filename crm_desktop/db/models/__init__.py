"""All mapped tables; importing this package registers them on Base.metadata."""

from crm_desktop.db.models.access import (
    AccessGrant,
    AccountRequest,
    EntityDefault,
    ManagerScope,
    RecordShare,
    SharingGroup,
    SharingGroupMember,
)
from crm_desktop.db.models.archive import (
    ContactRole,
    CustomerAttachment,
    CustomerMerge,
    CustomerNote,
    OwnershipChange,
    PoolRule,
    PoolRun,
)
from crm_desktop.db.models.calendar import CalendarAttendee, CalendarEvent
from crm_desktop.db.models.codes import CodeItem
from crm_desktop.db.models.collab import ChangeFeed, TaskComment
from crm_desktop.db.models.customers import Contact, Customer, Interaction
from crm_desktop.db.models.org import (
    Company,
    Department,
    Position,
    Role,
    RoleDataScope,
    RolePermission,
    Station,
    User,
    UserRole,
)
from crm_desktop.db.models.search import CustomerSearch, SavedQuery
from crm_desktop.db.models.system import AuditLog, LoginLog, SystemSetting, UserSession
from crm_desktop.db.models.work import BusinessLogEntry, Message, MessageRecipient, Task

__all__ = [
    "AccessGrant",
    "AccountRequest",
    "AuditLog",
    "BusinessLogEntry",
    "CalendarAttendee",
    "CalendarEvent",
    "ChangeFeed",
    "CodeItem",
    "Company",
    "Contact",
    "ContactRole",
    "Customer",
    "CustomerAttachment",
    "CustomerMerge",
    "CustomerNote",
    "CustomerSearch",
    "Department",
    "EntityDefault",
    "Interaction",
    "LoginLog",
    "ManagerScope",
    "Message",
    "MessageRecipient",
    "OwnershipChange",
    "PoolRule",
    "PoolRun",
    "Position",
    "RecordShare",
    "Role",
    "RoleDataScope",
    "RolePermission",
    "SavedQuery",
    "SharingGroup",
    "SharingGroupMember",
    "Station",
    "SystemSetting",
    "Task",
    "TaskComment",
    "User",
    "UserRole",
    "UserSession",
]
