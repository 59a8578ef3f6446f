"""Excel (.xlsx) writing and reading: rows in, a file out; a file in, rows out. No Qt, no database.

Writing uses openpyxl's write-only mode (constant memory for any row count). Text that a spreadsheet could take
for a formula (starting with =, +, -, @, tab or carriage return) is stored as a string cell with Excel's
"quote prefix", so it is shown and edited as text and never evaluated.

Reading checks the zip directory before any XML is parsed and refuses, with a reason code, files that are empty,
truncated, encrypted (an OLE compound file), not .xlsx at all, zip bombs, or larger than the row limit.
openpyxl reads the manifest, shared strings and styles over defusedxml; the sheet itself is streamed by
`sheet_stream` (expat, DTDs refused: no entity expansion, no external entities), so memory stays bounded whatever
the file holds.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

import openpyxl
import openpyxl.xml
from openpyxl.cell import WriteOnlyCell
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles import Font
from openpyxl.styles.stylesheet import apply_stylesheet

from crm_desktop.exports.sheet_stream import DtdForbidden, SheetRow, SheetStream

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
_ENCRYPTION_MARK = "EncryptionInfo".encode("utf-16-le")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 forbids these; tab, LF and CR are fine

MAX_ROWS = 200_000
MAX_COLUMNS = 100
MAX_ZIP_ENTRIES = 2_000
MAX_UNCOMPRESSED = 1024 * 1024 * 1024  # all parts together, as the zip directory declares them
MAX_RATIO = 200  # uncompressed : compressed, for any part larger than RATIO_FLOOR
RATIO_FLOOR = 20 * 1024 * 1024

Source = str | Path | IO[bytes]


class BadWorkbook(Exception):
    """A file refused before or while reading. `code` names the reason (see `REASONS`)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code = code
        self.params = params


REASONS = ("empty", "truncated", "encrypted", "old_xls", "not_xlsx", "zip_bomb", "too_many_rows", "no_sheet")


# ----- writing -------------------------------------------------------------------------------------------------
def safe_text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _cell(sheet: Any, value: object, bold: Font | None = None) -> object:
    """The value as written: plain values pass through (fast); formula-like text, dates and headers get a cell."""
    if bold is None and isinstance(value, str) and not value.startswith(FORMULA_PREFIXES):
        return safe_text(value) if _ILLEGAL.search(value) else value
    if bold is None and (value is None or isinstance(value, (int, float))):
        return value
    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.replace(tzinfo=None)  # Excel has no time zones; callers pass local time
    if isinstance(value, str):
        value = safe_text(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    if bold is not None:
        cell.font = bold
    return cell


def write_xlsx(
    target: str | Path | IO[bytes],
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet_title: str = "Sheet1",
    column_widths: Sequence[int] | None = None,
) -> int:
    """Write one sheet with a bold header row and `rows`; returns the number of data rows written."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet(title=safe_text(sheet_title)[:31] or "Sheet1")
    widths = column_widths or [max(10, min(40, len(h) * 2 + 2)) for h in headers]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_cell(sheet, h, bold) for h in headers])
    count = 0
    for row in rows:
        sheet.append([_cell(sheet, v) for v in row])
        count += 1
    book.save(target)
    return count


# ----- reading -------------------------------------------------------------------------------------------------
def _head(source: Source, size: int) -> bytes:
    if isinstance(source, (str, Path)):
        with open(source, "rb") as handle:
            return handle.read(size)
    position = source.tell()
    data = source.read(size)
    source.seek(position)
    return data


def _check_container(source: Source) -> None:
    head = _head(source, 4 * 1024 * 1024)
    if not head:
        raise BadWorkbook("empty")
    if head.startswith(OLE_SIGNATURE):
        # Password-protected .xlsx files are OLE compound files holding an EncryptionInfo stream; other OLE
        # files are old binary .xls workbooks.
        raise BadWorkbook("encrypted" if _ENCRYPTION_MARK in head else "old_xls")
    if not head.startswith(ZIP_SIGNATURE):
        raise BadWorkbook("not_xlsx")
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, OSError) as error:
        raise BadWorkbook("truncated") from error
    finally:
        if not isinstance(source, (str, Path)):
            source.seek(0)
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise BadWorkbook("not_xlsx")
    if len(infos) > MAX_ZIP_ENTRIES:
        raise BadWorkbook("zip_bomb")
    # zipfile never inflates a member past its declared size (and checks the CRC), so these figures bound
    # what parsing can ever see.
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BadWorkbook("zip_bomb")
    if total > MAX_UNCOMPRESSED:
        raise BadWorkbook("zip_bomb")


_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"')


def _sheet_size(source: Source, sheet_part: str) -> tuple[int | None, int | None]:
    """(rows claimed by the sheet's <dimension> element, rows estimated from the part's size), both from the
    part's first bytes without parsing. (openpyxl's own `max_row` parses the whole sheet when the element is
    missing, as in files written by openpyxl's write-only mode.)"""
    try:
        with zipfile.ZipFile(source) as archive, archive.open(sheet_part) as part:
            size = archive.getinfo(sheet_part).file_size
            head = part.read(64 * 1024)
    except (KeyError, zipfile.BadZipFile, OSError):
        return None, None
    finally:
        if not isinstance(source, (str, Path)):
            source.seek(0)
    estimate = None
    data = head.find(b"<sheetData")
    rows = head.count(b"<row", max(data, 0))
    if data >= 0 and rows > 1:
        estimate = round((size - data) * (rows - 1) / max(len(head) - data, 1))
        estimate = max(estimate, rows)
    match = _DIMENSION.search(head)
    if match is None:
        return None, estimate
    return (int(match.group(1)) if match.group(1) else 1), estimate


class WorkbookReader:
    """The first sheet of an .xlsx file: `headers` (row 1) and `rows()` (the rest, blank rows skipped).

    Use as a context manager. Raises `BadWorkbook` on open for a refused file, and from `rows()` once more
    than `max_rows` data rows have been read.
    """

    def __init__(self, source: Source, *, max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS) -> None:
        if not openpyxl.xml.DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
            raise RuntimeError("defusedxml is required to read Excel files safely")
        _check_container(source)
        self.max_rows = max_rows
        self.max_columns = max_columns
        self._reader: ExcelReader | None = None
        try:
            # openpyxl reads the manifest, shared strings, workbook and styles (all through defusedxml); its
            # worksheet objects are skipped because they scan a sheet without <dimension> end to end on load.
            self._reader = ExcelReader(source, read_only=True, data_only=True, keep_links=False)
            self._reader.read_manifest()
            self._reader.read_strings()
            self._reader.read_workbook()
            apply_stylesheet(self._reader.archive, self._reader.wb)
            self._sheet_part = self._first_sheet()
        except BadWorkbook:
            self.close()
            raise
        except (zipfile.BadZipFile, EOFError) as error:
            self.close()
            raise BadWorkbook("truncated") from error
        except Exception as error:  # malformed XML, missing parts, defusedxml refusals
            self.close()
            raise BadWorkbook("not_xlsx") from error
        try:
            claimed, estimate = _sheet_size(source, self._sheet_part)
            if claimed is not None and claimed - 1 > max_rows:
                raise BadWorkbook("too_many_rows", limit=max_rows)
            # Data rows (header excluded): as the sheet claims them, else estimated from the part's size.
            self.estimated_rows: int | None = (
                max(claimed - 1, 0) if claimed is not None else None if estimate is None else estimate - 1
            )
            self._rows = self._iter()
            first = next(self._rows, None)
            self.headers: tuple[str, ...] = first.values if first is not None else ()
        except BaseException:
            self.close()
            raise

    def _first_sheet(self) -> str:
        assert self._reader is not None
        for _sheet, rel in self._reader.parser.find_sheets():
            if rel.target in self._reader.valid_files and "chartsheet" not in rel.Type:
                return str(rel.target)
        raise BadWorkbook("no_sheet")

    def _iter(self) -> Iterator[SheetRow]:
        try:
            assert self._reader is not None
            book = self._reader.wb
            with self._reader.archive.open(self._sheet_part) as part:
                stream = SheetStream(
                    self._reader.shared_strings, book._date_formats, book.epoch, self.max_columns
                )
                while chunk := part.read(256 * 1024):
                    yield from stream.feed(chunk)
                yield from stream.feed(b"", final=True)
        except (zipfile.BadZipFile, EOFError, OSError) as error:
            raise BadWorkbook("truncated") from error
        except (expat.ExpatError, DtdForbidden, ValueError, IndexError) as error:
            raise BadWorkbook("not_xlsx") from error

    def rows(self) -> Iterator[SheetRow]:
        """Data rows after the header; raises BadWorkbook("too_many_rows") past the limit, before reading on."""
        for count, row in enumerate(self._rows, start=1):
            if count > self.max_rows:
                raise BadWorkbook("too_many_rows", limit=self.max_rows)
            yield row

    def close(self) -> None:
        rows = getattr(self, "_rows", None)
        if rows is not None:
            rows.close()  # closes the open sheet member, which keeps the file open otherwise
        reader = getattr(self, "_reader", None)
        if reader is not None:
            reader.archive.close()
            self._reader = None

    def __enter__(self) -> WorkbookReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
