"""Import customers from Excel: choose a file → map columns (with a preview) → options → run in a worker with a
progress bar and Stop → the result, with "Save errors as…"."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.services.errors import ServiceError, ValidationError
from crm_desktop.services.imports import FIELDS, ImportOptions, ImportPreview, ImportResult, Mode
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.errors import error_text, translate_error
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.naming import named
from crm_desktop.ui.workers import run_in_background

FILE_FILTER = "Excel (*.xlsx)"


def _error_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    label.setStyleSheet("color: #c0392b;")
    label.setWordWrap(True)
    label.hide()
    return label


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, object)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.path_edit = named(QLineEdit(), "import_path")
        self.path_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.browse = named(QPushButton(), "import_browse")
        self.browse.clicked.connect(self._browse)
        self.error = _error_label("import_file_error")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate_ui()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an Excel file"), "", FILE_FILTER)
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:
        """Read the headers and first rows (a bad file is refused here, with its reason)."""
        self.error.hide()
        try:
            self.wiz.preview = self.wiz.service.preview(self.path_edit.text().strip())
        except ServiceError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) whose first row holds the column names."))
        self.browse.setText(self.tr("Browse…"))
        self.hint.setText(
            self.tr(
                "Rows that match an existing customer (same name, ignoring legal-form suffixes such as 有限公司, "
                "and the same phone) update it instead of creating a duplicate, so an import can safely be "
                "run again after it was stopped."
            )
        )


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.table = named(QTableWidget(), "import_preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []
        self.error = _error_label("import_mapping_error")
        self.note = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        self.retranslate_ui()

    def initializePage(self) -> None:
        preview = self.wiz.preview
        assert preview is not None
        self.error.hide()
        columns = len(preview.headers)
        self.table.clear()
        self.table.setColumnCount(columns)
        self.table.setRowCount(len(preview.rows) + 1)
        self.table.setHorizontalHeaderLabels(list(preview.headers))
        self.table.setVerticalHeaderLabels(["→", *(str(i + 2) for i in range(len(preview.rows)))])
        self.combos = []
        for column in range(columns):
            combo = named(QComboBox(), f"map_{column}")
            combo.addItem("", None)
            for item in FIELDS:
                combo.addItem(QCoreApplication.translate("Import", item.label), item.key)
            combo.setCurrentIndex(max(combo.findData(preview.mapping.get(column)), 0))
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, values in enumerate(preview.rows, start=1):
            for c, value in enumerate(values[:columns]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        for column in range(columns):
            self.table.setColumnWidth(column, max(140, min(self.table.columnWidth(column), 260)))
        self._relabel_skip()

    def mapping(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()}

    def set_field(self, column: int, key: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def validatePage(self) -> bool:
        self.error.hide()
        try:
            self.wiz.service.check_mapping(self.mapping())
        except ValidationError as error:
            self.error.setText(translate_error(error.fields["mapping"], error.field_params.get("mapping")))
            self.error.show()
            return False
        return True

    def _relabel_skip(self) -> None:
        for combo in self.combos:
            combo.setItemText(0, self.tr("(skip)"))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(
            self.tr("Choose the customer field each column fills; skipped columns are not imported.")
        )
        self.note.setText(self.tr("The first rows of the file:"))
        self._relabel_skip()


class OptionsPage(QWizardPage):
    MODES: tuple[Mode, ...] = ("create_or_update", "create_only", "update_only")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.buttons: dict[Mode, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for index, mode in enumerate(self.MODES):
            button = named(QRadioButton(), f"mode_{mode}")
            self.group.addButton(button, index)
            self.buttons[mode] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.buttons["create_or_update"].setChecked(True)
        self.retranslate_ui()

    def mode(self) -> Mode:
        return self.MODES[max(self.group.checkedId(), 0)]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Choose what to do"))
        self.setSubTitle(self.tr("A row matches a customer with the same name and phone."))
        self.buttons["create_or_update"].setText(self.tr("Create new customers and update matching ones"))
        self.buttons["create_only"].setText(self.tr("Only create new customers (skip matching rows)"))
        self.buttons["update_only"].setText(self.tr("Only update existing customers (skip new rows)"))


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.progress = named(QProgressBar(), "import_progress")
        self.status = named(QLabel(), "import_status")
        self.stop = named(QPushButton(), "import_stop")
        self.stop.clicked.connect(self.request_stop)
        self.error = _error_label("import_run_error")
        self.running = False
        self.finished = False
        self._first: tuple[float, int] | None = None  # when the first batch was counted, and its rows
        self._stop = threading.Event()
        self._relay = _Progress(self)
        self._relay.changed.connect(self._progressed)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        preview, mapping = self.wiz.preview, self.wiz.mapping_page.mapping()
        assert preview is not None
        options = ImportOptions(mode=self.wiz.options_page.mode(), batch_size=self.wiz.batch_size)
        self._stop = threading.Event()
        self.running, self.finished = True, False
        self.error.hide()
        self.progress.setRange(0, preview.estimated_rows or 0)
        self.progress.setValue(0)
        self.stop.setEnabled(True)
        self.status.setText(self.tr("Importing…"))
        self._first = None
        service, stop, relay = self.wiz.service, self._stop, self._relay

        def job() -> ImportResult:
            return service.run(preview.path, mapping, options, progress=lambda done, total: relay.changed.emit(done, total),
                               cancelled=stop.is_set)  # fmt: skip

        run_in_background(job, self._done, self._failed, receiver=self)

    def request_stop(self) -> None:
        self._stop.set()
        self.stop.setEnabled(False)
        self.status.setText(self.tr("Stopping after the current batch…"))

    def _progressed(self, done: int, total: object) -> None:
        if isinstance(total, int) and total > 0:
            self.progress.setMaximum(max(total, done))
        self.progress.setValue(done)
        now = time.monotonic()
        if self._first is None:  # the rate counts from the first batch: starting the reader is not the pace
            self._first = (now, done)
        first_time, first_done = self._first
        rate = (done - first_done) / (now - first_time) if now - first_time >= 1 else None
        if not self._stop.is_set():
            self.status.setText(self.progress_text(done, total if isinstance(total, int) else None, rate))

    def progress_text(self, done: int, total: int | None, rate: float | None) -> str:
        """The status line: rows processed; with a rate (rows a second), the rate and the time left."""
        text = self.tr("{done} rows processed").format(done=f"{done:,}")
        if not rate or rate <= 0:
            return text
        text += " · " + self.tr("{rate} rows/s").format(rate=f"{rate:,.0f}")
        if total is not None and total > done:
            left = (total - done) / rate
            if left < 60:
                text += " · " + self.tr("about {seconds} s left").format(seconds=max(1, round(left)))
            else:
                text += " · " + self.tr("about {minutes} min left").format(minutes=round(left / 60))
        return text

    def _done(self, result: ImportResult) -> None:
        self.wiz.import_result = result
        self._finish()
        self.progress.setMaximum(max(self.progress.maximum(), result.rows_read, 1))
        if not result.cancelled:
            self.progress.setValue(self.progress.maximum())
        self.wiz.next()

    def _failed(self, error: Exception) -> None:
        self._finish()
        self.error.setText(error_text(error))
        self.error.show()
        self.status.setText(self.tr("The import stopped; the batches saved before the error are kept."))

    def _finish(self) -> None:
        self.running, self.finished = False, True
        self.stop.setEnabled(False)
        app_signals().records_changed.emit("customer", [])
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.finished and self.wiz.import_result is not None

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("Rows are saved in batches; Stop ends after the current batch."))
        self.stop.setText(self.tr("Stop"))


class ResultPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.summary = named(QLabel(), "import_summary")
        self.summary.setWordWrap(True)
        self.save = named(QPushButton(), "import_save_errors")
        self.save.clicked.connect(self._save_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate_ui()

    def initializePage(self) -> None:
        self._show()

    def _show(self) -> None:
        result = self.wiz.import_result
        if result is None:
            return
        lines = [
            self.tr("Created: {n}").format(n=f"{result.created:,}"),
            self.tr("Updated: {n}").format(n=f"{result.updated:,}"),
            self.tr("Unchanged: {n}").format(n=f"{result.unchanged:,}"),
            self.tr("Rejected: {n}").format(n=f"{result.rejected:,}"),
        ]
        if result.cancelled:
            lines.insert(0, self.tr("Stopped after {n} rows. Run the import again to finish it: rows already "
                                    "saved are matched, not duplicated.").format(n=f"{result.rows_read:,}"))  # fmt: skip
        self.summary.setText("\n".join(lines))
        self.save.setEnabled(bool(result.errors))

    def _save_clicked(self) -> None:
        default = (
            str(Path(self.wiz.preview.path).with_name(Path(self.wiz.preview.path).stem + "_errors.xlsx"))
            if self.wiz.preview
            else ""
        )
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save errors as"), default, FILE_FILTER)
        if path:
            self.save_errors_to(path)

    def save_errors_to(self, path: str) -> bool:
        result = self.wiz.import_result
        assert result is not None
        try:
            self.wiz.service.save_errors(result, path, translate_error,
                                         (self.tr("Row"), self.tr("Field"), self.tr("Error")))  # fmt: skip
        except OSError as error:
            QMessageBox.warning(self, self.tr("Save errors as"), str(error))
            return False
        return True

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Result"))
        self.setSubTitle(
            self.tr("What the import did. Rejected rows can be saved, corrected and imported again.")
        )
        self.save.setText(self.tr("Save errors as…"))
        self._show()


class ImportWizard(QWizard):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, batch_size: int = 1000
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.workspace = workspace
        self.service = workspace.imports
        self.batch_size = batch_size
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.options_page, self.run_page, self.result_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(820, 560)
        self.retranslate_ui()

    def _page_changed(self, _page_id: int) -> None:
        on_run = self.currentPage() is self.run_page
        self.button(QWizard.WizardButton.BackButton).setVisible(
            not on_run and self.currentPage() is not self.result_page
        )
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not on_run)
        self.button(QWizard.WizardButton.CancelButton).setVisible(self.currentPage() is not self.result_page)

    def reject(self) -> None:
        if self.run_page.running:  # the worker holds the file and a transaction: stop it first
            self.run_page.request_stop()
            return
        super().reject()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import customers"))
        for page in (self.file_page, self.mapping_page, self.options_page, self.run_page, self.result_page):
            page.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
