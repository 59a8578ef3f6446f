"""What every printed PDF shares: a font that renders Chinese, paragraph styles, and page numbers.

`cjk_font()` registers and returns the name of a Chinese font for reportlab. It embeds the first TrueType-outlined
CJK font it finds (CRM_PDF_FONT, then the usual font folders: WenQuanYi, Noto Sans SC/CJK .ttf, SimSun, Microsoft
YaHei, Droid Sans Fallback…); reportlab cannot embed PostScript-outlined (CFF) OpenType fonts such as the .ttc of
Noto Sans CJK, so those are skipped. When none fits, it uses reportlab's built-in Adobe CID font STSong-Light,
which every PDF reader renders with its own Chinese font, so printing never fails.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FALLBACK = "STSong-Light"
FONT_DIRS = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "C:/Windows/Fonts",
    "/System/Library/Fonts",
    "/Library/Fonts",
)
# File name fragments of CJK fonts, most wanted first.
WANTED = (
    "wqy-microhei",
    "wqy-zenhei",
    "notosanssc",
    "notosanscjk",
    "sourcehansans",
    "simsun",
    "msyh",
    "simhei",
    "droidsansfallback",
    "arplumingcn",
    "uming",
    "ukai",
    "notoserifcjk",
    "notoserifsc",
)


def _candidates() -> Iterator[Path]:
    override = os.environ.get("CRM_PDF_FONT")
    if override:
        yield Path(override)
    found: list[tuple[int, Path]] = []
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for path in root.rglob("*"):
            name = path.name.lower().replace("-", "").replace("_", "")
            if path.suffix.lower() not in (".ttf", ".ttc", ".otf"):
                continue
            rank = next((i for i, w in enumerate(WANTED) if w.replace("-", "") in name), None)
            if rank is not None:
                found.append((rank, path))
    yield from (p for _rank, p in sorted(found))


@lru_cache(maxsize=1)
def cjk_font() -> str:
    """The registered font name to draw Chinese with (see the module docstring)."""
    for path in _candidates():
        try:
            font = TTFont("CRM-CJK", str(path), subfontIndex=0)
        except Exception:  # not TrueType outlines, unreadable, or not a font at all
            continue
        pdfmetrics.registerFont(font)
        return "CRM-CJK"
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return FALLBACK


def styles() -> dict[str, ParagraphStyle]:
    font = cjk_font()
    base = ParagraphStyle("base", fontName=font, fontSize=9.5, leading=13, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22, alignment=1, spaceAfter=4),
        "company": ParagraphStyle("company", parent=base, fontSize=12, leading=16, alignment=1),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "center": ParagraphStyle("center", parent=base, fontSize=8, leading=10.5, alignment=1),
        "bold": ParagraphStyle("bold", parent=base, fontSize=10.5, leading=14),
    }


def escape(text: object) -> str:
    return (
        str(text if text is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    )


def numbered_canvas(template: str = "第 {page} 页 / 共 {pages} 页") -> type[Canvas]:
    """A canvas class (for `doc.build(..., canvasmaker=…)`) that writes "page N of M" at the foot of each page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(cjk_font(), 8)
                self.drawCentredString(
                    self._pagesize[0] / 2, 18, template.format(page=self._pageNumber, pages=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas
