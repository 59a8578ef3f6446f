"""Customisable sales entities: lead and opportunity (built-in fields, shipped form and list layouts).

Imported by entities.py, so registration happens when the registry is imported. Related records of an opportunity
(product lines, competitors, team members) and its customer are no form fields: the editor keeps them as they are.
"""

from __future__ import annotations

from crm_desktop.services.definitions.entities import EntitySpec, _f, _list, _section, register
from crm_desktop.services.definitions.schema import FormLayout, Option

# ----- lead -------------------------------------------------------------------------------------------------------
LEAD_FIELDS = (
    _f("company", "text", "公司", "Company", required=True, max_length=200, searchable=True),
    _f("contact_name", "text", "联系人", "Contact", max_length=100, searchable=True),
    _f("job_title", "text", "职务", "Job title", max_length=100),
    _f("source_id", "choice", "来源", "Source", code_table="source"),
    _f("industry_id", "choice", "行业", "Industry", code_table="industry"),
    _f("region_id", "choice", "地区", "Region", code_table="region"),
    _f("phone", "phone", "电话", "Phone", max_length=60, searchable=True),
    _f("mobile", "phone", "手机", "Mobile", max_length=60, searchable=True),
    _f("email", "email", "电子邮件", "E-mail", max_length=200),
    _f("address", "text", "地址", "Address", max_length=300),
    _f("notes", "textarea", "备注", "Notes"),
)  # fmt: skip

_LEAD_FULL = FormLayout("lead", (
    _section("basic", "基本信息", "Basic information", 2,
             (("company", 2),), ("contact_name", "job_title"), ("source_id", "industry_id"), ("region_id",)),
    _section("contact", "联系方式", "Contact details", 2,
             ("phone", "mobile"), ("email",), (("address", 2),)),
    _section("notes", "备注", "Notes", 1, ("notes",)),
))  # fmt: skip

_LEAD_DEFAULT = FormLayout("lead", (
    _section("basic", "线索", "Lead", 2,
             (("company", 2),), ("contact_name", "job_title"), ("phone", "mobile"), ("email", "source_id"),
             ("industry_id", "region_id"), (("address", 2),), (("notes", 2),)),
))  # fmt: skip

LEAD_STATUS = _f("status", "choice", "状态", "Status", options=(
    Option("new", {"zh_CN": "新建", "en": "New"}),
    Option("contacted", {"zh_CN": "已联系", "en": "Contacted"}),
    Option("qualified", {"zh_CN": "已确认", "en": "Qualified"}),
    Option("converted", {"zh_CN": "已转化", "en": "Converted"}),
    Option("invalid", {"zh_CN": "无效", "en": "Invalid"}),
))  # fmt: skip

LEAD = register(EntitySpec(
    name="lead",
    module="leads",
    model_name="Lead",
    builtin_fields=LEAD_FIELDS,
    base_forms={None: _LEAD_DEFAULT, "key_accounts": _LEAD_FULL},
    base_lists={None: _list("lead", ("company", 200), ("contact_name", 80), ("phone", 120), ("source_id", 90),
                            ("industry_id", 90), ("region_id", 130), ("status", 80), ("owner_id", 80),
                            ("last_followup_at", 130), ("created_at", 90))},
    list_only_fields=(
        LEAD_STATUS,
        _f("owner_id", "user", "负责人", "Owner"),
        _f("last_followup_at", "datetime", "最近跟进", "Last follow-up"),
        _f("created_at", "datetime", "创建时间", "Created"),
    ),
))  # fmt: skip


# ----- opportunity ------------------------------------------------------------------------------------------------
OPPORTUNITY_FIELDS = (
    _f("name", "text", "机会名称", "Name", required=True, max_length=200, searchable=True),
    _f("stage_id", "choice", "阶段", "Stage", required=True, code_table="opportunity_stage"),
    _f("probability", "integer", "成功率 (%)", "Probability (%)", minimum="0", maximum="100"),
    _f("amount", "money", "金额", "Amount", minimum="0"),
    _f("expected_close", "date", "预计成交", "Expected close"),
    _f("lost_reason_id", "choice", "输单原因", "Loss reason", code_table="loss_reason"),
    _f("lost_reason", "text", "输单说明", "Loss details", max_length=500),
    _f("notes", "textarea", "备注", "Notes"),
)  # fmt: skip

_OPPORTUNITY_FORM = FormLayout("opportunity", (
    _section("basic", "基本信息", "Basic information", 2,
             (("name", 2),), ("stage_id", "probability"), ("amount", "expected_close")),
    _section("loss", "输单", "Loss", 2, ("lost_reason_id", "lost_reason")),
    _section("notes", "备注", "Notes", 1, ("notes",)),
))  # fmt: skip

OPPORTUNITY = register(EntitySpec(
    name="opportunity",
    module="opportunities",
    model_name="Opportunity",
    builtin_fields=OPPORTUNITY_FIELDS,
    base_forms={None: _OPPORTUNITY_FORM},
    base_lists={None: _list("opportunity", ("name", 200), ("customer_id", 160), ("stage_id", 100),
                            ("probability", 70), ("amount", 110), ("expected_close", 100), ("status", 70),
                            ("owner_id", 80))},
    list_only_fields=(
        _f("customer_id", "text", "客户", "Customer"),
        _f("status", "choice", "状态", "Status", options=(
            Option("open", {"zh_CN": "进行中", "en": "Open"}),
            Option("won", {"zh_CN": "赢单", "en": "Won"}),
            Option("lost", {"zh_CN": "输单", "en": "Lost"}),
        )),
        _f("owner_id", "user", "负责人", "Owner"),
        _f("created_at", "datetime", "创建时间", "Created"),
    ),
))  # fmt: skip
