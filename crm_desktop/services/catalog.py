"""The permission vocabulary: modules, operations, data scopes. Roles grant (module, operation) pairs and a
data scope per entity; everything else is denied."""

from __future__ import annotations

from crm_desktop.services.errors import QT_TRANSLATE_NOOP

# Module keys with their English source labels (translated in the UI, context "Catalog").
MODULES: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP("Catalog", "Home"),
    "customers": QT_TRANSLATE_NOOP("Catalog", "Customers"),
    "pool": QT_TRANSLATE_NOOP("Catalog", "Public pool"),
    "tasks": QT_TRANSLATE_NOOP("Catalog", "Tasks"),
    "messages": QT_TRANSLATE_NOOP("Catalog", "Messages"),
    "business_log": QT_TRANSLATE_NOOP("Catalog", "Business log"),
    "calendar": QT_TRANSLATE_NOOP("Catalog", "Calendar"),
    "products": QT_TRANSLATE_NOOP("Catalog", "Products"),
    "leads": QT_TRANSLATE_NOOP("Catalog", "Leads"),
    "opportunities": QT_TRANSLATE_NOOP("Catalog", "Opportunities"),
    "forecast": QT_TRANSLATE_NOOP("Catalog", "Forecast and quota"),
    "quotes": QT_TRANSLATE_NOOP("Catalog", "Quotes"),
    "contracts": QT_TRANSLATE_NOOP("Catalog", "Contracts"),
    "orders": QT_TRANSLATE_NOOP("Catalog", "Sales orders"),
    "system": QT_TRANSLATE_NOOP("Catalog", "System settings"),
}

OPERATIONS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP("Catalog", "View"),
    "create": QT_TRANSLATE_NOOP("Catalog", "Create"),
    "edit": QT_TRANSLATE_NOOP("Catalog", "Edit"),
    "delete": QT_TRANSLATE_NOOP("Catalog", "Delete"),
    "export": QT_TRANSLATE_NOOP("Catalog", "Export"),
    "print": QT_TRANSLATE_NOOP("Catalog", "Print"),
    "import": QT_TRANSLATE_NOOP("Catalog", "Import"),
    "assign": QT_TRANSLATE_NOOP("Catalog", "Assign"),
    "approve": QT_TRANSLATE_NOOP("Catalog", "Approve"),
}

# Data scopes, narrowest first. A user with several roles reaches the union of their scopes.
SCOPES: dict[str, str] = {
    "own": QT_TRANSLATE_NOOP("Catalog", "Own records"),
    "department": QT_TRANSLATE_NOOP("Catalog", "Own department"),
    "subtree": QT_TRANSLATE_NOOP("Catalog", "Department and sub-departments"),
    "positions": QT_TRANSLATE_NOOP("Catalog", "Positions below mine"),
    "all": QT_TRANSLATE_NOOP("Catalog", "All records"),
}
SCOPE_ORDER = list(SCOPES)

# Entities that carry owner_id/department_id and are filtered by data scope.
SCOPED_ENTITIES = ("customer", "lead", "opportunity", "order", "quote", "contract")

INTERACTION_KINDS = ("call", "visit", "reception", "email", "other")
TASK_STATUSES = ("new", "received", "in_progress", "done", "rejected")

# Organisation-wide default access per scoped entity (crm_desktop.services.grants).
DEFAULT_ACCESS: dict[str, str] = {
    "private": QT_TRANSLATE_NOOP("Catalog", "Private"),
    "read": QT_TRANSLATE_NOOP("Catalog", "Everyone may read"),
    "write": QT_TRANSLATE_NOOP("Catalog", "Everyone may read and edit"),
}
ENTITIES: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("Catalog", "Customers"),
    "order": QT_TRANSLATE_NOOP("Catalog", "Sales orders"),
    "lead": QT_TRANSLATE_NOOP("Catalog", "Leads"),
    "opportunity": QT_TRANSLATE_NOOP("Catalog", "Opportunities"),
    "quote": QT_TRANSLATE_NOOP("Catalog", "Quotes"),
    "contract": QT_TRANSLATE_NOOP("Catalog", "Contracts"),
}
