"""The customer list as a lazy table model: pages fetched by keyset in a worker, never "load all rows"."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services.customers import (
    CustomerQuery,
    CustomerRow,
    Page,
    PageCursor,
    SortKey,
    TotalEstimate,
)
from crm_desktop.services.definitions.schema import FieldDef
from crm_desktop.services.definitions.values import display
from crm_desktop.services.errors import NotFound, PermissionDenied
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.i18n import current_language
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import run_in_background

AnyIndex = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "name",
    "type",
    "grade",
    "industry",
    "region",
    "phone",
    "owner",
    "last_contact",
    "created",
)
# The field (list layout column key) each fixed column shows.
COLUMN_FIELDS = {
    "name": "name",
    "type": "type_id",
    "grade": "grade_id",
    "industry": "industry_id",
    "region": "region_id",
    "phone": "phone",
    "owner": "owner_id",
    "last_contact": "last_contact_at",
    "created": "created_at",
}
# Only these columns have a keyset index; the others do not sort.
SORT_KEYS: dict[str, SortKey] = {"name": "name", "created": "created"}
# The order each sort runs in (the service's keyset order): names A→Z, newest first.
SORT_ORDERS: dict[SortKey, Qt.SortOrder] = {
    "name": Qt.SortOrder.AscendingOrder,
    "created": Qt.SortOrder.DescendingOrder,
}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100
RESIDENT_PAGES = 200  # at most this many pages of DTOs are held (20,000 rows at the default page size)

_ROW_FIELDS = tuple(f.name for f in fields(CustomerRow))


def _local_date(value: datetime | None) -> str:
    if value is None:
        return ""
    moment = value.astimezone() if value.tzinfo is not None else value
    return moment.strftime("%Y-%m-%d")


def _as_row(row: CustomerRow) -> CustomerRow:
    """A plain list row (a CustomerDetail is one too, but carries more than a list needs)."""
    if type(row) is CustomerRow:
        return row
    return CustomerRow(**{name: getattr(row, name) for name in _ROW_FIELDS})


class CustomerTableModel(QAbstractTableModel):
    """Rows of `CustomerRow`, appended a page at a time as the view scrolls (`canFetchMore`/`fetchMore`).

    Memory stays flat however far the user scrolls: the model keeps at most `resident_pages` pages of DTOs
    (least recently shown dropped first) plus, per page, the keyset cursor where it starts. A dropped page that
    comes back into view is fetched again from its cursor in the background (its cells are blank meanwhile).

    `set_query`/`set_sort`/`refresh` reset the model and fetch the first page. A page that arrives after a reset
    is dropped (each fetch carries the generation it was started for). The code tables that label the type,
    grade, industry and region columns are read together with the first page unless given.
    """

    loading_changed = Signal(bool)
    rows_loaded = Signal(int)  # rows now held, after a page arrived
    load_failed = Signal(object)  # the exception
    code_book_ready = Signal(object)  # the CodeBook, when the model read it itself
    total_estimated = Signal(object)  # a TotalEstimate for the current query (or None while unknown)

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        code_book: CodeBook | None = None,
        resident_pages: int = RESIDENT_PAGES,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._resident_pages = max(resident_pages, 3)
        self._book = code_book
        self._pages: OrderedDict[int, list[CustomerRow]] = OrderedDict()  # page number -> rows, LRU order
        self._starts: list[PageCursor | None] = []  # keyset cursor where each known page starts
        self._count = 0  # rows known (fetched at least once)
        self._positions: dict[int, int] = {}  # customer id -> row, for resident rows
        self._refetching: set[int] = set()
        self._query = CustomerQuery()
        self._sort: SortKey | str = "name"  # or a custom field's key
        self._descending = False  # custom field sorts only (name and created have a fixed direction)
        self._cursor: PageCursor | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self.total: TotalEstimate | None = None
        self._estimate_pending = True
        self.last_error: Exception | None = None
        self.removing = False  # rows are leaving: selection changes now are not the user's doing
        self._field_columns: list[FieldDef] = []  # columns after COLUMNS: other fields, custom ones included

    # ----- state -------------------------------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        return self._workspace

    @property
    def query(self) -> CustomerQuery:
        return self._query

    @property
    def sort_key(self) -> SortKey | str:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def code_book(self) -> CodeBook | None:
        return self._book

    def is_loading(self) -> bool:
        return self._loading

    def is_complete(self) -> bool:
        """Whether every matching row has been fetched."""
        return self._exhausted and self.last_error is None

    def resident_rows(self) -> int:
        """How many row DTOs the model holds now (at most resident_pages × page size)."""
        return sum(len(rows) for rows in self._pages.values())

    def _dto(self, row: int) -> CustomerRow | None:
        page = self._pages.get(row // self._page_size)
        offset = row % self._page_size
        if page is None or offset >= len(page):
            return None
        return page[offset]

    def row_dto(self, row: int) -> CustomerRow:
        dto = self._dto(row)
        if dto is None:
            raise IndexError(f"row {row} is not held (dropped from the window or not fetched)")
        return dto

    def find_row(self, customer_id: int) -> int | None:
        return self._positions.get(customer_id)

    def set_code_book(self, book: CodeBook) -> None:
        self._book = book
        self._relabel()

    # ----- resetting ---------------------------------------------------------------------------------------
    def set_query(self, query: CustomerQuery) -> None:
        self._query = query
        self.refresh()

    def set_sort(self, sort: SortKey | str, descending: bool = False) -> None:
        self._sort = sort
        self._descending = descending and sort not in SORT_ORDERS
        self.refresh()

    def refresh(self) -> None:
        """Drop the rows and fetch the first page again (and a new total estimate)."""
        self._generation += 1
        self.beginResetModel()
        self._pages = OrderedDict()
        self._starts = []
        self._count = 0
        self._positions = {}
        self._refetching = set()
        self._cursor = None
        self._exhausted = False
        self._loading = False
        self.last_error = None
        self.total = None
        self.endResetModel()
        self.total_estimated.emit(None)
        self._estimate_pending = True  # asked once the first page is shown, so it never delays that page
        self._start_fetch()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Switch the keyset sort when `column` is name or created (the service fixes the direction) or a custom
        field (in `order`)."""
        if not self.sortable_column(column):
            return
        if column < len(COLUMNS):
            key = SORT_KEYS[COLUMNS[column]]
            if key != self._sort:
                self.set_sort(key)
            return
        field_key, descending = self.column_key(column), order == Qt.SortOrder.DescendingOrder
        if (field_key, descending) != (self._sort, self._descending):
            self.set_sort(field_key, descending)

    def sortable_column(self, column: int) -> bool:
        if 0 <= column < len(COLUMNS):
            return COLUMNS[column] in SORT_KEYS
        return 0 <= column < self.columnCount() and self._field_columns[column - len(COLUMNS)].custom

    def column_of(self, sort: SortKey | str) -> int:
        """The section a sort key sorts by (-1 when no section shows it)."""
        fixed = {key: name for name, key in SORT_KEYS.items()}
        if sort in fixed:
            return COLUMNS.index(fixed[sort])
        keys = [f.key for f in self._field_columns]
        return len(COLUMNS) + keys.index(sort) if sort in keys else -1

    def sort_order(self) -> Qt.SortOrder:
        """The direction the list is in now."""
        if self._sort in SORT_ORDERS:
            return SORT_ORDERS[self._sort]
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    # ----- fetching ----------------------------------------------------------------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._start_fetch()

    def _start_fetch(self) -> None:
        self._loading = True
        self.loading_changed.emit(True)
        generation = self._generation
        workspace, book, service = self._workspace, self._book, self._workspace.customers
        query, cursor, sort, limit = self._query, self._cursor, self._sort, self._page_size
        descending = self._descending

        def job() -> tuple[CodeBook | None, Page | Exception]:
            loaded = CodeBook.load(workspace) if book is None else None
            try:
                return loaded, service.list_page(query, cursor, limit, sort, descending=descending)
            except Exception as error:  # delivered with the code book, which is still good
                return loaded, error

        run_in_background(
            job,
            lambda result: self._page_arrived(generation, cursor, result),
            lambda error: self._page_arrived(generation, cursor, (None, error)),
            receiver=self,
        )

    def _estimate_total(self) -> None:
        generation, service, query = self._generation, self._workspace.customers, self._query

        def arrived(estimate: TotalEstimate) -> None:
            if generation == self._generation:
                self.total = estimate
                self.total_estimated.emit(estimate)

        run_in_background(lambda: service.estimate_total(query), arrived, lambda _error: None, receiver=self)

    def _page_arrived(
        self, generation: int, cursor: PageCursor | None, result: tuple[CodeBook | None, Page | Exception]
    ) -> None:
        book, page = result
        if book is not None and self._book is None:
            self.set_code_book(book)
            self.code_book_ready.emit(book)
        if generation != self._generation:
            return
        self._loading = False
        if isinstance(page, Exception):
            self.last_error = page
            self._exhausted = True  # stop the view asking again; `refresh` retries
            self.loading_changed.emit(False)
            self.load_failed.emit(page)
            return
        fresh = [row for row in page.rows if row.id not in self._positions]
        if fresh:
            number = len(self._starts)
            first = self._count
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._starts.append(cursor)
            self._store(number, fresh)
            self._count += len(fresh)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._exhausted = page.next_cursor is None or len(fresh) < self._page_size
        if self._estimate_pending:
            self._estimate_pending = False
            self._estimate_total()
        self.loading_changed.emit(False)
        self.rows_loaded.emit(self._count)

    def _store(self, number: int, rows: list[CustomerRow]) -> None:
        """Hold page `number`, dropping the least recently used pages beyond the window."""
        first = number * self._page_size
        old = self._pages.pop(number, None)
        for row in old or ():
            self._positions.pop(row.id, None)
        self._pages[number] = rows
        for offset, row in enumerate(rows):
            self._positions[row.id] = first + offset
        while len(self._pages) > self._resident_pages:
            _dropped, dropped_rows = self._pages.popitem(last=False)
            for row in dropped_rows:
                self._positions.pop(row.id, None)

    def _touch(self, number: int) -> None:
        if number in self._pages:
            self._pages.move_to_end(number)
        elif number < len(self._starts) and number not in self._refetching:
            self._refetch(number)

    def _refetch(self, number: int) -> None:
        """Fetch a page that left the window again, from the cursor it started at."""
        self._refetching.add(number)
        generation, service = self._generation, self._workspace.customers
        query, cursor, sort, limit = self._query, self._starts[number], self._sort, self._page_size
        descending = self._descending

        def arrived(page: Page) -> None:
            self._refetching.discard(number)
            if generation != self._generation:
                return
            first = number * self._page_size
            size = min(limit, self._count - first)
            self._store(number, [row for row in page.rows[:size] if row.id not in self._positions])
            self.dataChanged.emit(self.index(first, 0), self.index(first + size - 1, self.columnCount() - 1))

        def failed(_error: Exception) -> None:
            self._refetching.discard(number)

        run_in_background(
            lambda: service.list_page(query, cursor, limit, sort, descending=descending),
            arrived,
            failed,
            receiver=self,
        )

    # ----- keeping rows current ----------------------------------------------------------------------------
    def refresh_rows(self, ids: list[int]) -> None:
        """Re-read changed rows in place; rows that vanished (deleted, out of scope) leave the list.

        Ids not in the list (new records) need a full `refresh` to land in their sorted place.
        """
        known = [i for i in ids if i in self._positions]
        if not known:
            return
        generation = self._generation
        service = self._workspace.customers

        def job() -> list[tuple[int, CustomerRow | None]]:
            result: list[tuple[int, CustomerRow | None]] = []
            for customer_id in known:
                try:
                    result.append((customer_id, _as_row(service.get(customer_id))))
                except (NotFound, PermissionDenied):
                    result.append((customer_id, None))
            return result

        run_in_background(job, lambda rows: self._rows_refreshed(generation, rows), None, receiver=self)

    def _rows_refreshed(self, generation: int, rows: list[tuple[int, CustomerRow | None]]) -> None:
        if generation != self._generation:
            return
        removed = False
        for customer_id, row in rows:
            position = self._positions.get(customer_id)
            if position is None:
                continue
            number, offset = divmod(position, self._page_size)
            if row is not None:
                self._pages[number][offset] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))
                continue
            if len(self._pages) > 1 or len(self._starts) > 1:
                # Rows of later pages would shift across page boundaries: reload instead.
                self.refresh()
                return
            self.removing = True
            try:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._pages[number][offset]
                self._count -= 1
                self._positions = {r.id: i for i, r in enumerate(self._pages[number])}
                self.endRemoveRows()
                removed = True
            finally:
                self.removing = False
        if removed or rows:
            self.rows_loaded.emit(self._count)

    # ----- the table ---------------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + len(self._field_columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        self._touch(index.row() // self._page_size)
        row = self._dto(index.row())
        if row is None:
            return None  # dropped from the window: being fetched again
        if index.column() >= len(COLUMNS):
            field = self._field_columns[index.column() - len(COLUMNS)]
            return self._field_display(row, field) if role == Qt.ItemDataRole.DisplayRole else None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "owner" and row.owner_id is None:
            return Qt.GlobalColor.darkGray
        return None

    def _display(self, row: CustomerRow, column: str) -> str:
        book = self._book or CodeBook()
        if column == "name":
            return row.name
        if column == "type":
            return book.label(row.type_id)
        if column == "grade":
            return book.label(row.grade_id)
        if column == "industry":
            return book.label(row.industry_id)
        if column == "region":
            return book.region_label(row.region_id)
        if column == "phone":
            return row.phone or row.mobile or ""
        if column == "owner":
            return row.owner_name or self.tr("Public pool")
        if column == "last_contact":
            return _local_date(row.last_contact_at)
        if column == "created":
            return _local_date(row.created_at)
        return ""

    # ----- columns from the list layout ---------------------------------------------------------------------
    def set_field_columns(self, columns: list[FieldDef]) -> None:
        """The columns after the fixed ones (COLUMNS): fields the list layout shows that those do not cover."""
        if [f.key for f in columns] == [f.key for f in self._field_columns]:
            self._field_columns = list(columns)  # same columns, maybe new labels
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            return
        if self._field_columns:
            self.beginRemoveColumns(QModelIndex(), len(COLUMNS), self.columnCount() - 1)
            self._field_columns = []
            self.endRemoveColumns()
        if columns:
            self.beginInsertColumns(QModelIndex(), len(COLUMNS), len(COLUMNS) + len(columns) - 1)
            self._field_columns = list(columns)
            self.endInsertColumns()

    def column_key(self, section: int) -> str:
        """The field key a section shows (a list layout's column key)."""
        if section < len(COLUMNS):
            return COLUMN_FIELDS[COLUMNS[section]]
        return self._field_columns[section - len(COLUMNS)].key

    def _field_display(self, row: CustomerRow, field: FieldDef) -> str:
        extra: Mapping[str, Any] = getattr(row, "extra", None) or {}
        value = getattr(row, field.key, None) if field.builtin else extra.get(field.key)
        book = self._book or CodeBook()
        if value is not None and field.type == "choice" and field.code_table:
            return book.region_label(value) if field.code_table == "region" else book.label(value)
        return display(value, field, None, current_language())

    def _tooltip(self, row: CustomerRow, column: str) -> str | None:
        if column == "name" and row.short_name:
            return self.tr("{name} (short name: {short})").format(name=row.name, short=row.short_name)
        if column == "phone" and row.phone and row.mobile:
            return self.tr("Phone: {phone}\nMobile: {mobile}").format(phone=row.phone, mobile=row.mobile)
        if column == "owner" and row.owner_id is None:
            return self.tr("No owner: anyone may claim this customer from the public pool.")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section >= len(COLUMNS):
            field = self._field_columns[section - len(COLUMNS)]
            return field.label(current_language()) if role == Qt.ItemDataRole.DisplayRole else None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "name":
                return self.tr("Click to sort by name")
            if column == "created":
                return self.tr("Click to sort by creation date, newest first")
        return None

    def _header_text(self, column: str) -> str:
        texts = {
            "name": self.tr("Name"),
            "type": self.tr("Type"),
            "grade": self.tr("Grade"),
            "industry": self.tr("Industry"),
            "region": self.tr("Region"),
            "phone": self.tr("Phone"),
            "owner": self.tr("Owner"),
            "last_contact": self.tr("Last contact"),
            "created": self.tr("Created"),
        }
        return texts[column]

    def retranslate_ui(self) -> None:
        """Headers and code labels in the new language (called by the view on LanguageChange)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self._relabel()

    def _relabel(self) -> None:
        if self._count:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self._count - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole],
            )
