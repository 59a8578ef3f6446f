"""Code tables (data dictionary) in widgets: a `CodeBook` loaded once per screen and a `CodeCombo` to pick from it.

Code labels are data stored in Chinese and English; the label shown is chosen at display time by the current
UI language, so a live language switch only needs the widgets to relabel, never a reload.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QWidget

from crm_desktop.services.codes import CodeDTO
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.i18n import current_language, is_english

CATEGORIES = (
    "customer_type",
    "customer_grade",
    "industry",
    "region",
    "source",
    "title",
    "interaction_kind",
)

# (key, Chinese label, English label)
ComboItem = tuple[Any, str, str]


class CodeBook:
    """The code tables a screen needs, loaded in one go (call `load` off the GUI thread)."""

    def __init__(
        self,
        codes: Mapping[str, Sequence[CodeDTO]] | None = None,
        region_paths: Mapping[int, tuple[str, str]] | None = None,
    ) -> None:
        self._codes: dict[str, list[CodeDTO]] = {k: list(v) for k, v in (codes or {}).items()}
        self._by_id: dict[int, CodeDTO] = {c.id: c for items in self._codes.values() for c in items}
        self._paths: dict[int, tuple[str, str]] = dict(region_paths or {})

    @classmethod
    def load(cls, workspace: Workspace, categories: Iterable[str] = CATEGORIES) -> CodeBook:
        """Read the code tables (blocking: run it in a worker)."""
        codes = {category: workspace.codes(category) for category in categories}
        paths = workspace.region_paths() if "region" in codes else {}
        return cls(codes, paths)

    def is_empty(self) -> bool:
        return not self._by_id

    def items(self, category: str) -> list[CodeDTO]:
        return list(self._codes.get(category, ()))

    def label(self, code_id: int | None) -> str:
        """The label of a code in the current language ("" for none or an unknown id)."""
        if code_id is None:
            return ""
        code = self._by_id.get(code_id)
        return code.label(current_language()) if code is not None else ""

    def code_label(self, category: str, code: str) -> str:
        """The label of a code given by its `code` (e.g. an interaction kind "call"); the code itself if absent."""
        for item in self._codes.get(category, ()):
            if item.code == code:
                return item.label(current_language())
        return code

    def region_label(self, region_id: int | None) -> str:
        """The full path of a region, e.g. "中国 广东省 深圳市" or "Shenzhen, Guangdong, China"."""
        if region_id is None:
            return ""
        path = self._paths.get(region_id)
        if path is None:
            return self.label(region_id)
        return path[1] if is_english() else path[0]

    def combo_items(self, category: str) -> list[ComboItem]:
        return [(c.id, c.name, c.name_en) for c in self._codes.get(category, ())]

    def kind_items(self, category: str, keys: Sequence[str]) -> list[ComboItem]:
        """Items for a fixed catalogue of keys (e.g. INTERACTION_KINDS) labelled from a code table by `code`."""
        by_code = {c.code: c for c in self._codes.get(category, ())}
        return [
            (key, by_code[key].name, by_code[key].name_en) if key in by_code else (key, key, key)
            for key in keys
        ]

    def city_items(self) -> list[ComboItem]:
        """The city-level regions (the leaves of the region tree) in tree order, labelled with the full path."""
        regions = self._codes.get("region", [])
        children: dict[int | None, list[CodeDTO]] = {}
        for region in regions:
            children.setdefault(region.parent_id, []).append(region)
        known = {r.id for r in regions}
        roots = [r for r in regions if r.parent_id is None or r.parent_id not in known]
        leaves: list[CodeDTO] = []
        stack = list(reversed(roots))
        while stack:
            node = stack.pop()
            below = children.get(node.id, [])
            if below:
                stack.extend(reversed(below))
            else:
                leaves.append(node)
        items: list[ComboItem] = []
        for leaf in leaves:
            zh, en = self._paths.get(leaf.id, (leaf.name, leaf.name_en))
            items.append((leaf.id, zh, en))
        return items


class CodeCombo(QComboBox):
    """A combo box over code items; `value()` is the chosen key (a code id) or None for the empty entry.

    The empty entry's text ("(none)", "All types") is set by the owner, in its `retranslate_ui`.
    A value not among the items (an inactive code, or items not loaded yet) is kept as a placeholder entry, so
    loading and saving a record never loses it.
    """

    def __init__(self, parent: QWidget | None = None, *, none_text: str | None = "") -> None:
        super().__init__(parent)
        self._items: list[ComboItem] = []
        self._none_text = none_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self._rebuild(None)

    # ----- content -----------------------------------------------------------------------------------------
    def set_items(self, items: Iterable[ComboItem]) -> None:
        """Replace the items, keeping the current value."""
        value = self.value()
        self._items = list(items)
        self._rebuild(value)

    def set_codes(self, codes: Iterable[CodeDTO]) -> None:
        self.set_items((c.id, c.name, c.name_en) for c in codes)

    def set_none_text(self, text: str | None) -> None:
        """The text of the empty entry; None removes the entry (a value is then always chosen)."""
        had_entry = self._none_text is not None
        self._none_text = text
        if (text is not None) != had_entry:
            self._rebuild(self.value())
        elif text is not None:
            self.setItemText(0, text)

    def value(self) -> Any:
        return self.currentData() if self.currentIndex() >= 0 else None

    def set_value(self, value: Any) -> None:
        if value is None:
            if self._none_text is not None or self.count():
                self.setCurrentIndex(0)
            return
        index = self.findData(value)
        if index < 0:
            self._rebuild(value)
            index = self.findData(value)
        self.setCurrentIndex(index)

    # ----- internals ---------------------------------------------------------------------------------------
    def _label(self, item: ComboItem) -> str:
        return item[2] if is_english() else item[1]

    def _placeholder(self, value: Any) -> str:
        return self.tr("(unavailable entry {id})").format(id=value)

    def _rebuild(self, value: Any) -> None:
        blocked = self.blockSignals(True)
        try:
            self.clear()
            if self._none_text is not None:
                self.addItem(self._none_text, None)
            for item in self._items:
                self.addItem(self._label(item), item[0])
            if value is not None and self.findData(value) < 0:
                self.addItem(self._placeholder(value), value)
        finally:
            self.blockSignals(blocked)
        index = self.findData(value) if value is not None else 0
        self.setCurrentIndex(max(index, 0) if self.count() else -1)

    def retranslate_ui(self) -> None:
        labels = {item[0]: self._label(item) for item in self._items}
        for index in range(self.count()):
            key = self.itemData(index)
            if key is None:
                continue
            self.setItemText(index, labels.get(key, self._placeholder(key)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
