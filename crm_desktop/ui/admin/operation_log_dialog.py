"""System settings → Operation log: who did what when and where, with the field changes; filter and export."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QLineEdit, QWidget

from crm_desktop.services.admin.oversight import OperationDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.table_dialog import TableDialog, when
from crm_desktop.ui.widgets.naming import named


class OperationLogDialog(TableDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, "operation_log_dialog", parent)
        self.entity = named(QLineEdit(), "filter_entity")
        self.entity.returnPressed.connect(self.reload)
        self.entity.setMinimumWidth(200)
        self.filter_bar.insertWidget(2, self.entity)
        self.retranslate_ui()
        self.reload()

    def fetch(self) -> list[OperationDTO]:
        return self.admin.oversight.operations(self.log_filter(entity=self.entity.text().strip()))

    def columns(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("User"),
            self.tr("Station"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Summary"),
            self.tr("Changes"),
        ]

    def cells(self, row: OperationDTO) -> list[str]:
        return [
            when(row.at),
            row.user,
            row.station_code or "",
            row.action,
            f"{row.entity} #{row.entity_id}" if row.entity_id is not None else row.entity,
            row.summary or "",
            json.dumps(row.changes, ensure_ascii=False, default=str) if row.changes else "",
        ]

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Operation log"))
        self.entity.setPlaceholderText(self.tr("Record type, e.g. customer"))
