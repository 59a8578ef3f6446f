"""Lead reports: counts by status, by source and (managers) by owner over a period, as a table and a bar chart."""

from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.lead_reports import LeadReport, ReportRow, can_group_by_owner
from crm_desktop.ui.errors import show_error
from crm_desktop.ui.i18n import is_english
from crm_desktop.ui.modules.customers.common import DATE_FORMAT, make_table
from crm_desktop.ui.modules.leads.common import LeadServices, status_label
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background


class LeadReportTab(QWidget):
    def __init__(self, services: LeadServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lead_report_tab")
        self.services = services
        self.report: LeadReport | None = None
        self.group_combo = named(QComboBox(), "report_group_by")
        groups = ["status", "source"] + (["owner"] if can_group_by_owner(services.leads.user) else [])
        for key in groups:
            self.group_combo.addItem("", key)
        self.group_combo.activated.connect(self.reload)
        today = QDate.currentDate()
        self.from_edit = named(QDateEdit(today.addMonths(-3)), "report_from")
        self.to_edit = named(QDateEdit(today), "report_to")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
        self.from_label, self.to_label = (
            named(QLabel(), "report_from_label"),
            named(QLabel(), "report_to_label"),
        )
        self.group_label = named(QLabel(), "report_group_label")
        self.run_button = named(QPushButton(), "report_run")
        self.run_button.clicked.connect(self.reload)
        self.total_label = named(QLabel(), "report_total")
        self.table = make_table(self, "report_table")
        self.table.setColumnCount(2)
        char = self.fontMetrics().horizontalAdvance("中")
        self.table.setColumnWidth(0, char * 10 + 16)
        self.table.horizontalHeader().setMinimumSectionSize(char * 4)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setMinimumWidth(char * 17 + 40)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart_view = named(QChartView(self.chart), "report_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(self.fontMetrics().lineSpacing() * 14)
        top = QHBoxLayout()
        for widget in (
            self.group_label,
            self.group_combo,
            self.from_label,
            self.from_edit,
            self.to_label,
            self.to_edit,
            self.run_button,
        ):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.total_label)
        splitter = named(QSplitter(Qt.Orientation.Horizontal), "report_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart_view)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([char * 18 + 40, char * 50])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()

    def reload(self) -> None:
        reports, group = self.services.reports, self.group_combo.currentData()
        start, end = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        run_in_background(
            lambda: reports.report(group, start, end),  # type: ignore[arg-type]
            self._loaded,
            lambda error: show_error(self, error),
            receiver=self,
        )

    def _loaded(self, report: LeadReport) -> None:
        self.report = report
        self.fill()

    def label(self, row: ReportRow) -> str:
        assert self.report is not None
        if self.report.group_by == "status":
            return status_label(row.key)
        if not row.key:
            return self.tr("No source") if self.report.group_by == "source" else self.tr("Lead pool")
        return row.label_en if is_english() and row.label_en else row.label

    def fill(self) -> None:
        rows = self.report.rows if self.report else []
        labels = [self.label(r) for r in rows]
        self.table.setRowCount(len(rows))
        for index, (label, row) in enumerate(zip(labels, rows, strict=True)):
            self.table.setItem(index, 0, QTableWidgetItem(label))
            count = QTableWidgetItem(str(row.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 1, count)
        self.total_label.setText(
            self.tr("Total: {count}").format(count=self.report.total if self.report else 0)
        )
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(self.tr("Leads"))
        for row in rows:
            bars.append(row.count)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        values = QValueAxis()
        top = max([r.count for r in rows] + [1])
        step = max(1, math.ceil(top / 5))
        values.setLabelFormat("%d")
        values.setTickType(QValueAxis.TickType.TicksDynamic)
        values.setTickAnchor(0)
        values.setTickInterval(step)
        values.setRange(0, step * (math.ceil(top / step) + 1))
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.group_combo.currentText())

    def retranslate_ui(self) -> None:
        names = {"status": self.tr("By status"), "source": self.tr("By source"), "owner": self.tr("By owner")}
        for index in range(self.group_combo.count()):
            self.group_combo.setItemText(index, names[self.group_combo.itemData(index)])
        self.group_label.setText(self.tr("Report:"))
        self.from_label.setText(self.tr("Created from"))
        self.to_label.setText(self.tr("to"))
        self.run_button.setText(self.tr("Show"))
        self.table.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Leads")])
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
