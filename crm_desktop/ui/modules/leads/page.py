"""The leads module page (线索): my leads, the lead pool, reports, and (for those who assign) the rules."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.directory import Colleague
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.list_layout import ListColumns
from crm_desktop.ui.modules.leads.common import LeadServices, lead_columns
from crm_desktop.ui.modules.leads.mine_tab import MyLeadsTab
from crm_desktop.ui.modules.leads.pool_tab import LeadPoolTab
from crm_desktop.ui.modules.leads.report_tab import LeadReportTab
from crm_desktop.ui.modules.leads.rules_tab import RulesTab
from crm_desktop.ui.print_actions import print_table
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class _Reference:
    book: CodeBook
    people: list[Colleague]


class LeadsPage(QWidget):
    module_key = "leads"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leads_page")
        self.setProperty("module_key", self.module_key)
        self.workspace = workspace
        self.services = LeadServices.of(workspace)
        self.book = CodeBook()
        self.lead_forms = FormSource(workspace, "lead", self)  # the lead entry form of the station
        # the columns of the station's lead list layout (both lists); filled again when it changes
        self.list_columns = ListColumns(
            workspace, "lead", lead_columns(lambda: self.book), self, stretch="company"
        )
        self.people: list[Colleague] = []
        self.tabs = named(QTabWidget(), "leads_tabs")
        self.mine = MyLeadsTab(self.services, self)
        self.pool = LeadPoolTab(self.services, self)
        self.reports = LeadReportTab(self.services)
        self.rules: RulesTab | None = None
        self.tabs.addTab(self.mine, "")
        self.tabs.addTab(self.pool, "")
        self.tabs.addTab(self.reports, "")
        if workspace.user.can("leads", "assign"):
            self.rules = RulesTab(self.services, self)
            self.tabs.addTab(self.rules, "")
        # Print… prints the list of the current tab (my leads or the pool) as it is shown.
        self.print_button = named(QPushButton(), "leads_print")
        self.print_button.clicked.connect(lambda: self.print_list())
        self.print_button.setVisible(workspace.user.can("leads", "print"))
        self.tabs.setCornerWidget(self.print_button)
        self.tabs.currentChanged.connect(
            lambda _i: self.print_button.setEnabled(self.tabs.currentWidget() in (self.mine, self.pool))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.list_columns.changed.connect(self.mine.fill)
        self.list_columns.changed.connect(self.pool.fill)
        self.list_columns.enable_sorting(self.mine.table)  # my leads sort on the server by a header click
        self.list_columns.sort_changed.connect(self.mine.reload)
        self.retranslate_ui()
        self.load_reference()

    def load_reference(self) -> None:
        """Code tables and colleagues once, then every tab's data."""
        ws = self.workspace
        run_in_background(
            lambda: _Reference(CodeBook.load(ws), ws.colleagues()),
            self._reference_loaded,
            lambda error: show_error(self, error),
            receiver=self,
        )

    def _reference_loaded(self, reference: _Reference) -> None:
        self.book, self.people = reference.book, reference.people
        self.pool.set_people(self.people)
        self.mine.reload()
        self.pool.reload()
        self.reports.reload()
        if self.rules is not None:
            self.rules.reload()

    def print_list(self, path: str | None = None) -> None:
        tab = self.pool if self.tabs.currentWidget() is self.pool else self.mine
        title = self.tabs.tabText(self.tabs.indexOf(tab))
        print_table(self, self.workspace, "leads", title, tab.table, path=path)

    def retranslate_ui(self) -> None:
        self.print_button.setText(self.tr("Print list…"))
        texts = [self.tr("My leads"), self.tr("Lead pool"), self.tr("Reports"), self.tr("Assignment rules")]
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, texts[index])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
