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

from crm_desktop.exports.excel import OLE_SIGNATURE, BadWorkbook, WorkbookReader, write_xlsx
from crm_desktop.exports.sheet_stream import cell_text


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
    values = [row[0] for row in book.active.iter_rows(min_row=2, values_only=True)]
    assert values == [v.replace("\r", "\n") for v in risky]  # XML parsers read a bare CR as LF
    assert all(c.data_type == "s" for c in book.active["A"][1:])


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


# ----- the sheet reader: every shape of sheet XML read as an XML parser reads it -----------------------------
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet(body: str, *, prolog: str = "", prefix: str = "") -> bytes:
    """A workbook whose sheet part is `body` inside sheetData, written by hand."""
    xmlns = f' xmlns:{prefix[:-1]}="{_NS}"' if prefix else f' xmlns="{_NS}"'
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<{prefix}worksheet{xmlns}><{prefix}sheetData>'
        f"{body}</{prefix}sheetData></{prefix}worksheet>"
    )
    return _replace_member(_xlsx([]), "xl/worksheets/sheet1.xml", xml.encode())


def _all_rows(data: bytes, **kwargs: int) -> list[tuple[int, tuple[str, ...]]]:
    """The header (as row 0) and every data row with its number."""
    with WorkbookReader(io.BytesIO(data), **kwargs) as reader:
        return [(0, reader.headers)] + [(row.number, row.values) for row in reader.rows()]


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


SHAPES = {
    "prefixed": (
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>名称</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c r="A2"><x:v>5</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>z</x:t></x:is></x:c>'
        "</x:row>",
        [(0, ("名称",)), (2, ("5", "", "z"))],
    ),
    "no_references": (
        '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>'
        '<row><c/><c t="inlineStr"><is><t>b</t></is></c></row><row r="7"><c r="C7"><v>9</v></c><c><v>10</v></c>'
        '</row><row><c t="b"><v>1</v></c><c t="b"><v>0</v></c></row>',
        [(0, ("a", "1")), (2, ("", "b")), (7, ("", "", "9", "10")), (8, ("TRUE", "FALSE"))],
    ),
    "rich_text_runs": (
        '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><rPr><b/></rPr><t xml:space="preserve"> b'
        " </t></r></is></c>" + _inline("B1", " 漢字 ") + "</row>",
        [(0, ("a b", "漢字"))],
    ),
    "entities_and_line_ends": (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>A&amp;B &lt;&gt;&quot;&apos;&#20013;&#x41;</t></is></c>'
        '<c r="B1" t="str"><v>l1\r\nl2\rl3</v></c></row>',
        [(0, ("A&B <>\"'中A", "l1\nl2\nl3"))],
    ),
    "order_duplicates_and_blanks": (
        '<row r="1"><c r="C1"><v>3</v></c><c r="A1"><v>1</v></c><c r="C1"><v>33</v></c></row>'
        '<row r="2"><c r="A2"><v></v></c><c r="B2" t="inlineStr"><is><t>  </t></is></c></row>'
        '<row r="3">' + _inline("A3", "x") + _inline("B3", " ") + _inline("C3", "") + "</row>",
        [(0, ("1", "", "33")), (3, ("x", ""))],
    ),
    "formulas_keep_cached_values": (
        '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f t="shared" ref="B1:B2" si="0">A1&amp;'
        '"x"</f><v>2x</v></c><c r="C1"><f>NOW()</f></c></row>',
        [(0, ("2", "2x"))],
    ),
    "numbers": (
        '<row r="1"><c r="A1"><v>13800138000</v></c><c r="B1"><v>1E3</v></c><c r="C1"><v>-0.5</v></c>'
        '<c r="D1"><v>2.0</v></c><c r="E1" t="e"><v>#N/A</v></c></row>',
        [(0, ("13800138000", "1000", "-0.5", "2", "#N/A"))],
    ),
    "pretty_printed": (
        '\n  <row r="1" spans="1:2">\n    <c r="A1" t="inlineStr">\n      <is><t>a</t></is>\n    </c>\n'
        '    <c r="B1"><v>2</v></c>\n  </row >\n  <row r="2"></row><row r="3"/>\n'
        '  <row spans="1:1" r="4"><c t="inlineStr" r="B4"><is><t>b</t></is></c></row>\n',
        [(0, ("a", "2")), (4, ("", "b"))],
    ),
}


@pytest.mark.parametrize(("body", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_sheet_shapes_are_read_as_an_xml_parser_reads_them(
    body: str, expected: list[tuple[int, tuple[str, ...]]]
) -> None:
    prefix = "x:" if "<x:row" in body else ""
    data = _sheet(body, prefix=prefix)
    assert _all_rows(data) == expected
    # A comment anywhere hands the rest of the sheet to the general (event) reader: same rows.
    assert _all_rows(_sheet(body, prolog="<!-- general -->", prefix=prefix)) == expected


def test_columns_beyond_the_limit_are_dropped_but_still_counted() -> None:
    body = '<row r="1"><c r="A1"><v>1</v></c><c r="CV1"><v>100</v></c><c><v>101</v></c><c r="B1"><v>2</v></c></row>'
    assert _all_rows(_sheet(body)) == [(0, ("1", "2") + ("",) * 97 + ("100",))]
    assert _all_rows(_sheet(body), max_columns=2) == [(0, ("1", "2"))]


def test_the_reader_switches_to_the_general_reader_mid_sheet_with_the_same_rows() -> None:
    rows = [f'<row r="{i}">{_inline(f"A{i}", f"客户{i} " + "长" * (i % 40))}<c r="B{i}"><v>{i}.5</v></c></row>'
            for i in range(1, 20_001)]  # fmt: skip
    expected = [(0, ("客户1 长", "1.5"))] + [
        (i, ((f"客户{i} " + "长" * (i % 40)).strip(), f"{i}.5")) for i in range(2, 20_001)
    ]
    half = len(rows) // 2
    assert _all_rows(_sheet("".join(rows))) == expected
    assert _all_rows(_sheet("".join(rows[:half]) + "<!-- x -->" + "".join(rows[half:]))) == expected
    assert _all_rows(_sheet("".join(rows[:half]) + "<?pi <row>?>" + "".join(rows[half:]))) == expected


def test_dates_and_booleans_from_a_normal_workbook(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["名称", "日期", "时间", "布尔", "数"])
    sheet.append([" 华强 ", date(2026, 11, 1), datetime(2026, 1, 2, 3, 4), True, 13800138000])
    sheet.append(["华强", None, None, False, 0.25])
    path = tmp_path / "normal.xlsx"
    book.save(path)
    assert _all_rows(path.read_bytes()) == [
        (0, ("名称", "日期", "时间", "布尔", "数")),
        (2, ("华强", "2026-11-01", "2026-01-02 03:04:00", "TRUE", "13800138000")),
        (3, ("华强", "", "", "FALSE", "0.25")),
    ]


def test_shared_strings() -> None:
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )
    strings = f'<sst xmlns="{_NS}"><si><t>名称</t></si><si><t xml:space="preserve"> 华强 </t></si><si><t>A&amp;B</t></si></sst>'
    body = (
        '<row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c></row>'
        '<row r="2"><c r="A2" s="0" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2"><v>7</v></c></row>'
    )
    data = _replace_member(
        _replace_member(_sheet(body), "[Content_Types].xml", types.encode()),
        "xl/sharedStrings.xml",
        strings.encode(),
    )
    assert _all_rows(data) == [(0, ("名称",)), (2, ("华强", "A&B", "7"))]


@pytest.mark.parametrize(
    "prolog",
    [
        "<!DOCTYPE worksheet>",
        "<!-- " + "x" * 300_000 + ' --><?pi data?><!DOCTYPE w [<!ENTITY e "boom">]>',
        '<?pi data?>\n<!DOCTYPE w SYSTEM "file:///etc/passwd">',
    ],
    ids=["doctype", "after-a-long-comment-and-pi", "external"],
)
def test_a_dtd_anywhere_in_the_prolog_is_refused(prolog: str) -> None:
    body = '<row r="1"><c r="A1"><v>1</v></c></row>'
    assert _refused(_sheet(body, prolog=prolog)).code == "not_xlsx"


@pytest.mark.parametrize(
    "body",
    [
        '<row r="1">' + _inline("A1", "&e;") + "</row>",  # no DTD, so no entity but the predefined ones
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></row>',  # malformed
        '<row r="1"><c r="A1"><v>1</v></c></row><!DOCTYPE x>',  # a DOCTYPE after the root's start
        '<row r="1"><c r="A1" s="x"><v>1</v></c></row>',  # a style that is not a number
        '<row r="1"><c r="A1" t="s"><v>99</v></c></row>',  # no such shared string
    ],
    ids=["undefined-entity", "malformed", "late-doctype", "bad-style", "bad-shared-string"],
)
def test_damaged_sheets_are_refused(body: str) -> None:
    assert _refused(_sheet(body)).code == "not_xlsx"
