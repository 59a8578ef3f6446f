"""The permission vocabulary: modules, operations, data scopes. Roles grant (module, operation) pairs and a
data scope per entity; everything else is denied."""

from __future__ import annotations

from crm_desktop.services.errors import QT_TRANSLATE_NOOP

CTX = "Catalog"

# Module keys with their English source labels (translated in the UI, context "Catalog").
MODULES: dict[str, str] = {
    "home": QT_TRANSLATE_NOOP(CTX, "Home"),
    "customers": QT_TRANSLATE_NOOP(CTX, "Customers"),
    "tasks": QT_TRANSLATE_NOOP(CTX, "Tasks"),
    "messages": QT_TRANSLATE_NOOP(CTX, "Messages"),
    "business_log": QT_TRANSLATE_NOOP(CTX, "Business log"),
    "system": QT_TRANSLATE_NOOP(CTX, "System settings"),
}

OPERATIONS: dict[str, str] = {
    "view": QT_TRANSLATE_NOOP(CTX, "View"),
    "create": QT_TRANSLATE_NOOP(CTX, "Create"),
    "edit": QT_TRANSLATE_NOOP(CTX, "Edit"),
    "delete": QT_TRANSLATE_NOOP(CTX, "Delete"),
    "export": QT_TRANSLATE_NOOP(CTX, "Export"),
    "print": QT_TRANSLATE_NOOP(CTX, "Print"),
    "import": QT_TRANSLATE_NOOP(CTX, "Import"),
    "assign": QT_TRANSLATE_NOOP(CTX, "Assign"),
    "approve": QT_TRANSLATE_NOOP(CTX, "Approve"),
}

# Data scopes, narrowest first. A user with several roles gets the widest.
SCOPES: dict[str, str] = {
    "own": QT_TRANSLATE_NOOP(CTX, "Own records"),
    "department": QT_TRANSLATE_NOOP(CTX, "Own department"),
    "subtree": QT_TRANSLATE_NOOP(CTX, "Department and sub-departments"),
    "all": QT_TRANSLATE_NOOP(CTX, "All records"),
}
SCOPE_ORDER = list(SCOPES)

# Entities that carry owner_id/department_id and are filtered by data scope.
SCOPED_ENTITIES = ("customer",)

INTERACTION_KINDS = ("call", "visit", "reception", "email", "other")
TASK_STATUSES = ("new", "received", "in_progress", "done", "rejected")
