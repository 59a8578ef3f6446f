"""The administration entries of the System settings menu (only built for users with the `system` module)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from crm_desktop.forms.qt.designer.dialog import DesignerDialog
from crm_desktop.forms.qt.designer.store_backend import StoreBackend
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.company_dialog import CompanyDialog
from crm_desktop.ui.admin.login_log_dialog import LoginLogDialog
from crm_desktop.ui.admin.numbering_dialog import NumberingDialog
from crm_desktop.ui.admin.online_users_dialog import OnlineUsersDialog
from crm_desktop.ui.admin.operation_log_dialog import OperationLogDialog
from crm_desktop.ui.admin.org_dialog import OrgDialog
from crm_desktop.ui.admin.requests_dialog import RequestsDialog
from crm_desktop.ui.admin.roles_dialog import RolesDialog
from crm_desktop.ui.admin.sharing_dialog import SharingDialog
from crm_desktop.ui.admin.users_dialog import UsersDialog
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.workers import run_in_background


def forms_designer(workspace: Workspace, parent: QWidget) -> QDialog:
    """System settings → Forms and lists (crm_desktop.forms.qt.designer)."""
    dialog = DesignerDialog(StoreBackend(workspace), parent, run=run_in_background, language=current_language)
    dialog.saved.connect(
        lambda: app_signals().records_changed.emit("definitions", [])
    )  # open forms and lists
    return dialog


SCREENS: dict[str, Callable[[Workspace, QWidget], QDialog]] = {
    "company": CompanyDialog,
    "org": OrgDialog,
    "users": UsersDialog,
    "roles": RolesDialog,
    "sharing": SharingDialog,
    "requests": RequestsDialog,
    "operation_log": OperationLogDialog,
    "login_log": LoginLogDialog,
    "online_users": OnlineUsersDialog,
    "numbering": NumberingDialog,
    "forms": forms_designer,
}


class AdminMenu:
    def __init__(self, workspace: Workspace, window: QWidget) -> None:
        self.workspace = workspace
        self.window = window
        self.actions: dict[str, QAction] = {}
        for key in SCREENS:
            action = QAction(window)
            action.setObjectName(f"act_admin_{key}")
            action.triggered.connect(lambda _checked=False, key=key: self.open(key))
            self.actions[key] = action
        self.retranslate_ui()

    def open(self, key: str) -> QDialog:
        dialog = SCREENS[key](self.workspace, self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def retranslate_ui(self) -> None:
        texts = {
            "company": QCoreApplication.translate("AdminMenu", "&Company information…"),
            "org": QCoreApplication.translate("AdminMenu", "&Departments and positions…"),
            "users": QCoreApplication.translate("AdminMenu", "&Users…"),
            "roles": QCoreApplication.translate("AdminMenu", "&Roles and permissions…"),
            "sharing": QCoreApplication.translate("AdminMenu", "S&haring…"),
            "requests": QCoreApplication.translate("AdminMenu", "&Account requests…"),
            "operation_log": QCoreApplication.translate("AdminMenu", "&Operation log…"),
            "login_log": QCoreApplication.translate("AdminMenu", "&Login log…"),
            "online_users": QCoreApplication.translate("AdminMenu", "O&nline users…"),
            "numbering": QCoreApplication.translate("AdminMenu", "N&umbering rules…"),
            "forms": QCoreApplication.translate("AdminMenu", "&Forms and lists…"),
        }
        for key, action in self.actions.items():
            action.setText(texts[key])
