"""Choosing the database: the embedded SQLite file, a PostgreSQL or SQL Server server, or a URL typed in full."""

from __future__ import annotations

from urllib.parse import quote_plus

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import default_database_url
from crm_desktop.ui.widgets.naming import named

KINDS = ("sqlite", "postgresql", "mssql", "url")


class ConnectionDialog(QDialog):
    """Returns the chosen URL from `url()` after exec() == Accepted."""

    def __init__(self, current_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_dialog")
        self.setMinimumWidth(520)
        self.kind = named(QComboBox(), "connection_kind")
        self.kind.addItems(["", "", "", ""])
        self.stack = QStackedWidget()
        self.intro = QLabel(wordWrap=True)

        # SQLite
        self.sqlite_path = named(QLineEdit(), "sqlite_path")
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        sqlite_row = QHBoxLayout()
        sqlite_row.addWidget(self.sqlite_path, 1)
        sqlite_row.addWidget(self.browse)
        sqlite_page = QWidget()
        self.sqlite_form = QFormLayout(sqlite_page)
        self.file_label = QLabel()
        self.sqlite_form.addRow(self.file_label, sqlite_row)
        self.use_default = named(QPushButton(), "use_default")
        self.use_default.clicked.connect(lambda: self.sqlite_path.setText(_path_of(default_database_url())))
        self.sqlite_form.addRow("", self.use_default)

        # Servers
        self.server_pages: dict[str, dict[str, QLineEdit | QSpinBox]] = {}
        self.server_forms: dict[str, QFormLayout] = {}
        self.server_labels: dict[str, dict[str, QLabel]] = {}
        self.server_widgets: dict[str, QWidget] = {}
        for kind, port in (("postgresql", 5432), ("mssql", 1433)):
            page = QWidget()
            form = QFormLayout(page)
            port_box = QSpinBox(maximum=65535, value=port)
            fields: dict[str, QLineEdit | QSpinBox] = {
                "host": named(QLineEdit("localhost"), f"{kind}_host"),
                "port": port_box,
                "database": named(QLineEdit("crm"), f"{kind}_database"),
                "user": named(QLineEdit(), f"{kind}_user"),
                "password": named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), f"{kind}_password"),
            }
            if kind == "mssql":
                fields["driver"] = named(QLineEdit("ODBC Driver 18 for SQL Server"), "mssql_driver")
            self.server_labels[kind] = {key: QLabel() for key in fields}
            for key, widget in fields.items():
                form.addRow(self.server_labels[kind][key], widget)
            self.server_pages[kind] = fields
            self.server_forms[kind] = form
            self.server_widgets[kind] = page
        # URL
        url_page = QWidget()
        self.url_form = QFormLayout(url_page)
        self.url_edit = named(QLineEdit(), "url_edit")
        self.url_label = QLabel()
        self.url_form.addRow(self.url_label, self.url_edit)

        self.stack.addWidget(sqlite_page)
        for kind in ("postgresql", "mssql"):
            self.stack.addWidget(self.server_widgets[kind])
        self.stack.addWidget(url_page)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        top = QFormLayout()
        self.kind_label = QLabel()
        top.addRow(self.kind_label, self.kind)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._load(current_url)
        self.retranslate_ui()

    def _load(self, url: str) -> None:
        self.url_edit.setText(url)
        if url.startswith("sqlite:///"):
            self.kind.setCurrentIndex(0)
            self.sqlite_path.setText(_path_of(url))
        elif url.startswith(("postgresql", "postgres")):
            self.kind.setCurrentIndex(1)
        elif url.startswith("mssql"):
            self.kind.setCurrentIndex(2)
        else:
            self.kind.setCurrentIndex(3)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.sqlite_path.text(), self.tr("SQLite databases (*.sqlite3 *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if path:
            self.sqlite_path.setText(path)

    def url(self) -> str:
        kind = KINDS[self.kind.currentIndex()]
        if kind == "sqlite":
            return "sqlite:///" + self.sqlite_path.text().strip()
        if kind == "url":
            return self.url_edit.text().strip()
        f = self.server_pages[kind]
        text = {k: (w.text().strip() if isinstance(w, QLineEdit) else str(w.value())) for k, w in f.items()}
        user = quote_plus(text["user"])
        password = quote_plus(text["password"])
        auth = f"{user}:{password}@" if user and password else (f"{user}@" if user else "")
        scheme = "postgresql+psycopg" if kind == "postgresql" else "mssql+pyodbc"
        url = f"{scheme}://{auth}{text['host']}:{text['port']}/{quote_plus(text['database'])}"
        if kind == "mssql":
            url += "?driver=" + quote_plus(text["driver"]) + "&TrustServerCertificate=yes"
        return url

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Database connection"))
        self.intro.setText(
            self.tr(
                "All workstations of an office share one database. A single computer can use the embedded "
                "database file; an office uses a PostgreSQL or SQL Server server."
            )
        )
        self.kind_label.setText(self.tr("Database type"))
        for index, text in enumerate(
            (self.tr("Embedded database file (SQLite)"), self.tr("PostgreSQL server"),
             self.tr("SQL Server"), self.tr("Connection URL"))
        ):  # fmt: skip
            self.kind.setItemText(index, text)
        self.file_label.setText(self.tr("File"))
        self.browse.setText(self.tr("Browse…"))
        self.use_default.setText(self.tr("Use the default database file"))
        labels = {
            "host": self.tr("Server"), "port": self.tr("Port"), "database": self.tr("Database"),
            "user": self.tr("User name"), "password": self.tr("Password"), "driver": self.tr("ODBC driver"),
        }  # fmt: skip
        for kind_labels in self.server_labels.values():
            for key, label in kind_labels.items():
                label.setText(labels[key])
        self.url_label.setText(self.tr("URL"))


def _path_of(url: str) -> str:
    return url.removeprefix("sqlite:///")
