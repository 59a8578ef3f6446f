"""Printing: quotes and orders with the Chinese customer name and amounts (figures and 大写), envelopes, labels and
lists; permissions and data scope refused like everywhere else. Text is extracted from the PDFs with pypdf."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from crm_desktop.db.session import Database
from crm_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from crm_desktop.services.printing import PrintingService, order_pdf, quote_pdf
from crm_desktop.services.products import ProductQuery
from tests.services.helpers import audit_rows, context_for
from tests.services.printing_office import CUSTOMER, TOTAL_WORDS, PrintOffice, build_print_office


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def pages(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(BytesIO(pdf)).pages]


@pytest.fixture
def office(db: Database) -> PrintOffice:
    return build_print_office(db)


def test_quote_pdf_has_customer_lines_and_amounts(office: PrintOffice) -> None:
    pdf = quote_pdf(office.db, context_for(office.db, office.seller), office.quote)
    assert pdf.startswith(b"%PDF")
    text = text_of(pdf)
    for expected in (CUSTOMER, "报价单", "BJ202611220001", "北京华信办公设备有限公司", "激光打印机", "原装硒鼓",
                     "1,160.00", "¥1,234.56", TOTAL_WORDS, "王经理", "2026-12-31", "杨帆", "已批准"):  # fmt: skip
        assert expected in text, expected
    assert [r.entity_id for r in audit_rows(office.db, "quote")][-1] == office.quote


def test_order_pdf_with_receipts_and_payment_plan(office: PrintOffice) -> None:
    text = text_of(order_pdf(office.db, context_for(office.db, office.seller), office.order))
    for expected in (CUSTOMER, "销售订单", "XS202611220001", "¥1,234.56", TOTAL_WORDS, "已收款", "¥500.00",
                     "2026-12-31", "734.56"):  # fmt: skip
        assert expected in text, expected


def test_by_number_and_scope(office: PrintOffice) -> None:
    service = PrintingService(office.db, context_for(office.db, office.seller))
    assert CUSTOMER in text_of(service.quote_pdf_by_number("BJ202611220001"))
    assert CUSTOMER in text_of(service.order_pdf_by_number("XS202611220001"))
    with pytest.raises(PermissionDenied):
        service.quote_pdf(office.foreign_quote)  # another salesperson's quote
    with pytest.raises(NotFound):
        service.quote_pdf_by_number("BJ-NONE")
    quiet = PrintingService(office.db, context_for(office.db, office.no_print))
    with pytest.raises(PermissionDenied):
        quiet.quote_pdf(office.quote)  # may view all quotes but not print
    with pytest.raises(PermissionDenied):
        quiet.products_list_pdf()


def test_envelopes_and_labels_for_selected_customers(office: PrintOffice) -> None:
    service = PrintingService(office.db, context_for(office.db, office.seller))
    chosen = [office.customer, office.foreign_customer]  # the second lies outside the seller's scope
    for size, expected in (("cn5", (220, 110)), ("dl", (220, 110)), ("c5", (229, 162))):
        pdf = service.envelopes_pdf(chosen, size)
        assert len(pages(pdf)) == 1
        width, height = pages(pdf)[0]
        assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == expected
        text = text_of(pdf)
        assert CUSTOMER in text and "上海市浦东新区张江路88号" in text and "王经理 收" in text
        assert "深圳南山" not in text
    assert "2\n0\n1\n2\n0\n3" in text_of(service.envelopes_pdf(chosen, "cn5")) or "201203" in text_of(
        service.envelopes_pdf(chosen, "cn5")
    ).replace("\n", "").replace(" ", "")
    labels = service.labels_pdf([office.customer] * 25, "a4_3x8")
    assert len(pages(labels)) == 2  # 24 per sheet
    assert text_of(labels).count("王经理 收") == 25
    with pytest.raises(ServiceError):
        service.labels_pdf([office.foreign_customer])


def test_lists(office: PrintOffice) -> None:
    service = PrintingService(office.db, context_for(office.db, office.seller))
    customers = service.customer_list_pdf()
    text = text_of(customers)
    assert CUSTOMER in text and "深圳南山" not in text and "王经理" in text and "第 1 页 / 共 1 页" in text
    products = text_of(service.products_list_pdf(ProductQuery("dayinji")))
    assert "HP-M403" in products and "HP-CF228" not in products
    narrow = service.list_pdf("quotes", "报价单列表", ["单号", "金额"], [["BJ1", "1.00"]])
    wide = service.list_pdf(
        "quotes", "报价单列表", [f"列{i}" for i in range(12)], [[str(i) for i in range(12)]] * 120
    )
    assert pages(narrow)[0][0] < pages(narrow)[0][1]  # portrait
    assert pages(wide)[0][0] > pages(wide)[0][1]  # landscape when wide
    assert len(pages(wide)) > 1 and f"共 {len(pages(wide))} 页" in text_of(wide)
