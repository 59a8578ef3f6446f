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
from crm_desktop.db.models.definitions import FieldDefinition, LayoutVersion
from crm_desktop.db.models.leads import Lead, LeadAssignmentRule, LeadFollowup, LeadOwnershipChange
from crm_desktop.db.models.numbering import NumberCounter, NumberingRule
from crm_desktop.db.models.opportunities import (
    Competitor,
    Opportunity,
    OpportunityCompetitor,
    OpportunityMember,
    OpportunityProduct,
    OpportunityStage,
    SalesQuota,
)
from crm_desktop.db.models.orders import (
    OrderLine,
    PaymentInstalment,
    Receipt,
    ReturnLine,
    SalesOrder,
    SalesReturn,
)
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
from crm_desktop.db.models.products import Product, ProductCategory, ProductPrice
from crm_desktop.db.models.quotes import (
    Contract,
    ContractApproval,
    ContractAttachment,
    ContractChainStep,
    Quote,
    QuoteLine,
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
    "Competitor",
    "Contact",
    "ContactRole",
    "Contract",
    "ContractApproval",
    "ContractAttachment",
    "ContractChainStep",
    "Customer",
    "CustomerAttachment",
    "CustomerMerge",
    "CustomerNote",
    "CustomerSearch",
    "Department",
    "EntityDefault",
    "FieldDefinition",
    "Interaction",
    "LayoutVersion",
    "Lead",
    "LeadAssignmentRule",
    "LeadFollowup",
    "LeadOwnershipChange",
    "LoginLog",
    "ManagerScope",
    "Message",
    "MessageRecipient",
    "NumberCounter",
    "NumberingRule",
    "Opportunity",
    "OpportunityCompetitor",
    "OpportunityMember",
    "OpportunityProduct",
    "OpportunityStage",
    "OrderLine",
    "OwnershipChange",
    "PaymentInstalment",
    "PoolRule",
    "PoolRun",
    "Position",
    "Product",
    "ProductCategory",
    "ProductPrice",
    "Quote",
    "QuoteLine",
    "Receipt",
    "RecordShare",
    "ReturnLine",
    "Role",
    "RoleDataScope",
    "RolePermission",
    "SalesOrder",
    "SalesQuota",
    "SalesReturn",
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
