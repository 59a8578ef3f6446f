"""All mapped tables; importing this package registers them on Base.metadata."""

from crm_desktop.db.models.codes import CodeItem
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
from crm_desktop.db.models.system import AuditLog, LoginLog, SystemSetting, UserSession
from crm_desktop.db.models.work import BusinessLogEntry, Message, MessageRecipient, Task

__all__ = [
    "AuditLog",
    "BusinessLogEntry",
    "CodeItem",
    "Company",
    "Contact",
    "Customer",
    "Department",
    "Interaction",
    "LoginLog",
    "Message",
    "MessageRecipient",
    "Position",
    "Role",
    "RoleDataScope",
    "RolePermission",
    "Station",
    "SystemSetting",
    "Task",
    "User",
    "UserRole",
    "UserSession",
]
