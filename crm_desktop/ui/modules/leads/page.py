"""The leads module page (线索): my leads, the lead pool, reports, and (for those who assign) the rules."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crm_desktop.services.directory import Colleague
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.modules.leads.common import LeadServices
from crm_desktop.ui.modules.leads.mine_tab import MyLeadsTab
from crm_desktop.ui.modules.leads.pool_tab import LeadPoolTab
from crm_desktop.ui.modules.leads.report_tab import LeadReportTab
from crm_desktop.ui.modules.leads.rules_tab import RulesTab
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
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

    def retranslate_ui(self) -> None:
        texts = [self.tr("My leads"), self.tr("Lead pool"), self.tr("Reports"), self.tr("Assignment rules")]
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, texts[index])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
