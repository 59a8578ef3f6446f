"""crm-desktop: a desktop CRM for small and mid-sized companies, one shared database, a Qt client per station."""

__version__ = "0.1.0"
