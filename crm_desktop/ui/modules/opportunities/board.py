"""The stage board (kanban): one column per stage with deal cards; drag a card to another column to move the deal.

A drop is only a request: the board asks the service to move the deal (optimistic lock on the card's version; a
lost stage first asks for the reason) and then reloads, so the board always shows what the database holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QByteArray, QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.opportunities import OpportunityRowDTO, StageDTO, stage_totals
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.modules.opportunities.common import money
from crm_desktop.ui.widgets.naming import named

MIME = "application/x-crm-opportunity"


def card_text(row: OpportunityRowDTO) -> str:
    close = row.expected_close.isoformat() if row.expected_close else "—"
    return f"{row.name}\n{row.customer_name}\n¥ {money(row.amount)}   {close}"


class StageColumn(QListWidget):
    """One stage's cards. Dragging out carries "id:version"; a drop emits `card_dropped(id, version, stage_id)`."""

    card_dropped = Signal(int, int, int)

    def __init__(self, stage: StageDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"stage_column_{stage.code or stage.id}")
        self.stage = stage
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setMinimumWidth(190)
        self.setStyleSheet(
            "QListWidget::item { border: 1px solid #c8ccd0; border-radius: 4px; padding: 6px; background: #fbfbfc; }"
            "QListWidget::item:selected { background: #dbe9f7; color: black; }"
        )

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            row: OpportunityRowDTO = items[0].data(Qt.ItemDataRole.UserRole)
            data.setData(MIME, QByteArray(f"{row.id}:{row.version}".encode()))
        return data

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        payload = bytes(event.mimeData().data(MIME).data()).decode()
        # Never let Qt move the item itself: the board reloads from the database after the service call.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        try:
            opportunity_id, version = (int(part) for part in payload.split(":"))
        except ValueError:
            return
        self.card_dropped.emit(opportunity_id, version, self.stage.id)


class LostReasonDialog(QDialog):
    """Asks why a deal was lost (a reason from the code table and/or words)."""

    def __init__(self, reasons: Sequence[CodeDTO], deal_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lost_reason_dialog")
        self.deal_name = deal_name
        self.intro = named(QLabel(), "lost_intro")
        self.intro.setWordWrap(True)
        self.reason = named(QComboBox(), "lost_reason_code")
        self.reason.addItem("", None)
        for code in reasons:
            self.reason.addItem(code.label(current_language()), code.id)
        self.details = named(QLineEdit(), "lost_reason")
        self.details.setMinimumWidth(300)
        self.error = named(QLabel(), "error_lost_reason")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.reason_label, self.details_label = QLabel(), QLabel()
        self.form.addRow(self.reason_label, self.reason)
        self.form.addRow(self.details_label, self.details)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def values(self) -> tuple[int | None, str]:
        return self.reason.currentData(), self.details.text().strip()

    def _accept(self) -> None:
        code, text = self.values()
        if code is None and not text:
            self.error.setText(self.tr("A reason is required when a deal is lost."))
            self.error.show()
            return
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Deal lost"))
        self.intro.setText(self.tr("Why was “{name}” lost?").format(name=self.deal_name))
        self.reason_label.setText(self.tr("Reason"))
        self.details_label.setText(self.tr("Details"))


class StageBoard(QScrollArea):
    """Columns side by side; `move_requested(id, version, stage_id)` when a card is dropped on another stage."""

    move_requested = Signal(int, int, int)
    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stage_board")
        self.setWidgetResizable(True)
        self.columns: dict[int, StageColumn] = {}
        self.headers: dict[int, QLabel] = {}
        self._stages: list[StageDTO] = []
        self._rows: list[OpportunityRowDTO] = []
        self._inner = QWidget()
        self._layout = QHBoxLayout(self._inner)
        self.setWidget(self._inner)

    def set_stages(self, stages: Sequence[StageDTO]) -> None:
        for stage_id in list(self.columns):
            self.columns.pop(stage_id).deleteLater()
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.headers.clear()
        self._stages = list(stages)
        for stage in self._stages:
            frame = QFrame()
            frame.setFrameShape(QFrame.Shape.StyledPanel)
            box = QVBoxLayout(frame)
            header = named(QLabel(), f"stage_header_{stage.code or stage.id}")
            header.setWordWrap(True)
            header.setStyleSheet("font-weight: bold;")
            column = StageColumn(stage)
            column.card_dropped.connect(self._dropped)
            column.itemDoubleClicked.connect(self._double_clicked)
            box.addWidget(header)
            box.addWidget(column, 1)
            self._layout.addWidget(frame, 1)
            self.columns[stage.id] = column
            self.headers[stage.id] = header
        self.set_rows(self._rows)

    def set_rows(self, rows: Sequence[OpportunityRowDTO]) -> None:
        self._rows = list(rows)
        for column in self.columns.values():
            column.clear()
        for row in self._rows:
            target = self.columns.get(row.stage_id)
            if target is None:
                continue
            item = QListWidgetItem(card_text(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setSizeHint(QSize(0, target.fontMetrics().lineSpacing() * 4 + 16))
            item.setToolTip(f"{row.name} — {row.owner_name}")
            target.addItem(item)
        self.retranslate_ui()

    def card(self, opportunity_id: int) -> tuple[StageColumn, QListWidgetItem] | None:
        for column in self.columns.values():
            for i in range(column.count()):
                item = column.item(i)
                if item.data(Qt.ItemDataRole.UserRole).id == opportunity_id:
                    return column, item
        return None

    def _dropped(self, opportunity_id: int, version: int, stage_id: int) -> None:
        row = next((r for r in self._rows if r.id == opportunity_id), None)
        if row is not None and row.stage_id != stage_id:
            self.move_requested.emit(opportunity_id, version, stage_id)

    def _double_clicked(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(item.data(Qt.ItemDataRole.UserRole).id)

    def row(self, opportunity_id: int) -> OpportunityRowDTO | None:
        return next((r for r in self._rows if r.id == opportunity_id), None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        totals = stage_totals(self._rows)
        language = current_language()
        for stage in self._stages:
            count, amount = totals.get(stage.id, (0, Decimal("0")))
            self.headers[stage.id].setText(
                self.tr("{stage} ({probability} %)\nDeals: {count} · ¥ {amount}").format(
                    stage=stage.label(language),
                    probability=stage.probability,
                    count=count,
                    amount=money(amount),
                )
            )
