"""Forecast and quota per fiscal quarter: a table per person (with the total) and a bar chart; quota editing for
administrators (double-click the quota cell)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.forecast import COMMIT_PROBABILITY, ForecastDTO, ForecastRowDTO, ForecastService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import show_error, translate_error
from crm_desktop.ui.modules.opportunities.common import money
from crm_desktop.ui.print_actions import print_table
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

QUOTA_COLUMN = 2


class ForecastPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecast_page")
        self.workspace = workspace
        self.service = ForecastService(workspace.db, workspace.user)
        self.data: ForecastDTO | None = None
        self.stale = False
        self.year = named(QSpinBox(), "fiscal_year")
        self.year.setRange(2000, 2200)
        self.quarter = named(QComboBox(), "fiscal_quarter")
        for q in range(1, 5):
            self.quarter.addItem(f"Q{q}", q)
        self.year_label, self.quarter_label = QLabel(), QLabel()
        # Administrators choose the month the fiscal year starts in (system setting, default January).
        self.start_label = QLabel()
        self.start_month = named(QSpinBox(), "fiscal_start_month")
        self.start_month.setRange(1, 12)
        self.start_month.setValue(self.service.start_month())
        can_edit = workspace.user.can("forecast", "edit")
        self.start_label.setVisible(can_edit)
        self.start_month.setVisible(can_edit)
        self.refresh_button = named(QPushButton(), "refresh")
        self.refresh_button.clicked.connect(self.reload)
        self.print_button = named(QPushButton(), "print_forecast")
        self.print_button.clicked.connect(lambda: self.print_list())
        self.print_button.setVisible(workspace.user.can("forecast", "print"))
        self.period = named(QLabel(), "forecast_period")
        self.rule = named(QLabel(), "forecast_rule")
        self.rule.setWordWrap(True)
        self.table = named(QTableWidget(0, 8), "forecast_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(self._cell_double_clicked)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = named(QChartView(self.chart), "forecast_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)

        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        top.addWidget(self.quarter_label)
        top.addWidget(self.quarter)
        top.addWidget(self.refresh_button)
        top.addWidget(self.print_button)
        top.addWidget(self.start_label)
        top.addWidget(self.start_month)
        top.addWidget(self.period, 1)
        splitter = named(QSplitter(Qt.Orientation.Vertical), "forecast_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        year, quarter = self.service.current_quarter()
        self.year.setValue(year)
        self.quarter.setCurrentIndex(quarter - 1)
        self.year.valueChanged.connect(self.reload)
        self.quarter.currentIndexChanged.connect(self.reload)
        self.start_month.valueChanged.connect(self.set_start_month)
        app_signals().records_changed.connect(self._records_changed)
        self.reload()

    def reload(self) -> None:
        year, quarter = self.year.value(), self.quarter.currentData()
        run_in_background(
            lambda: self.service.forecast(year, quarter),
            self._show,
            lambda e: show_error(self, e),
            receiver=self,
        )

    def _records_changed(self, entity: str, _ids: list[int]) -> None:
        if entity in ("opportunity", "sales_quota"):
            if self.isVisible():
                self.reload()
            else:
                self.stale = True  # reloaded when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.reload()

    def _show(self, data: ForecastDTO) -> None:
        self.data = data
        lines = [*data.rows, data.total]
        self.table.setRowCount(len(lines))
        for r, row in enumerate(lines):
            percent = row.quota_percent
            values = (
                row.full_name or self.tr("Total"),
                row.department_name,
                money(row.quota),
                money(row.achieved),
                money(row.committed),
                money(row.best_case),
                f"{percent} %" if percent is not None else "—",
                money(max(row.quota - row.achieved, Decimal("0"))),
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.user_id)
                if col >= QUOTA_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.user_id is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, col, item)
        self.period.setText(
            self.tr("Fiscal quarter {start} to {end}").format(
                start=data.starts.isoformat(), end=data.ends.isoformat()
            )
        )
        self._draw_chart(data.rows)

    def _draw_chart(self, rows: tuple[ForecastRowDTO, ...]) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        series = QBarSeries()
        sets = [
            (self.tr("Quota"), lambda r: r.quota),
            (self.tr("Achieved"), lambda r: r.achieved),
            (self.tr("Committed"), lambda r: r.committed),
            (self.tr("Best case"), lambda r: r.best_case),
        ]
        top = Decimal("0")
        for label, pick in sets:
            bar = QBarSet(label)
            for row in rows:
                value = pick(row)
                top = max(top, value)
                bar.append(float(value))
            series.append(bar)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([r.full_name for r in rows])
        values = QValueAxis()
        values.setRange(0, float(top) * 1.1 or 1.0)
        values.setLabelFormat("%.0f")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def set_start_month(self, month: int) -> None:
        try:
            self.service.set_start_month(month)
        except ServiceError as error:
            show_error(self, error)
            return
        self.reload()

    def _cell_double_clicked(self, row: int, column: int) -> None:
        if self.data is None or column != QUOTA_COLUMN or not self.data.can_set_quota:
            return
        item = self.table.item(row, column)
        user_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if user_id is None:
            return
        self.edit_quota(int(user_id))

    def edit_quota(self, user_id: int) -> None:
        assert self.data is not None
        current = next((r.quota for r in self.data.rows if r.user_id == user_id), Decimal("0"))
        text, ok = QInputDialog.getText(
            self,
            self.tr("Set quota"),
            self.tr("Quota for {year} Q{quarter}:").format(year=self.data.year, quarter=self.data.quarter),
            text=str(current),
        )
        if not ok:
            return
        try:
            amount = Decimal(text.replace(",", "").strip())
        except InvalidOperation:
            amount = Decimal("-1")  # refused by the service with a clear message
        try:
            self.service.set_quota(user_id, self.data.year, self.data.quarter, amount)
        except ValidationError as error:  # no field to mark here: show the field's own message
            messages = [translate_error(m, error.field_params.get(f)) for f, m in error.fields.items()]
            QMessageBox.warning(self, self.tr("Set quota"), "\n".join(messages))
            return
        except ServiceError as error:
            show_error(self, error)
            return
        app_signals().records_changed.emit("sales_quota", [user_id])

    def print_list(self, path: str | None = None) -> None:
        """The forecast table as shown (the chosen fiscal quarter) as a PDF."""
        title = f"{self.tr('Forecast and quota')} {self.year.value()} Q{self.quarter.currentData()}"
        print_table(self, self.workspace, "forecast", title, self.table, path=path)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("Fiscal year"))
        self.quarter_label.setText(self.tr("Quarter"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.print_button.setText(self.tr("Print…"))
        self.start_label.setText(self.tr("Fiscal year starts in month"))
        self.rule.setText(
            self.tr(
                "Achieved: deals won in the quarter. Committed: open deals with a probability of at least "
                "{percent} % expected to close in the quarter. Best case: all open deals expected to close in "
                "the quarter. Administrators set quotas by double-clicking the quota cell."
            ).format(percent=COMMIT_PROBABILITY)
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Department"),
                self.tr("Quota"),
                self.tr("Achieved"),
                self.tr("Committed"),
                self.tr("Best case"),
                self.tr("Quota %"),
                self.tr("Still to achieve"),
            ]
        )
        self.chart.setTitle(self.tr("Forecast vs quota"))
        if self.data is not None:
            self._show(self.data)
