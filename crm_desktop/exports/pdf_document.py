"""A printed sales document (报价单, 销售订单): company header, title and number, customer block, the lines table,
totals in figures and in Chinese capital numerals (大写), terms and signature lines. Pure: data in, PDF bytes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from crm_desktop.exports.chinese_amount import amount_in_chinese
from crm_desktop.exports.pdf_common import cjk_font, escape, numbered_canvas, styles


@dataclass(frozen=True)
class CompanyHeader:
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class DocumentLine:
    code: str
    name: str
    specification: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_pct: Decimal
    amount: Decimal


@dataclass(frozen=True)
class SalesDocument:
    title: str  # 报价单 / 销售订单
    number: str
    issued_on: date
    company: CompanyHeader
    customer_name: str
    contact: str = ""
    customer_phone: str = ""
    customer_address: str = ""
    salesperson: str = ""
    lines: tuple[DocumentLine, ...] = ()
    total: Decimal = Decimal("0")
    # Extra rows of the header block, e.g. (有效期至, 2026-12-31), (合同号, HT2026…), (状态, 已批准)
    facts: tuple[tuple[str, str], ...] = ()
    # Totals below the lines before the grand total, e.g. (已收款, 1000.00)
    subtotals: tuple[tuple[str, Decimal], ...] = ()
    terms: str = ""
    signatures: tuple[str, ...] = ("客户签字（盖章）", "经办人")
    labels: dict[str, str] = field(default_factory=dict)


LABELS_ZH = {
    "number": "单号",
    "date": "日期",
    "customer": "客户",
    "contact": "联系人",
    "phone": "电话",
    "address": "地址",
    "salesperson": "业务员",
    "seq": "序号",
    "code": "编码",
    "name": "品名",
    "spec": "规格",
    "unit": "单位",
    "qty": "数量",
    "price": "单价",
    "discount": "折扣%",
    "amount": "金额",
    "total": "合计（小写）",
    "total_words": "合计（大写）",
    "terms": "条款与说明",
    "date_signed": "日期",
}


def money(value: Decimal) -> str:
    return f"¥{value:,.2f}"


def quantity(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def render_document(doc: SalesDocument) -> bytes:
    label = {**LABELS_ZH, **doc.labels}
    st = styles()
    out = BytesIO()
    page = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"{doc.title} {doc.number}",
        author=doc.company.name,
    )
    width = A4[0] - 30 * mm
    story: list[object] = [Paragraph(escape(doc.company.name), st["company"])]
    contact_line = "　".join(x for x in (doc.company.address, doc.company.phone, doc.company.email) if x)
    if contact_line:
        story.append(Paragraph(escape(contact_line), st["center"]))
    story += [Spacer(1, 3 * mm), Paragraph(escape(doc.title), st["title"])]

    p = lambda text: Paragraph(escape(text), st["base"])  # noqa: E731
    head = [
        [p(f"{label['customer']}：{doc.customer_name}"), p(f"{label['number']}：{doc.number}")],
        [p(f"{label['contact']}：{doc.contact}"), p(f"{label['date']}：{doc.issued_on.isoformat()}")],
        [p(f"{label['phone']}：{doc.customer_phone}"), p(f"{label['salesperson']}：{doc.salesperson}")],
        [p(f"{label['address']}：{doc.customer_address}"), p("")],
    ]
    facts = list(doc.facts)
    for i in range(0, len(facts), 2):
        pair = facts[i : i + 2]
        head.append([p(f"{k}：{v}") for k, v in pair] + ([p("")] if len(pair) == 1 else []))
    head_table = Table(head, colWidths=[width * 0.6, width * 0.4])
    head_table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    )
    story += [head_table, Spacer(1, 3 * mm)]

    right = st["right"]
    rows: list[list[object]] = [
        [p(label[k]) for k in ("seq", "code", "name", "spec", "unit", "qty", "price", "discount", "amount")]
    ]
    for i, line in enumerate(doc.lines, 1):
        rows.append(
            [
                p(str(i)),
                p(line.code),
                p(line.name),
                p(line.specification),
                p(line.unit),
                Paragraph(quantity(line.quantity), right),
                Paragraph(f"{line.unit_price:,.2f}", right),
                Paragraph(quantity(line.discount_pct) if line.discount_pct else "", right),
                Paragraph(f"{line.amount:,.2f}", right),
            ]
        )
    fractions = (0.065, 0.11, 0.195, 0.15, 0.07, 0.08, 0.11, 0.08, 0.14)
    lines_table = Table(rows, colWidths=[width * f for f in fractions], repeatRows=1)
    lines_table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story += [lines_table]

    totals: list[list[object]] = [[p(k), Paragraph(money(v), right)] for k, v in doc.subtotals]
    totals.append([Paragraph(escape(label["total"]), st["bold"]), Paragraph(money(doc.total), right)])
    totals.append(
        [Paragraph(escape(label["total_words"]), st["bold"]), p(f"人民币{amount_in_chinese(doc.total)}")]
    )
    totals_table = Table(totals, colWidths=[width * 0.25, width * 0.75])
    totals_table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    story += [totals_table, Spacer(1, 4 * mm)]
    if doc.terms:
        terms = Paragraph(escape(doc.terms).replace("\n", "<br/>"), st["base"])
        story += [Paragraph(escape(label["terms"]), st["bold"]), terms, Spacer(1, 4 * mm)]
    if doc.signatures:
        cells = [p(f"{s}：＿＿＿＿＿＿　{label['date_signed']}：＿＿＿＿") for s in doc.signatures]
        story.append(Table([cells], colWidths=[width / len(cells)] * len(cells)))
    page.build(story, canvasmaker=numbered_canvas())
    return out.getvalue()
