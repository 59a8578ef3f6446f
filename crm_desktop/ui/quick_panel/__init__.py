"""The personal quick panel dock: task manager, message manager, business log."""

from crm_desktop.ui.quick_panel.panel import QuickPanel

__all__ = ["QuickPanel"]
