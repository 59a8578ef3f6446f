"""The customer's people as a decision tree: who reports to whom, who decides, influences or uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.contacts import DECISION_ROLES, DecisionNode
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.customers.common import named
from crm_desktop.ui.modules.customers.related_tab import RelatedTab


class DecisionTreeTab(RelatedTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setObjectName("decision_tree_tab")
        self.nodes: list[DecisionNode] = []
        self.tree = named(QTreeWidget(), "decision_tree")
        self.tree.setColumnCount(3)
        self.tree.setColumnWidth(0, 12 * self.fontMetrics().horizontalAdvance("中"))
        self.tree.currentItemChanged.connect(lambda *_: self._selected())
        self.role_label = QLabel()
        self.role_combo = named(QComboBox(), "decision_role")
        self.reports_label = QLabel()
        self.reports_combo = named(QComboBox(), "reports_to")
        self.apply_button = named(QPushButton(), "decision_apply")
        self.apply_button.clicked.connect(self.apply)
        controls = QHBoxLayout()
        for widget in (
            self.role_label,
            self.role_combo,
            self.reports_label,
            self.reports_combo,
            self.apply_button,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(controls)
        self.retranslate_ui()

    def fetcher(self, customer_id: int) -> Callable[[], list[DecisionNode]]:
        service = self.workspace.contacts
        return lambda: service.decision_tree(customer_id)

    def role_text(self, role: str | None) -> str:
        return {
            "decides": self.tr("Decides"),
            "influences": self.tr("Influences"),
            "uses": self.tr("Uses"),
        }.get(role or "", "")

    def fill(self, data: list[DecisionNode] | None) -> None:
        current = self.selected_contact()
        self.nodes = data or []
        self.tree.clear()
        ids = {n.contact_id for n in self.nodes}
        items: dict[int, QTreeWidgetItem] = {}
        for n in self.nodes:
            item = QTreeWidgetItem([n.name, n.job_title or "", self.role_text(n.decision_role)])
            item.setData(0, Qt.ItemDataRole.UserRole, n.contact_id)
            items[n.contact_id] = item
        for n in self.nodes:
            parent = items.get(n.reports_to_id) if n.reports_to_id in ids else None
            if parent is not None:
                parent.addChild(items[n.contact_id])
            else:
                self.tree.addTopLevelItem(items[n.contact_id])
        self.tree.expandAll()
        self.reports_combo.clear()
        self.reports_combo.addItem(self.tr("(nobody)"), None)
        for n in self.nodes:
            self.reports_combo.addItem(n.name, n.contact_id)
        if current in items:
            self.tree.setCurrentItem(items[current])
        self._selected()

    def selected_contact(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected(self) -> None:
        contact_id = self.selected_contact()
        node = next((n for n in self.nodes if n.contact_id == contact_id), None)
        for widget in (self.role_combo, self.reports_combo, self.apply_button):
            widget.setEnabled(node is not None and self.editable)
        if node is not None:
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(node.decision_role)))
            self.reports_combo.setCurrentIndex(max(0, self.reports_combo.findData(node.reports_to_id)))

    def apply(self) -> None:
        contact_id = self.selected_contact()
        if contact_id is None:
            return
        role, reports_to = self.role_combo.currentData(), self.reports_combo.currentData()
        service = self.workspace.contacts
        self.run(lambda: service.set_decision_role(contact_id, role, reports_to))

    def title(self) -> str:
        return self.tr("Decision tree")

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Job title"), self.tr("Role in the decision")])
        self.role_label.setText(self.tr("Role:"))
        self.reports_label.setText(self.tr("Reports to:"))
        self.apply_button.setText(self.tr("Apply"))
        current = self.role_combo.currentData()
        self.role_combo.clear()
        self.role_combo.addItem(self.tr("(not set)"), None)
        for role in DECISION_ROLES:
            self.role_combo.addItem(self.role_text(role), role)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(current)))
        self.fill(self.nodes)
