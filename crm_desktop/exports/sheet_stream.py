"""Streaming the rows of one worksheet part out of an .xlsx (the reading half of `exports.excel`).

Every byte goes through expat with DTDs refused (so no entity declarations, no external entities: defusedxml's
rules) and without Python callbacks; the rows are then picked out of the same, now known well-formed, text with
regular expressions for the cell shapes spreadsheet programs write. Rows in any other shape, and the rest of a part
after a comment, CDATA section or processing instruction (or in an encoding other than UTF-8), go through the
general reader — expat callbacks for every event — so the result is an XML parser's whatever the writer.
"""

from __future__ import annotations

import codecs
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple
from xml.parsers import expat

from openpyxl.utils.datetime import from_excel


def cell_text(value: object) -> str:
    """A cell value as the text a person typed: 13800138000.0 → "13800138000", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


class DtdForbidden(Exception):
    """A DTD or entity declaration in a sheet: refused, as defusedxml does (no entity expansion, no XXE)."""


def _forbid(*_args: object) -> None:
    raise DtdForbidden()


def _expat(*, check_only: bool) -> expat.XMLParserType:
    """A parser that refuses DTDs (so entity declarations and external entities) and keeps names as written."""
    parser = expat.ParserCreate()
    for handler in ("StartDoctypeDeclHandler", "EntityDeclHandler", "UnparsedEntityDeclHandler",
                    "ExternalEntityRefHandler"):  # fmt: skip
        setattr(parser, handler, _forbid)
    parser.buffer_text = not check_only
    return parser


def _column_index(ref: str) -> int:
    index = 0
    for char in ref:
        if "A" <= char <= "Z":
            index = index * 26 + ord(char) - 64
        else:
            break
    return index - 1


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_DIGITS = "0123456789"
_COLUMNS = {_column_letters(i): i for i in range(26 * 27)}  # "A" → 0 … "ZZ" → 701; others via _column_index
_INLINE_KINDS = frozenset(("inlineStr", "str", "e"))


class _Cells:
    """Cell values into row texts, shared by both ways of reading: the workbook's shared strings, date styles
    and epoch, the column limit, and the running row number."""

    def __init__(
        self, shared: Sequence[str], date_styles: Iterable[int], epoch: datetime, max_columns: int
    ) -> None:
        self.shared_text = [cell_text(value) for value in shared]
        self.date_styles = frozenset(date_styles)
        # the `s` attribute → a date style? (no attribute means style 0)
        self.dates: dict[str | None, bool] = {None: 0 in self.date_styles}
        self.epoch = epoch
        self.max_columns = max_columns
        self.row_number = 0

    def is_date(self, style: str | None) -> bool:
        is_date = self.dates.get(style)
        if is_date is None:
            is_date = self.dates[style] = int(str(style)) in self.date_styles
        return is_date

    def text(self, raw: str, kind: str, is_date: bool) -> str:
        if kind == "s":
            return self.shared_text[int(raw)]
        if kind in _INLINE_KINDS:
            return raw.strip()
        if kind == "b":
            return "TRUE" if raw == "1" else "FALSE"
        number: float = float(raw) if any(c in raw for c in ".eE") else int(raw)
        if is_date:
            try:
                return cell_text(from_excel(number, self.epoch))
            except (ValueError, OverflowError):
                pass  # out of the calendar's range: shown as the number
        return cell_text(number)


def _place(texts: list[str], column: int, text: str) -> None:
    width = len(texts)
    if column == width:
        texts.append(text)
    elif column > width:
        texts.extend([""] * (column - width))
        texts.append(text)
    else:
        texts[column] = text  # a column written twice: the later cell wins


class _EventRows:
    """The general reader: expat callbacks for every start tag, end tag and text (any XML the sheet holds)."""

    def __init__(self, cells: _Cells, parser: expat.XMLParserType) -> None:
        self.cells = cells
        self.parser = parser
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._text
        self.ready: list[SheetRow] = []
        self.texts: list[str] = []
        self.column = -1
        self.kind = ""
        self.is_date = False
        self.text: list[str] | None = None
        self.value: list[str] = []

    def feed(self, data: bytes, final: bool = False) -> list[SheetRow]:
        self.parser.Parse(data, final)
        ready, self.ready = self.ready, []
        return ready

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2] if ":" in name else name  # "x:c" from some writers
        if local == "c":
            ref = attrs.get("r")
            self.column = _column_index(ref) if ref else self.column + 1
            self.kind = attrs.get("t", "n")
            self.is_date = self.cells.is_date(attrs.get("s"))
            self.value = []
        elif local in ("v", "t"):
            self.text = self.value
        elif local == "row":
            number = attrs.get("r")
            self.cells.row_number = int(number) if number else self.cells.row_number + 1
            self.texts = []
            self.column = -1

    def _text(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _end(self, name: str) -> None:
        local = name.rpartition(":")[2] if ":" in name else name
        if local in ("v", "t"):
            self.text = None
        elif local == "c":
            if 0 <= self.column < self.cells.max_columns and self.value:
                _place(self.texts, self.column, self.cells.text("".join(self.value), self.kind, self.is_date))
        elif local == "row" and any(self.texts):
            self.ready.append(SheetRow(self.cells.row_number, tuple(self.texts)))


# The fast reader's grammar (on text that expat has found well-formed): rows found by their tags, and cells of
# the usual shapes: <c r s t> (attributes in that order, plain values) holding nothing, <v>, <is><t>, or <f>
# then <v>, all with the row's namespace prefix. A row holding anything else is read by the general reader,
# and so is the rest of a sheet once a comment, CDATA section or processing instruction turns up (where
# "<row" need not be a tag) or a row tag the grammar does not know.
_ATTRS = r"""(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*"""
_ROW_START = re.compile(
    r"<((?:[^\s<>/]*:)?)row[\s/>]", re.A
)  # any prefix, as the general reader ignores them
_ROW_NUMBER = re.compile(r'\s+r="([^"&\s<]*)"', re.A)
_VALUE = r'"([^"&\s<]+)"'  # empty values (`s=""` is an error) go to the general reader


class _Grammar(NamedTuple):
    row: re.Pattern[str]  # groups: the attributes, the content
    cell: re.Pattern[str]  # groups: the whole match, r, s, t, the <v> or <is><t> text
    inline_row: re.Pattern[str]  # a row content of plain inline-string cells only
    shared_row: re.Pattern[str]  # a row content of plain shared-string cells only
    refs: re.Pattern[str]
    inline_texts: re.Pattern[str]
    shared_values: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _grammar(prefix: str) -> _Grammar:
    p = re.escape(prefix)
    row = rf"<{p}row(?=[\s/>])({_ATTRS})(?:/>|>([^<]*(?:<(?!/{p}row\s*>)[^<]*)*)</{p}row\s*>)"
    cell = (
        rf"(\s*<{p}c(?: r={_VALUE})?(?: s={_VALUE})?(?: t={_VALUE})?\s*(?:/>|>"
        rf'(?:<{p}f(?: [^\s=/>]+="[^"]*")*(?:/>|>[^<]*</{p}f>))?'
        # (a <v> closed by </t></is> cannot pass expat, so one group serves both)
        rf'(?:(?:<{p}v>|<{p}is><{p}t(?: xml:space="preserve")?>)([^<]*)(?:</{p}v>|</{p}t></{p}is>))?'
        rf"</{p}c>)\s*)"
    )
    start = rf'<{p}c r="[A-Z]{{1,3}}[0-9]+"(?: s="[0-9]+")?'  # ASCII digits: int() takes any such style
    inline_row = rf'(?:{start} t="inlineStr"><{p}is><{p}t>[^<&\r]*</{p}t></{p}is></{p}c>)*'
    shared_row = rf'(?:{start} t="s"><{p}v>[0-9]+</{p}v></{p}c>)*'
    return _Grammar(
        re.compile(row, re.A),
        re.compile(cell, re.A),
        re.compile(inline_row, re.A),
        re.compile(shared_row, re.A),
        re.compile(rf'<{p}c r="([^"]*)"'),
        re.compile(rf"<{p}t>([^<]*)<"),
        re.compile(rf"<{p}v>([^<]*)<"),
    )


_ENTITY = re.compile(r"&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_DECLARATION = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
MAX_PENDING = 4 * 1024 * 1024  # characters without a whole row before the general reader takes over


_FIRST = operator.itemgetter(0)
_LETTERS = list(_COLUMNS)


def _entity(match: re.Match[str]) -> str:
    hexadecimal, decimal, name = match.groups()
    if name:
        return _NAMED[name]
    return chr(int(hexadecimal, 16) if hexadecimal else int(decimal))


def _unescape(raw: str) -> str:
    """Text as expat reports it: line ends normalised, then character and predefined entity references."""
    if "\r" in raw:
        raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    return _ENTITY.sub(_entity, raw) if "&" in raw else raw


class SheetStream:
    """Rows of one worksheet part, parsed as the bytes arrive (DTDs forbidden).

    openpyxl's read-only reader walks every cell through a pure-Python ElementTree parser (about 5,000 rows/s
    here). Here every byte goes through expat without Python callbacks (well-formedness, no DTD), and the
    rows are then picked out of the same text with regular expressions, several times cheaper than a Python
    call per XML event. Rows in unusual shapes, and the whole rest of a part after a comment, CDATA section or
    processing instruction (or one not in UTF-8), go through the general event reader, so the results are
    those of an XML parser whatever the writer. Shared strings and date styles are taken from openpyxl.
    """

    def __init__(
        self, shared: Sequence[str], date_styles: Iterable[int], epoch: datetime, max_columns: int
    ) -> None:
        self.cells = _Cells(shared, date_styles, epoch, max_columns)
        self.parser = _expat(check_only=True)  # sees every byte first: errors as before, chunk by chunk
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.pending = ""  # text after the last whole row (from the start until a row is read)
        self.started = False  # a row has been read: `pending` starts inside sheetData
        self.general: _EventRows | None = None
        self.general_done = False
        self.grammar: _Grammar | None = None

    def feed(self, data: bytes, final: bool = False) -> list[SheetRow]:
        self.parser.Parse(data, final)
        if self.general is not None:
            return self._general(data, final)
        if not self.started and not self.pending and not self._fast_encoding(data):
            return self._switch("", data, final)
        text = self.pending + self.decoder.decode(data, final)
        head = 0
        if not self.started and text.startswith(("<?xml", "\ufeff<?xml")):
            head = text.find("?>") + 1
        if "<!" in text or "<?" in text[head:]:
            return self._switch(text, b"", final, within=self.started)
        if self.grammar is None:
            first = _ROW_START.search(text)
            if first is not None:
                self.grammar = _grammar(first.group(1))
        ready: list[SheetRow] = []
        end = 0
        if self.grammar is not None:
            for match in self.grammar.row.finditer(text):
                if _ROW_START.search(text, end, match.start()) or not self._row(match, ready):
                    return ready + self._switch(text[end:], b"", final, within=self.started)
                end = match.end()
                self.started = True
        self.pending = text[end:]
        if (final and _ROW_START.search(self.pending)) or len(self.pending) > MAX_PENDING:
            return ready + self._switch(self.pending, b"", final, within=self.started)
        return ready

    @staticmethod
    def _fast_encoding(data: bytes) -> bool:
        if data.startswith(codecs.BOM_UTF8):
            data = data[3:]
        if not data.startswith(b"<"):
            return False  # UTF-16 and friends (or whitespace first): the general reader
        if data.startswith(b"<?xml") and b"?>" not in data:
            return False
        declared = _DECLARATION.match(data)
        return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")

    def _switch(self, text: str, data: bytes, final: bool, *, within: bool = False) -> list[SheetRow]:
        """The general reader from here on: `text` (not read yet) and the bytes after it."""
        self.general = _EventRows(self.cells, _expat(check_only=False))
        self.pending = ""
        # Inside sheetData an outer element stands in for the ones opened before; the mismatched end tag that
        # follows the rows ends the general reader's work (errors are the first parser's to report).
        head = b"<_>" if within else b""
        return self._general(head + text.encode() + self.decoder.getstate()[0] + data, final)

    def _general(self, data: bytes, final: bool) -> list[SheetRow]:
        assert self.general is not None
        if self.general_done:
            return []
        try:
            return self.general.feed(data, final)
        except expat.ExpatError:
            self.general_done = True
            ready, self.general.ready = self.general.ready, []
            return ready

    def _row(self, match: re.Match[str], ready: list[SheetRow]) -> bool:
        """Reads one row found by the row pattern; False when the general reader must take over from it."""
        cells = self.cells
        attrs, content = match.groups()
        number = _ROW_NUMBER.match(attrs) if attrs.strip() else None
        if number is None and attrs.strip():
            return self._row_in_general(match, ready)
        grammar = self.grammar
        assert grammar is not None
        if content and number and number.group(1):
            uniform = self._uniform_row(grammar, content, number.group(1))
            if uniform is not None:
                cells.row_number = int(number.group(1))
                if any(uniform):
                    ready.append(SheetRow(cells.row_number, tuple(uniform)))
                return True
        found = grammar.cell.findall(content) if content else []
        if sum(map(len, map(_FIRST, found))) != len(content or ""):  # something else between the cells
            return self._row_in_general(match, ready)
        cells.row_number = int(number.group(1)) if number and number.group(1) else cells.row_number + 1
        escaped = "&" in content or "\r" in content if content else False
        texts: list[str] = []
        append = texts.append
        column = -1
        dates = cells.dates
        shared = cells.shared_text
        max_columns = cells.max_columns
        for _whole, ref, style, kind, raw in found:
            if ref:
                known = _COLUMNS.get(ref.rstrip(_DIGITS))
                column = _column_index(ref) if known is None else known
            else:
                column += 1
            if style and style not in dates:
                cells.is_date(style)  # refuses a style that is not a number, as the general reader does
            if not raw or column >= max_columns or column < 0:
                continue
            if escaped:
                raw = _unescape(raw)
            if kind == "inlineStr":
                text = raw.strip()
            elif kind == "s":
                text = shared[int(raw)]
            else:
                text = cells.text(raw, kind or "n", dates[style or None])
            if column == len(texts):
                append(text)
            else:
                _place(texts, column, text)
        if any(texts):
            ready.append(SheetRow(cells.row_number, tuple(texts)))
        return True

    def _uniform_row(self, grammar: _Grammar, content: str, number: str) -> list[str] | None:
        """The texts of a row whose cells sit in columns A, B, C… of this row and are all plain inline strings or
        all shared strings (what spreadsheet programs write for text), without Python code per cell; None for
        any other row."""
        if grammar.inline_row.fullmatch(content):
            kind, raws = "inlineStr", grammar.inline_texts.findall(content)
        elif grammar.shared_row.fullmatch(content):
            kind, raws = "s", grammar.shared_values.findall(content)
        else:
            return None
        count = len(raws)
        if count > self.cells.max_columns or grammar.refs.findall(content) != list(
            map(operator.add, _LETTERS[:count], itertools.repeat(number, count))
        ):
            return None
        while count and not raws[count - 1]:
            count -= 1  # a cell without a value only counts when a later one has one
        if kind == "inlineStr":
            return list(map(str.strip, raws[:count]))
        return list(map(self.cells.shared_text.__getitem__, map(int, raws[:count])))

    def _row_in_general(self, match: re.Match[str], ready: list[SheetRow]) -> bool:
        general = _EventRows(self.cells, _expat(check_only=False))
        number = self.cells.row_number
        try:
            ready.extend(general.feed(match.group().encode(), True))
        except expat.ExpatError:
            self.cells.row_number = number
            return False  # not a whole element on its own (rows inside rows): the general reader goes on
        return True


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number as Excel shows it
    values: tuple[str, ...]
