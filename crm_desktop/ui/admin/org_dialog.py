"""System settings → Departments and positions: two trees; drag a node onto another to move it there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.admin.org import TreeNodeDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.common import AdminDialog
from crm_desktop.ui.widgets.naming import named

KINDS = ("department", "position")
ID = Qt.ItemDataRole.UserRole


class OrgTree(QTreeWidget):
    """A tree whose drops are not applied locally but reported: the dialog asks the service and reloads."""

    moved = Signal(int, object)  # node id, new parent id or None

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(False)
        self.setColumnCount(2)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        indicator = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if dragged is None:
            return
        if target is None:
            parent: QTreeWidgetItem | None = None
        elif indicator == QAbstractItemView.DropIndicatorPosition.OnItem:
            parent = target
        else:
            parent = target.parent()
        self.moved.emit(int(dragged.data(0, ID)), int(parent.data(0, ID)) if parent is not None else None)


class OrgDialog(AdminDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "org_dialog", parent)
        self.tabs = named(QTabWidget(), "org_tabs")
        self.trees: dict[str, OrgTree] = {}
        for kind in KINDS:
            tree = named(OrgTree(), f"tree_{kind}")
            tree.moved.connect(lambda node, parent, kind=kind: self.move_node(kind, node, parent))
            self.trees[kind] = tree
            self.tabs.addTab(tree, "")
        self.btn_add = named(QPushButton(), "org_add")
        self.btn_add_child = named(QPushButton(), "org_add_child")
        self.btn_rename = named(QPushButton(), "org_rename")
        self.btn_delete = named(QPushButton(), "org_delete")
        self.btn_close = named(QPushButton(), "close")
        self.btn_add.clicked.connect(lambda: self.add(child=False))
        self.btn_add_child.clicked.connect(lambda: self.add(child=True))
        self.btn_rename.clicked.connect(self.rename)
        self.btn_delete.clicked.connect(self.delete)
        self.btn_close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.btn_add, self.btn_add_child, self.btn_rename, self.btn_delete):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(620, 560)
        self.retranslate_ui()
        self.reload()

    def kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def fetch(self) -> dict[str, list[TreeNodeDTO]]:
        return {kind: self.admin.org.tree(kind) for kind in KINDS}

    def apply(self, data: dict[str, list[TreeNodeDTO]]) -> None:
        for kind, nodes in data.items():
            tree = self.trees[kind]
            current = tree.currentItem()
            keep = current.data(0, ID) if current is not None else None
            tree.clear()
            items: dict[int, QTreeWidgetItem] = {}
            for node in nodes:
                items[node.id] = QTreeWidgetItem([node.name, str(node.people) if node.people else ""])
                items[node.id].setData(0, ID, node.id)
                items[node.id].setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            for node in nodes:
                parent = items.get(node.parent_id) if node.parent_id is not None else None
                if parent is not None:
                    parent.addChild(items[node.id])
                else:
                    tree.addTopLevelItem(items[node.id])
            tree.expandAll()
            if keep in items:
                tree.setCurrentItem(items[keep])

    def selected_id(self) -> int | None:
        item = self.trees[self.kind()].currentItem()
        return int(item.data(0, ID)) if item is not None else None

    def move_node(self, kind: str, node_id: int, parent_id: int | None) -> None:
        self.write(lambda: self.admin.org.move(kind, node_id, parent_id), kind)

    def add(self, child: bool) -> None:
        kind, parent = self.kind(), self.selected_id() if child else None
        if child and parent is None:
            return
        name, ok = QInputDialog.getText(self, self.btn_add.text().replace("&", ""), self.tr("Name:"))
        if ok:
            self.write(lambda: self.admin.org.create(kind, name, parent), kind)

    def rename(self) -> None:
        kind, node = self.kind(), self.selected_id()
        item = self.trees[kind].currentItem()
        if node is None or item is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Name:"), text=item.text(0))
        if ok:
            self.write(lambda: self.admin.org.rename(kind, node, name), kind)

    def delete(self) -> None:
        kind, node = self.kind(), self.selected_id()
        item = self.trees[kind].currentItem()
        if node is None or item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete"), self.tr("Delete “{name}”?").format(name=item.text(0))
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.write(lambda: self.admin.org.delete(kind, node), kind)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Departments and positions"))
        self.tabs.setTabText(0, self.tr("Departments"))
        self.tabs.setTabText(1, self.tr("Positions"))
        for tree in self.trees.values():
            tree.setHeaderLabels([self.tr("Name"), self.tr("People")])
        self.btn_add.setText(self.tr("&Add"))
        self.btn_add_child.setText(self.tr("Add &below"))
        self.btn_rename.setText(self.tr("&Rename…"))
        self.btn_delete.setText(self.tr("&Delete"))
        self.btn_close.setText(self.tr("Close"))
