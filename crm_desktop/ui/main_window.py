"""The main window: menu bar (DOMAIN.md §2), station navigation, module pages, quick panel dock, status bar."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.services import auth
from crm_desktop.services.catalog import MODULES
from crm_desktop.services.stations import StationDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui import i18n, settings
from crm_desktop.ui.admin.menu import AdminMenu
from crm_desktop.ui.admin.session_guard import SessionGuard
from crm_desktop.ui.db_description import engine_name
from crm_desktop.ui.dialogs.change_password_dialog import ChangePasswordDialog
from crm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from crm_desktop.ui.dialogs.smtp_settings_dialog import SmtpSettingsDialog
from crm_desktop.ui.live import LiveUpdates
from crm_desktop.ui.modules.calendar.page import CalendarPage
from crm_desktop.ui.modules.calendar.reminders import ReminderChecker
from crm_desktop.ui.modules.contracts.page import ContractsPage
from crm_desktop.ui.modules.customers.page import CustomersPage
from crm_desktop.ui.modules.customers.pool_page import PoolPage
from crm_desktop.ui.modules.customers.pool_page import run_auto_return as run_pool_auto_return
from crm_desktop.ui.modules.customers.recycle_bin_dialog import RecycleBinDialog
from crm_desktop.ui.modules.customers.transfer_dialog import TransferDialog
from crm_desktop.ui.modules.forecast.page import ForecastPage
from crm_desktop.ui.modules.home.home_page import HomePage
from crm_desktop.ui.modules.leads.common import run_auto_return as run_lead_auto_return
from crm_desktop.ui.modules.leads.page import LeadsPage
from crm_desktop.ui.modules.opportunities.page import OpportunitiesPage
from crm_desktop.ui.modules.orders.page import OrdersPage
from crm_desktop.ui.modules.products.page import ProductsPage
from crm_desktop.ui.modules.quotes.page import QuotesPage
from crm_desktop.ui.quick_panel.panel import QuickPanel
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.status_bar import StatusBar
from crm_desktop.ui.widgets.naming import named

# Modules that have a screen, in navigation order. A module without an entry here is not shown anywhere.
PAGE_MODULES = (
    "home",
    "customers",
    "pool",
    "calendar",
    "products",
    "leads",
    "opportunities",
    "forecast",
    "quotes",
    "contracts",
    "orders",
)


def module_title(key: str) -> str:
    return QCoreApplication.translate("Catalog", MODULES.get(key, key))


class MainWindow(QMainWindow):
    relogin_requested = Signal()
    language_changed = Signal(str)

    def __init__(self, workspace: Workspace, station: StationDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.workspace = workspace
        self.station = station
        self.user = workspace.user
        self._pages: dict[str, QWidget] = {}
        self._relogin = False
        self.modules = [m for m in station.modules if m in PAGE_MODULES and self.user.can(m, "view")]

        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setMinimumWidth(120)
        self.navigation.setMaximumWidth(220)
        for key in self.modules:
            item = QListWidgetItem(self._module_icon(key), "")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
        self.navigation.currentItemChanged.connect(self._navigation_changed)
        self.stack = named(QStackedWidget(), "module_stack")
        splitter = named(QSplitter(), "main_splitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1100])
        self.setCentralWidget(splitter)

        self.quick_panel = QuickPanel(workspace, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.quick_panel)
        self.status = StatusBar(workspace, station.label(i18n.current_language()), self)
        self.setStatusBar(self.status)
        self.quick_panel.counts_changed.connect(self.status.set_counts)
        self.quick_panel.open_customer.connect(self.open_customer)

        self._build_actions()
        # System settings → administration screens, only for users with the `system` module.
        self.admin_menu = AdminMenu(workspace, self) if self.user.can("system", "view") else None
        self._build_menus()
        self.retranslate_ui()
        self.resize(1360, 860)
        self._restore_state()
        home = (
            station.home_page
            if station.home_page in self.modules
            else (self.modules[0] if self.modules else None)
        )
        if home:
            self.open_module(home)
        self.status.check_database()
        self.session_guard = SessionGuard(workspace, self)  # heartbeat, admin sign-out, idle lock
        self.session_guard.signed_out.connect(self.log_in_again)
        self.reminders = ReminderChecker(workspace, self)  # calendar reminder pop-ups, also missed ones
        self.reminders.start()
        if self.user.can("pool", "view"):  # the daily automatic return to the pool, also when nobody opens it
            run_pool_auto_return(workspace, self)
        if self.user.can("leads", "view"):  # leads without follow-up go back to the lead pool, once a day
            run_lead_auto_return(workspace, self)
        # Other stations' tasks and messages arrive live: started by the app once the window shows, stopped on close
        self.live = LiveUpdates(workspace, self, self)
        self.live.state_changed.connect(lambda _state: self.status.check_database())  # a drop shows at once

    def start_live(self) -> None:
        self.live.start()

    # ----- actions and menus -------------------------------------------------------------------------------
    def _action(
        self,
        name: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.act_change_password = self._action("act_change_password", self.change_password)
        self.act_relogin = self._action("act_relogin", self.log_in_again)
        self.act_exit = self._action("act_exit", self.close, QKeySequence.StandardKey.Quit)
        self.act_preferences = self._action("act_preferences", self.preferences)
        self.act_quick_panel = self.quick_panel.toggleViewAction()
        self.act_quick_panel.setObjectName("act_quick_panel")
        self.act_quick_panel.setShortcut(QKeySequence("F9"))
        self.act_modules = {
            key: self._action(f"act_module_{key}", functools.partial(self.open_module, key))
            for key in self.modules
        }
        self.act_help = self._action("act_help", self.show_help, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action("act_about", self.show_about)
        self.act_smtp = self._action("act_smtp_settings", self.smtp_settings)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.setObjectName("menu_file")
        self.menu_file.addActions([self.act_change_password, self.act_relogin])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_exit)
        self.menu_system = bar.addMenu("")
        self.menu_system.setObjectName("menu_system")
        self.menu_system.addAction(self.act_preferences)
        if self.admin_menu is not None:
            self.menu_system.addSeparator()
            self.menu_system.addActions(list(self.admin_menu.actions.values()))
            self.menu_system.addAction(self.act_smtp)
        self.menu_archive = None
        if "customers" in self.act_modules:
            self.menu_archive = bar.addMenu("")
            self.menu_archive.setObjectName("menu_archive")
            self.menu_archive.addAction(self.act_modules["customers"])
            self._add_excel_actions(self.menu_archive)
        self._build_management_menu()
        self.menu_business = bar.addMenu("")
        self.menu_business.setObjectName("menu_business")
        if "home" in self.act_modules:
            self.menu_business.addAction(self.act_modules["home"])
        if "calendar" in self.act_modules:
            self.menu_business.addAction(self.act_modules["calendar"])
        self.menu_business.addAction(self.act_quick_panel)
        self.act_tabs = []
        for tab in ("tasks", "messages", "business_log"):
            action = self._action(f"act_{tab}", functools.partial(self.show_quick_panel_tab, tab))
            self.act_tabs.append(action)
            self.menu_business.addAction(action)
        self.menu_help = bar.addMenu("")
        self.menu_help.setObjectName("menu_help")
        self.menu_help.addActions([self.act_help, self.act_about])

    def _build_management_menu(self) -> None:
        """Customer management (DOMAIN.md §2): public pool, transfer, recycle bin — for those who may use them."""
        self.act_transfer = self._action("act_transfer", self.transfer_customers)
        self.act_recycle_bin = self._action("act_recycle_bin", self.recycle_bin)
        actions = [self.act_modules["pool"]] if "pool" in self.act_modules else []
        if self.user.can("customers", "assign"):
            actions.append(self.act_transfer)
        if self.user.can("customers", "delete"):
            actions.append(self.act_recycle_bin)
        self.menu_management = None
        if actions:
            self.menu_management = self.menuBar().addMenu("")
            self.menu_management.setObjectName("menu_management")
            self.menu_management.addActions(actions)

    def transfer_customers(self) -> None:
        TransferDialog(self.workspace, self).exec()

    def smtp_settings(self) -> None:
        SmtpSettingsDialog(self.workspace, self).exec()

    def recycle_bin(self) -> None:
        RecycleBinDialog(self.workspace, self).exec()

    # ----- modules -----------------------------------------------------------------------------------------
    def _module_icon(self, key: str) -> QIcon:
        pixmap = {
            "home": QStyle.StandardPixmap.SP_DirHomeIcon,
            "customers": QStyle.StandardPixmap.SP_FileDialogDetailedView,
            "pool": QStyle.StandardPixmap.SP_DirOpenIcon,
            "calendar": QStyle.StandardPixmap.SP_FileDialogContentsView,
            "leads": QStyle.StandardPixmap.SP_FileDialogNewFolder,
            "opportunities": QStyle.StandardPixmap.SP_DialogApplyButton,
            "forecast": QStyle.StandardPixmap.SP_FileDialogInfoView,
            "orders": QStyle.StandardPixmap.SP_DialogSaveButton,
            "quotes": QStyle.StandardPixmap.SP_FileDialogListView,
            "contracts": QStyle.StandardPixmap.SP_DialogYesButton,
        }.get(key, QStyle.StandardPixmap.SP_FileIcon)
        return self.style().standardIcon(pixmap)

    def _add_excel_actions(self, menu: QMenu) -> None:
        """Import customers… / Export customers…, for users who have those operations."""
        self.act_import_customers = self._action("act_import_customers", self.import_customers)
        self.act_export_customers = self._action("act_export_customers", self.export_customers)
        self.act_import_customers.setVisible(self.user.can("customers", "import"))
        self.act_export_customers.setVisible(self.user.can("customers", "export"))
        menu.addSeparator()
        menu.addActions([self.act_import_customers, self.act_export_customers])

    def import_customers(self) -> None:
        self.open_module("customers")
        page = self._pages.get("customers")
        if isinstance(page, CustomersPage):
            page.import_customers()

    def export_customers(self) -> None:
        """Export the customer list as the customers page shows it (its filters and search)."""
        self.open_module("customers")
        page = self._pages.get("customers")
        if isinstance(page, CustomersPage):
            page.exporter.choose_and_export()

    def _page(self, key: str) -> QWidget:
        page = self._pages.get(key)
        if page is None:
            if key == "home":
                page = HomePage(self.workspace, self.station.label(i18n.current_language()), self.open_module)
            elif key == "pool":
                page = PoolPage(self.workspace)
            elif key == "calendar":
                page = CalendarPage(self.workspace)
            elif key == "leads":
                page = LeadsPage(self.workspace)
            elif key == "opportunities":
                page = OpportunitiesPage(self.workspace)
            elif key == "forecast":
                page = ForecastPage(self.workspace)
            elif key == "orders":
                page = OrdersPage(self.workspace)
            elif key == "quotes":
                page = QuotesPage(self.workspace)
            elif key == "contracts":
                page = ContractsPage(self.workspace)
            elif key == "products":
                page = ProductsPage(self.workspace)
            else:
                page = CustomersPage(self.workspace)
            self._pages[key] = page
            self.stack.addWidget(page)
        return page

    def open_module(self, key: str) -> None:
        if key not in self.modules:
            return
        self.stack.setCurrentWidget(self._page(key))
        row = self.modules.index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        self.status.set_module(module_title(key))
        app_signals().module_changed.emit(key)

    def current_module(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _navigation_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.open_module(current.data(Qt.ItemDataRole.UserRole))

    def open_customer(self, customer_id: int) -> None:
        """Show one customer in the customer module (e.g. the record a task came from)."""
        if "customers" not in self.modules:
            return
        self.open_module("customers")
        page = self._page("customers")
        if isinstance(page, CustomersPage) and page.detail.confirm_discard():
            page.detail.show_customer(customer_id)

    def show_quick_panel_tab(self, tab: str) -> None:
        self.quick_panel.show()
        self.quick_panel.raise_()
        self.quick_panel.show_tab(tab)

    # ----- File and System menus ---------------------------------------------------------------------------
    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(
                self, self.tr("Change password"), self.tr("Your password has been changed.")
            )

    def log_in_again(self) -> None:
        self._relogin = True
        if self.close():
            self.relogin_requested.emit()
        else:
            self._relogin = False

    def preferences(self) -> None:
        dialog = PreferencesDialog(self.quick_panel.isVisible(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.quick_panel.setVisible(dialog.quick_panel.isChecked())
        language = dialog.chosen_language()
        if language != i18n.current_language():
            settings.set_language(language)
            i18n.set_language(language)
            self.language_changed.emit(language)

    def show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Help"),
            self.tr(
                "Choose a module on the left. Every record screen has the same toolbar: New, Save, Delete, "
                "Query & Report, Info and Help. The quick panel on the right (F9) holds your tasks, messages "
                "and business log."
            ),
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("Customer relationship management, version {version}\nDatabase: {engine}").format(
                version=__version__, engine=engine_name(self.workspace.dialect)
            ),
        )

    # ----- state -------------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        login = self.user.login
        geometry = settings.user_bytes(login, "geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.user_bytes(login, "window_state")
        if state is not None:
            self.restoreState(state)
        self.quick_panel.setVisible(settings.user_bool(login, "quick_panel_visible", True))

    def save_state(self) -> None:
        login = self.user.login
        settings.set_user_value(login, "geometry", self.saveGeometry())
        settings.set_user_value(login, "window_state", self.saveState())
        settings.set_user_value(login, "quick_panel_visible", self.quick_panel.isVisible())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.status.stop_timers()
        self.quick_panel.stop_polling()
        self.live.stop()
        self.reminders.stop()
        self.session_guard.stop()
        with contextlib.suppress(Exception):  # the database may be gone; closing must still work
            auth.logout(self.workspace.db, self.user)
        event.accept()

    # ----- language ----------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        station_label = self.station.label(i18n.current_language())
        self.setWindowTitle(
            self.tr("Customer relationship management — {station} — {user}").format(
                station=station_label, user=self.user.full_name
            )
        )
        self.status.station_label = station_label
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_system.setTitle(self.tr("&System settings"))
        if self.menu_archive is not None:
            self.menu_archive.setTitle(self.tr("Customer &archive"))
            self.act_import_customers.setText(self.tr("&Import customers…"))
            self.act_export_customers.setText(self.tr("&Export customers…"))
        if self.menu_management is not None:
            self.menu_management.setTitle(self.tr("Customer &management"))
        self.act_transfer.setText(self.tr("&Transfer customers…"))
        self.act_recycle_bin.setText(self.tr("&Recycle bin…"))
        self.menu_business.setTitle(self.tr("&Business"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_change_password.setText(self.tr("Change &password…"))
        self.act_relogin.setText(self.tr("&Log in again…"))
        self.act_exit.setText(self.tr("E&xit"))
        self.act_preferences.setText(self.tr("&Preferences…"))
        if self.admin_menu is not None:
            self.admin_menu.retranslate_ui()
        self.act_quick_panel.setText(self.tr("&Quick panel"))
        for key, action in self.act_modules.items():
            action.setText(module_title(key))
        for action, text in zip(
            self.act_tabs,
            (self.tr("&Task manager"), self.tr("&Message manager"), self.tr("Business &log")),
            strict=True,
        ):
            action.setText(text)
        self.act_help.setText(self.tr("&Help"))
        self.act_about.setText(self.tr("&About"))
        self.act_smtp.setText(self.tr("&E-mail settings…"))
        for row, key in enumerate(self.modules):
            self.navigation.item(row).setText(module_title(key))
        current = self.current_module()
        if current:
            self.status.set_module(module_title(current))
