"""The designer's editable working copies of a form layout and a list layout (plain Python, no Qt).

The schema dataclasses are frozen; the designer edits a `FormDraft` / `ListDraft` and turns it back into a
`FormLayout` / `ListLayout` to validate, preview and save. Every field appears at most once in a form, so a field key
identifies its cell: moving a placed field and placing a new one are the same operation (`place`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from crm_desktop.services.definitions.schema import (
    MAX_COLUMNS,
    Cell,
    FormLayout,
    ListColumn,
    ListLayout,
    Section,
)


@dataclass
class SectionDraft:
    key: str
    labels: dict[str, str]
    columns: int = 2
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class FormDraft:
    entity: str
    sections: list[SectionDraft] = field(default_factory=list)

    # ----- conversions ----------------------------------------------------------------------------------------
    @classmethod
    def from_layout(cls, layout: FormLayout) -> FormDraft:
        return cls(
            layout.entity,
            [
                SectionDraft(s.key, dict(s.labels), s.columns, [list(row) for row in s.rows])
                for s in layout.sections
            ],
        )

    def to_layout(self) -> FormLayout:
        return FormLayout(
            self.entity,
            tuple(
                Section(s.key, dict(s.labels), s.columns, tuple(tuple(row) for row in s.rows if row))
                for s in self.sections
            ),
        )

    # ----- queries ---------------------------------------------------------------------------------------------
    def placed(self) -> list[str]:
        return [cell.field for s in self.sections for row in s.rows for cell in row]

    def find(self, key: str) -> tuple[int, int, int] | None:
        for si, section in enumerate(self.sections):
            for ri, row in enumerate(section.rows):
                for ci, cell in enumerate(row):
                    if cell.field == key:
                        return si, ri, ci
        return None

    def cell(self, key: str) -> Cell | None:
        where = self.find(key)
        if where is None:
            return None
        si, ri, ci = where
        return self.sections[si].rows[ri][ci]

    # ----- edits -----------------------------------------------------------------------------------------------
    def place(self, key: str, section: int, row: int, col: int | None = None) -> None:
        """Put field `key` into `section` before cell `col` of `row` (None = at the row's end); `row` equal to
        the number of rows starts a new row. A field already in the form moves there with its properties."""
        target = self.sections[section]
        old = self.find(key)
        cell = Cell(key)
        marker = Cell("\0moving")
        if old is not None:
            si, ri, ci = old
            cell = self.sections[si].rows[ri][ci]
            self.sections[si].rows[ri][ci] = marker
        if row >= len(target.rows):
            target.rows.append([cell])
        else:
            cells = target.rows[row]
            cells.insert(len(cells) if col is None else max(0, min(col, len(cells))), cell)
        for s in self.sections:
            s.rows = [[c for c in r if c is not marker] for r in s.rows]
        self._drop_empty_rows()

    def remove(self, key: str) -> None:
        where = self.find(key)
        if where is not None:
            si, ri, ci = where
            del self.sections[si].rows[ri][ci]
            self._drop_empty_rows()

    def update_cell(self, key: str, **changes: object) -> None:
        where = self.find(key)
        if where is not None:
            si, ri, ci = where
            row = self.sections[si].rows[ri]
            row[ci] = dataclasses.replace(row[ci], **changes)  # type: ignore[arg-type]

    def add_section(self, labels: dict[str, str], columns: int = 2) -> int:
        used = {s.key for s in self.sections}
        n = len(self.sections) + 1
        while f"section_{n}" in used:
            n += 1
        self.sections.append(SectionDraft(f"section_{n}", dict(labels), max(1, min(columns, MAX_COLUMNS))))
        return len(self.sections) - 1

    def remove_section(self, index: int) -> None:
        """The section's fields go back to the palette."""
        del self.sections[index]

    def move_section(self, index: int, to: int) -> None:
        """Section `index` takes position `to` (the sections between shift by one): what a drop of its title
        bar on section `to`'s title bar does, and ▲▼ with `to = index ∓ 1`."""
        to = max(0, min(to, len(self.sections) - 1))
        self.sections.insert(to, self.sections.pop(index))

    def move_row(self, section: int, row: int, to: int, to_section: int | None = None) -> None:
        """Row `row` of `section` takes position `to` in `to_section` (default: the same section); `to` past the
        last row appends it. What a drop of a row's grip on another row (or a section's new-row slot) does."""
        target = self.sections[section if to_section is None else to_section].rows
        moving = self.sections[section].rows.pop(row)
        target.insert(max(0, min(to, len(target))), moving)

    def _drop_empty_rows(self) -> None:
        for s in self.sections:
            s.rows = [r for r in s.rows if r]


@dataclass
class ListDraft:
    entity: str
    columns: list[ListColumn] = field(default_factory=list)
    sort_field: str | None = None
    sort_descending: bool = False

    @classmethod
    def from_layout(cls, layout: ListLayout) -> ListDraft:
        return cls(layout.entity, list(layout.columns), layout.sort_field, layout.sort_descending)

    def to_layout(self) -> ListLayout:
        return ListLayout(self.entity, tuple(self.columns), self.sort_field, self.sort_descending)

    def field_keys(self) -> list[str]:
        return [c.field for c in self.columns]

    def set_order(self, keys: list[str]) -> None:
        """Columns in this order (keys not yet columns are added with a fitted width, missing ones removed)."""
        widths = {c.field: c.width for c in self.columns}
        self.columns = [ListColumn(k, widths.get(k)) for k in keys]
        if self.sort_field is not None and self.sort_field not in keys:
            self.sort_field = None

    def set_width(self, key: str, width: int | None) -> None:
        self.columns = [ListColumn(c.field, width) if c.field == key else c for c in self.columns]
