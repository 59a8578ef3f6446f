"""The pure Excel writer/reader: formula-safe cells, round trips, and bad files refused fast with bounded memory."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from crm_desktop.exports.excel import (
    OLE_SIGNATURE,
    BadWorkbook,
    WorkbookReader,
    cell_text,
    write_xlsx,
)


def _xlsx(rows: list[list[object]], headers: tuple[str, ...] = ("名称", "电话")) -> bytes:
    buffer = io.BytesIO()
    write_xlsx(buffer, headers, rows)
    return buffer.getvalue()


def _replace_member(data: bytes, name: str, content: bytes, *, level: int = 6) -> bytes:
    """The same workbook with one part replaced (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info.filename))
        dst.writestr(zipfile.ZipInfo(name), content, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    return out.getvalue()


def _refused(data: bytes, **kwargs: int) -> BadWorkbook:
    with pytest.raises(BadWorkbook) as caught, WorkbookReader(io.BytesIO(data), **kwargs) as reader:
        for _row in reader.rows():
            pass
    return caught.value


def test_round_trip_keeps_text_numbers_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    written = write_xlsx(
        path, ["名称", "数量", "日期"], [["华强电子", 3, date(2026, 11, 1)], ["Acme", 2.5, None]]
    )
    assert written == 2
    with WorkbookReader(path) as reader:
        assert reader.headers == ("名称", "数量", "日期")
        rows = list(reader.rows())
    assert [(r.number, r.values) for r in rows] == [
        (2, ("华强电子", "3", "2026-11-01")),
        (3, ("Acme", "2.5")),
    ]


def test_formula_like_text_is_written_as_text_never_as_formula(tmp_path: Path) -> None:
    risky = ["=1+1", "+86 138", "-2", "@SUM(A1)", "\tcmd", "\rcmd", '=HYPERLINK("http://x")']
    path = tmp_path / "risky.xlsx"
    write_xlsx(path, ["value"], [[v] for v in risky])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        styles = archive.read("xl/styles.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert 'quotePrefix="1"' in styles
    book = openpyxl.load_workbook(path)
    values = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]  # type: ignore[union-attr]
    assert values == [v.replace("\r", "\n") for v in risky]  # XML parsers read a bare CR as LF
    assert all(c.data_type == "s" for c in book.active["A"][1:])  # type: ignore[index]


def test_illegal_control_characters_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "ctl.xlsx"
    write_xlsx(path, ["v"], [["a\x00b\x1fc"]])
    with WorkbookReader(path) as reader:
        assert [r.values for r in reader.rows()] == [("abc",)]


def test_cell_text() -> None:
    assert cell_text(13800138000.0) == "13800138000"
    assert cell_text(datetime(2026, 1, 2, 3, 4)) == "2026-01-02 03:04:00"
    assert cell_text(None) == "" and cell_text(True) == "TRUE" and cell_text(" x ") == "x"


def test_blank_rows_are_skipped_and_row_numbers_kept() -> None:
    data = _xlsx([["甲", "1"], [None, None], ["乙", None]])
    with WorkbookReader(io.BytesIO(data)) as reader:
        assert [(r.number, r.values) for r in reader.rows()] == [(2, ("甲", "1")), (4, ("乙",))]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"\x00\x01 random bytes, not a workbook" * 10, "not_xlsx"),
        (OLE_SIGNATURE + b"\0" * 1000 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100, "encrypted"),
        (OLE_SIGNATURE + b"\0" * 2000, "old_xls"),
    ],
    ids=["empty", "random", "encrypted", "old-xls"],
)
def test_refused_before_parsing(data: bytes, code: str) -> None:
    assert _refused(data).code == code


def test_truncated_zip_is_refused() -> None:
    data = _xlsx([["甲", "1"]] * 50)
    assert _refused(data[: len(data) // 2]).code == "truncated"


def test_a_zip_that_is_not_a_workbook_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert _refused(out.getvalue()).code == "not_xlsx"


def test_zip_bomb_is_refused_from_the_directory_alone() -> None:
    bomb = _replace_member(
        _xlsx([["甲", "1"]]), "xl/worksheets/sheet1.xml", b"\0" * (64 * 1024 * 1024), level=9
    )
    assert len(bomb) < 1024 * 1024
    tracemalloc.start()
    try:
        assert _refused(bomb).code == "zip_bomb"
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024


def test_entities_in_the_xml_are_refused() -> None:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>'
    )
    assert _refused(_replace_member(_xlsx([]), "xl/worksheets/sheet1.xml", laughs)).code == "not_xlsx"
    workbook = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><workbook>&e;</workbook>'
    )
    assert _refused(_replace_member(_xlsx([]), "xl/workbook.xml", workbook)).code == "not_xlsx"


def _million_rows(*, dimension: bool) -> bytes:
    """A sheet of 1,000,001 rows written as XML directly (a second or so), optionally with <dimension>."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + ('<dimension ref="A1:A1000001"/>' if dimension else "")
        + "<sheetData>"
    ).encode()
    body = b"".join(b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' for _ in range(1_000_001))
    return _replace_member(
        _xlsx([]), "xl/worksheets/sheet1.xml", head + body + b"</sheetData></worksheet>", level=1
    )


def test_a_million_rows_with_a_dimension_are_refused_at_once() -> None:
    data = _million_rows(dimension=True)
    start = time.perf_counter()
    error = _refused(data)
    assert error.code == "too_many_rows" and error.params == {"limit": 200_000}
    assert time.perf_counter() - start < 2


def test_rows_beyond_the_limit_stop_the_read_with_bounded_memory() -> None:
    data = _million_rows(dimension=False)
    tracemalloc.start()
    try:
        start = time.perf_counter()
        error = _refused(data, max_rows=20_000)
        elapsed = time.perf_counter() - start
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.code == "too_many_rows"
    assert elapsed < 10  # stopped at the limit, long before the millionth row
    assert peak < 20 * 1024 * 1024
