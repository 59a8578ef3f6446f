"""The customer archive module: list, detail form, contacts and contact history."""

from crm_desktop.ui.modules.customers.page import CustomersPage

__all__ = ["CustomersPage"]
