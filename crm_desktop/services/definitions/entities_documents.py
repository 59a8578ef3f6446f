"""Customisable sales documents: quote, sales order and contract (registered on import by entities.py).

Only the header is a form: the customer picker, the product lines, totals and the payment plan stay widgets
around the rendered header, so they are no form fields. List-only fields name the columns a list may show.
"""

from __future__ import annotations

from crm_desktop.services.definitions.entities import EntitySpec, _f, _list, _section, register
from crm_desktop.services.definitions.schema import FormLayout

# ----- quote ------------------------------------------------------------------------------------------------------
QUOTE_FIELDS = (
    _f("title", "text", "标题", "Title", max_length=200, searchable=True),
    _f("valid_until", "date", "有效期至", "Valid until"),
    _f("remark", "textarea", "备注", "Remark"),
)

_QUOTE_FULL = FormLayout("quote", (
    _section("basic", "报价信息", "Quote", 2, ("title", "valid_until")),
    _section("remark", "备注", "Remark", 1, ("remark",)),
))  # fmt: skip

_QUOTE_SHORT = FormLayout("quote", (
    _section("basic", "报价信息", "Quote", 2, ("title", "valid_until")),
))  # fmt: skip

_DOCUMENT_COLUMNS = (
    _f("number", "text", "单号", "Number"),
    _f("customer_name", "text", "客户", "Customer"),
    _f("status", "text", "状态", "Status"),
    _f("owner_id", "user", "负责人", "Owner"),
    _f("created_at", "datetime", "创建时间", "Created"),
)

QUOTE = register(EntitySpec(
    name="quote",
    module="quotes",
    model_name="Quote",
    builtin_fields=QUOTE_FIELDS,
    base_forms={None: _QUOTE_FULL, "storefront": _QUOTE_SHORT, "key_accounts": _QUOTE_FULL},
    base_lists={None: _list("quote", ("number", 130), ("customer_name", 220), ("title", 200), ("status", 90),
                            ("total", 110), ("valid_until", 100), ("owner_id", 90), ("needs_approval", 90))},
    list_only_fields=(*_DOCUMENT_COLUMNS, _f("total", "money", "金额", "Total"),
                      _f("needs_approval", "bool", "需审批", "Needs approval")),
))  # fmt: skip


# ----- sales order ------------------------------------------------------------------------------------------------
ORDER_FIELDS = (
    _f("order_date", "date", "下单日期", "Order date"),
    _f("notes", "textarea", "备注", "Notes"),
)

_ORDER_FULL = FormLayout("order", (
    _section("basic", "订单信息", "Order", 2, ("order_date",)),
    _section("notes", "备注", "Notes", 1, ("notes",)),
))  # fmt: skip

_ORDER_SHORT = FormLayout("order", (
    _section("basic", "订单信息", "Order", 2, ("order_date",)),
))  # fmt: skip

ORDER = register(EntitySpec(
    name="order",
    module="orders",
    model_name="SalesOrder",
    builtin_fields=ORDER_FIELDS,
    base_forms={None: _ORDER_FULL, "storefront": _ORDER_SHORT, "key_accounts": _ORDER_FULL},
    base_lists={None: _list("order", ("number", 130), ("order_date", 100), ("customer_name", 220), ("kind", 70),
                            ("status", 90), ("total_amount", 110), ("received_amount", 110), ("open_amount", 110),
                            ("owner_id", 90))},
    list_only_fields=(*_DOCUMENT_COLUMNS, _f("kind", "text", "类型", "Kind"),
                      _f("total_amount", "money", "金额", "Total"), _f("received_amount", "money", "已收", "Received"),
                      _f("open_amount", "money", "未收", "Open")),
))  # fmt: skip


# ----- contract ---------------------------------------------------------------------------------------------------
CONTRACT_FIELDS = (
    _f("title", "text", "标题", "Title", required=True, max_length=200, searchable=True),
    _f("amount", "money", "金额", "Amount", required=True, minimum="0"),
    _f("starts_on", "date", "开始日期", "Starts on"),
    _f("ends_on", "date", "结束日期", "Ends on"),
    _f("terms", "textarea", "条款", "Terms"),
)

_CONTRACT_FULL = FormLayout("contract", (
    _section("basic", "合同信息", "Contract", 2, (("title", 2),), ("amount",), ("starts_on", "ends_on")),
    _section("terms", "条款", "Terms", 1, ("terms",)),
))  # fmt: skip

_CONTRACT_SHORT = FormLayout("contract", (
    _section("basic", "合同信息", "Contract", 2, (("title", 2),), ("amount", "ends_on")),
))  # fmt: skip

CONTRACT = register(EntitySpec(
    name="contract",
    module="contracts",
    model_name="Contract",
    builtin_fields=CONTRACT_FIELDS,
    base_forms={None: _CONTRACT_FULL, "storefront": _CONTRACT_SHORT, "key_accounts": _CONTRACT_FULL},
    base_lists={None: _list("contract", ("number", 130), ("title", 220), ("customer_name", 200), ("status", 90),
                            ("amount", 110), ("quote_number", 130), ("owner_id", 90), ("signed_at", 100))},
    list_only_fields=(*_DOCUMENT_COLUMNS, _f("quote_number", "text", "报价单", "Quote"),
                      _f("signed_at", "datetime", "签订时间", "Signed")),
))  # fmt: skip
