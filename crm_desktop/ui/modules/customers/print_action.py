"""The customer list's "Print…" menu: the list as shown (its query and order), and envelopes or address labels
for the selected customers, each saved as a PDF and opened."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.models.customer_table_model import CustomerTableModel
from crm_desktop.ui.print_actions import save_pdf
from crm_desktop.ui.widgets.naming import named

ENVELOPE_SIZES = ("cn5", "dl", "c5")
LABEL_SHEETS = ("a4_3x8", "a4_2x7")


class CustomerPrinter(QObject):
    def __init__(
        self,
        workspace: Workspace,
        model: CustomerTableModel,
        selected: Callable[[], list[int]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = model
        self.selected = selected
        self.parent_widget = parent
        self.menu = QMenu(parent)
        self.action = named(QAction(parent), "action_print_customers")
        self.action.setMenu(self.menu)
        self.action.triggered.connect(lambda _checked=False: self.print_list())
        self.action.setVisible(workspace.user.can("customers", "print"))
        self.act_list = named(self.menu.addAction(""), "action_print_customer_list")
        self.act_list.triggered.connect(lambda _checked=False: self.print_list())
        self.menu.addSeparator()
        self.act_envelopes: dict[str, QAction] = {}
        for size in ENVELOPE_SIZES:
            action = named(self.menu.addAction(""), f"action_print_envelopes_{size}")
            action.triggered.connect(lambda _checked=False, size=size: self.print_envelopes(size))
            self.act_envelopes[size] = action
        self.menu.addSeparator()
        self.act_labels: dict[str, QAction] = {}
        for sheet in LABEL_SHEETS:
            action = named(self.menu.addAction(""), f"action_print_labels_{sheet}")
            action.triggered.connect(lambda _checked=False, sheet=sheet: self.print_labels(sheet))
            self.act_labels[sheet] = action
        self.menu.aboutToShow.connect(self._update)
        self.retranslate_ui()

    def _update(self) -> None:
        chosen = bool(self.selected())
        for action in (*self.act_envelopes.values(), *self.act_labels.values()):
            action.setEnabled(chosen)

    def print_list(self, path: str | None = None) -> None:
        service, query, sort, language = (
            self.workspace.printing,
            self.model.query,
            self.model.sort_key,
            current_language(),
        )
        title = self.tr("Customers")
        save_pdf(
            self.parent_widget,
            lambda: service.customer_list_pdf(query, sort, language=language, title=title),
            self.tr("customers_{day}.pdf").format(day=date.today().isoformat()),
            path=path,
        )

    def print_envelopes(self, size: str, path: str | None = None) -> None:
        ids, service = self.selected(), self.workspace.printing
        save_pdf(
            self.parent_widget, lambda: service.envelopes_pdf(ids, size), f"envelopes_{size}.pdf", path=path
        )

    def print_labels(self, sheet: str, path: str | None = None) -> None:
        ids, service = self.selected(), self.workspace.printing
        save_pdf(self.parent_widget, lambda: service.labels_pdf(ids, sheet), f"labels_{sheet}.pdf", path=path)

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("Print…"))
        self.action.setToolTip(
            self.tr("Print the list, or envelopes and address labels for the selected customers")
        )
        self.act_list.setText(self.tr("Customer list…"))
        self.act_envelopes["cn5"].setText(self.tr("Envelopes – Chinese No. 5 (220 × 110 mm)…"))
        self.act_envelopes["dl"].setText(self.tr("Envelopes – DL (220 × 110 mm)…"))
        self.act_envelopes["c5"].setText(self.tr("Envelopes – C5 (229 × 162 mm)…"))
        self.act_labels["a4_3x8"].setText(self.tr("Address labels – A4, 3 × 8…"))
        self.act_labels["a4_2x7"].setText(self.tr("Address labels – A4, 2 × 7…"))
