"""Envelopes and address labels for selected customers. Pure: addresses in, PDF bytes out.

Envelope sizes (width × height, landscape): DL 220×110 mm, C5 229×162 mm, and the Chinese standard No. 5
envelope (5号信封, GB/T 1416) 220×110 mm with the six postcode boxes at the top left. Labels: A4 sheets of
3 × 8 (70 × 37 mm) or 2 × 7 (99.1 × 38.1 mm).
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.exports.pdf_common import cjk_font


@dataclass(frozen=True)
class Address:
    name: str  # company or person
    contact: str = ""  # 收件人
    address: str = ""
    postcode: str = ""


@dataclass(frozen=True)
class EnvelopeSize:
    key: str
    width_mm: float
    height_mm: float
    postcode_boxes: bool


ENVELOPES = {
    "cn5": EnvelopeSize("cn5", 220, 110, True),
    "dl": EnvelopeSize("dl", 220, 110, False),
    "c5": EnvelopeSize("c5", 229, 162, False),
}


@dataclass(frozen=True)
class LabelSheet:
    key: str
    columns: int
    rows: int
    width_mm: float
    height_mm: float


LABEL_SHEETS = {
    "a4_3x8": LabelSheet("a4_3x8", 3, 8, 70, 37),
    "a4_2x7": LabelSheet("a4_2x7", 2, 7, 99.1, 38.1),
}


def _fit(canvas: Canvas, text: str, size: float, max_width: float) -> list[str]:
    """`text` broken into lines no wider than `max_width` (character by character: Chinese has no spaces)."""
    font = cjk_font()
    lines, current = [], ""
    for ch in text:
        if canvas.stringWidth(current + ch, font, size) > max_width and current:
            lines.append(current)
            current = ch
        else:
            current += ch
    if current:
        lines.append(current)
    return lines


def render_envelopes(addresses: list[Address], size_key: str = "cn5", sender: Address | None = None) -> bytes:
    size = ENVELOPES[size_key]
    width, height = size.width_mm * mm, size.height_mm * mm
    out = BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    canvas.setTitle("Envelopes")
    font = cjk_font()
    for address in addresses:
        top = height - 12 * mm
        if size.postcode_boxes:
            for i, digit in enumerate((address.postcode or "")[:6].ljust(6)):
                x = 12 * mm + i * 9 * mm
                canvas.rect(x, top - 8 * mm, 8 * mm, 8 * mm)
                if digit.strip():
                    canvas.setFont(font, 14)
                    canvas.drawCentredString(x + 4 * mm, top - 6.2 * mm, digit)
            canvas.rect(width - 32 * mm, height - 32 * mm, 20 * mm, 22 * mm)  # stamp
            top -= 20 * mm
        elif address.postcode:
            canvas.setFont(font, 12)
            canvas.drawString(15 * mm, top - 5 * mm, address.postcode)
            top -= 14 * mm
        canvas.setFont(font, 12)
        y = top - 4 * mm
        for line in _fit(canvas, address.address, 12, width - 40 * mm):
            canvas.drawString(20 * mm, y, line)
            y -= 7 * mm
        canvas.setFont(font, 16)
        y -= 6 * mm
        for line in _fit(canvas, address.name, 16, width - 60 * mm):
            canvas.drawString(40 * mm, y, line)
            y -= 8 * mm
        if address.contact:
            canvas.setFont(font, 14)
            canvas.drawString(40 * mm, y, f"{address.contact} 收")
        if sender is not None:
            canvas.setFont(font, 9)
            text = "  ".join(
                x for x in (sender.address, sender.name, sender.postcode and f"邮编 {sender.postcode}") if x
            )
            canvas.drawRightString(width - 12 * mm, 10 * mm, text)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def render_labels(addresses: list[Address], sheet_key: str = "a4_3x8") -> bytes:
    sheet = LABEL_SHEETS[sheet_key]
    page_w, page_h = A4
    w, h = sheet.width_mm * mm, sheet.height_mm * mm
    margin_x = (page_w - sheet.columns * w) / 2
    margin_y = (page_h - sheet.rows * h) / 2
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setTitle("Address labels")
    font = cjk_font()
    per_page = sheet.columns * sheet.rows
    for index, address in enumerate(addresses):
        if index and index % per_page == 0:
            canvas.showPage()
        slot = index % per_page
        col, row = slot % sheet.columns, slot // sheet.columns
        x = margin_x + col * w + 4 * mm
        y = page_h - margin_y - row * h - 7 * mm
        canvas.setFont(font, 9)
        if address.postcode:
            canvas.drawString(x, y, address.postcode)
            y -= 4.5 * mm
        for line in _fit(canvas, address.address, 9, w - 8 * mm)[:2]:
            canvas.drawString(x, y, line)
            y -= 4.5 * mm
        canvas.setFont(font, 11)
        for line in _fit(canvas, address.name, 11, w - 8 * mm)[:2]:
            canvas.drawString(x, y - 1 * mm, line)
            y -= 5.5 * mm
        if address.contact:
            canvas.setFont(font, 10)
            canvas.drawString(x, y - 1 * mm, f"{address.contact} 收")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
