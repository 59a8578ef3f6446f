"""The lead pool tab: unowned leads; batch claim (up to the limit), and for administrators assignment to a
person or by the industry/region rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.directory import Colleague
from crm_desktop.services.lead_pool import RuleAssignment
from crm_desktop.services.leads import LeadDetail, LeadPage, LeadRow
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.form_source import FormSource
from crm_desktop.ui.modules.leads.common import (
    ENTITY,
    LeadServices,
    fill_lead_table,
    fill_people,
    lead_table,
    selected_rows,
    set_lead_headers,
)
from crm_desktop.ui.modules.leads.lead_dialog import LeadDialog
from crm_desktop.ui.modules.leads.pool_settings_dialog import LeadPoolSettingsDialog
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


@dataclass(frozen=True)
class _Loaded:
    page: LeadPage
    owned: int
    limit: int


class LeadPoolTab(QWidget):
    def __init__(self, services: LeadServices, book_source: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lead_pool_tab")
        self.services, self.book_source = services, book_source
        self.rows: list[LeadRow] = []
        self.next_after: int | None = None
        self.owned = self.limit = 0
        self.loading = False
        user = services.leads.user
        self.can_assign = user.can("leads", "assign")
        self.search_edit = named(QLineEdit(), "lead_pool_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.reload)
        self.table = lead_table(self, "lead_pool_table")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda index: self.open_lead(index.row()))
        self.claim_button = named(QPushButton(), "lead_pool_claim")
        self.claim_button.clicked.connect(self.claim)
        self.assign_combo = named(QComboBox(), "lead_pool_assign_to")
        self.assign_combo.setMinimumContentsLength(12)
        self.assign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.assign_button = named(QPushButton(), "lead_pool_assign")
        self.assign_button.clicked.connect(self.assign)
        self.rules_button = named(QPushButton(), "lead_pool_assign_rules")
        self.rules_button.clicked.connect(self.assign_by_rules)
        self.new_button = named(QPushButton(), "lead_pool_new")
        self.new_button.clicked.connect(self.new)
        self.settings_button = named(QPushButton(), "lead_pool_settings")
        self.settings_button.clicked.connect(self.open_settings)
        for widget in (
            self.assign_combo,
            self.assign_button,
            self.rules_button,
            self.new_button,
            self.settings_button,
        ):
            widget.setVisible(self.can_assign)
        self.more_button = named(QPushButton(), "lead_pool_more")
        self.more_button.clicked.connect(lambda: self.reload(append=True))
        self.count_label = named(QLabel(), "lead_pool_count")
        actions = QHBoxLayout()
        actions.addWidget(self.claim_button)
        actions.addSpacing(16)
        for widget in (self.assign_combo, self.assign_button, self.rules_button, self.new_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addWidget(self.more_button)
        actions.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        app_signals().records_changed.connect(self._records_changed)
        self.retranslate_ui()

    @property
    def book(self) -> CodeBook:
        return getattr(self.book_source, "book", CodeBook())

    @property
    def forms(self) -> FormSource | None:
        """The page's lead entry form (None outside a page)."""
        return getattr(self.book_source, "lead_forms", None)

    def set_people(self, people: list[Colleague]) -> None:
        fill_people(self.assign_combo, people)
        self._update_buttons()

    def reload(self, *, append: bool = False) -> None:
        self.loading = True
        self._update_buttons()
        pool, text = self.services.pool, self.search_edit.text()
        after = self.next_after if append else None

        def job() -> _Loaded:
            owned, limit = pool.my_count()
            return _Loaded(pool.list_pool(text, after_id=after), owned, limit)

        run_in_background(job, lambda loaded: self._loaded(loaded, append), self._failed, receiver=self)

    def _loaded(self, loaded: _Loaded, append: bool) -> None:
        self.loading = False
        self.rows = (self.rows if append else []) + loaded.page.rows
        self.next_after, self.owned, self.limit = loaded.page.next_after_id, loaded.owned, loaded.limit
        self.fill()

    def fill(self) -> None:
        fill_lead_table(self.table, self.rows, self.book_source)
        self.count_label.setText(
            self.tr("{count} leads shown · you hold {owned} open leads of at most {limit}").format(
                count=len(self.rows), owned=self.owned, limit=self.limit
            )
        )
        self.more_button.setVisible(self.next_after is not None)
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.loading = False
        self._update_buttons()
        show_error(self, error)

    def _records_changed(self, entity: str, _ids: list[object]) -> None:
        if entity == ENTITY and not self.loading:
            self.reload()

    def selected_ids(self) -> list[int]:
        return [self.rows[r].id for r in selected_rows(self.table) if r < len(self.rows)]

    def _update_buttons(self) -> None:
        selected = bool(self.selected_ids()) and not self.loading
        self.claim_button.setEnabled(selected and self.services.leads.user.can("leads", "edit"))
        self.assign_button.setEnabled(selected and self.assign_combo.count() > 0)
        self.rules_button.setEnabled(selected)

    # ----- actions -----------------------------------------------------------------------------------------
    def claim(self) -> None:
        ids, pool = self.selected_ids(), self.services.pool
        if ids:
            self._write(lambda: pool.claim(ids))

    def assign(self) -> None:
        ids, pool, to_user = self.selected_ids(), self.services.pool, self.assign_combo.currentData()
        if ids and to_user is not None:
            self._write(lambda: pool.assign(ids, to_user))

    def assign_by_rules(self) -> None:
        ids, pool = self.selected_ids(), self.services.pool
        if ids:
            self._write(lambda: pool.assign_by_rules(ids))

    def open_lead(self, row: int) -> None:
        """The lead's details (editable for those whose scope reaches it, read-only otherwise)."""
        if not 0 <= row < len(self.rows):
            return
        leads, lead_id = self.services.leads, self.rows[row].id
        run_in_background(
            lambda: leads.get(lead_id),
            self._show_lead,
            self._failed,
            receiver=self,
        )

    def _show_lead(self, detail: LeadDetail) -> None:
        LeadDialog(self.services, self.book, detail, self, forms=self.forms).exec()

    def new(self) -> None:
        LeadDialog(self.services, self.book, None, self, to_pool=True, forms=self.forms).exec()

    def open_settings(self) -> QDialog:
        dialog = LeadPoolSettingsDialog(self.services.auto_return, self)
        dialog.accepted.connect(self.reload)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def _write(self, job: Callable[[], Any]) -> None:
        self.loading = True
        self._update_buttons()

        def done(result: object) -> None:
            self.loading = False
            moved = list(result.assigned) if isinstance(result, RuleAssignment) else list(result)  # type: ignore[call-overload]
            app_signals().records_changed.emit(ENTITY, moved)
            if isinstance(result, RuleAssignment) and result.unmatched:
                QMessageBox.information(
                    self,
                    self.tr("Assign by rules"),
                    self.tr(
                        "{assigned} leads assigned; {unmatched} matched no rule and stay in the pool."
                    ).format(assigned=len(result.assigned), unmatched=len(result.unmatched)),
                )

        run_in_background(job, done, self._failed, receiver=self)

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search the lead pool by company, contact or phone"))
        self.claim_button.setText(self.tr("Claim selected"))
        self.assign_button.setText(self.tr("Assign to this person"))
        self.rules_button.setText(self.tr("Assign by rules"))
        self.new_button.setText(self.tr("New pool lead"))
        self.settings_button.setText(self.tr("Settings…"))
        self.more_button.setText(self.tr("More"))
        set_lead_headers(self.table, self.book_source)
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
