"""Any list as a PDF: a title, the visible columns, all rows, page numbers; landscape when the columns are many
or wide. Pure: headers and rows of text in, PDF bytes out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from crm_desktop.exports.pdf_common import cjk_font, escape, numbered_canvas, styles

FONT_SIZE = 8.5
# Longest text measured per column (longer cells wrap).
MEASURE_CHARS = 40


def _natural_widths(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[float]:
    font = cjk_font()
    widths = []
    for c, header in enumerate(headers):
        texts = [header, *(row[c] for row in rows[:500] if c < len(row))]
        widest = max(pdfmetrics.stringWidth(str(t)[:MEASURE_CHARS], font, FONT_SIZE) for t in texts)
        widths.append(widest + 14)  # the cell padding on both sides, and a little air
    return widths


def render_list(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    subtitle: str = "",
    count_text: str = "共 {count} 条　{printed}",
) -> bytes:
    natural = _natural_widths(headers, rows)
    portrait_width = A4[0] - 24 * mm
    pagesize = A4 if sum(natural) <= portrait_width and len(headers) <= 7 else landscape(A4)
    usable = pagesize[0] - 24 * mm
    scale = min(1.0, usable / sum(natural)) if natural else 1.0
    widths = [w * scale for w in natural]
    if sum(widths) < usable and widths:  # give the spare room to the widest column
        widths[widths.index(max(widths))] += usable - sum(widths)
    st = styles()
    cell = st["small"]
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=14 * mm,
        title=title,
    )
    data = [[Paragraph(escape(h), cell) for h in headers]]
    data += [[Paragraph(escape(v), cell) for v in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    printed = datetime.now().strftime("%Y-%m-%d %H:%M")
    story: list[object] = [
        Paragraph(escape(title), st["title"]),
        Paragraph(
            escape(
                "　".join(x for x in (subtitle, count_text.format(count=len(rows), printed=printed)) if x)
            ),
            st["center"],
        ),
        table,
    ]
    doc.build(story, canvasmaker=numbered_canvas())
    return out.getvalue()
