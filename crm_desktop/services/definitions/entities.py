"""Registry of customisable entities: their built-in fields and the base (shipped) form and list layouts.

An entity becomes customisable by `register(EntitySpec(...))`: custom fields, layered layouts, validation, list
columns, search and exports then work for it. Customer and contact are registered below; labels are data
(Chinese and English), like an administrator's labels of a custom field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crm_desktop.services.definitions.schema import (
    Cell,
    FieldDef,
    FormLayout,
    ListColumn,
    ListLayout,
    Option,
    Section,
)


@dataclass(frozen=True)
class EntitySpec:
    name: str  # "customer"
    module: str  # permission module, e.g. "customers"
    model_name: str  # crm_desktop.db.models class name, e.g. "Customer"
    builtin_fields: tuple[FieldDef, ...]
    base_forms: Mapping[str | None, FormLayout]  # station code (None = every other station) -> layout
    base_lists: Mapping[str | None, ListLayout] = field(default_factory=dict)
    list_only_fields: tuple[FieldDef, ...] = ()  # list columns that are no form field (owner, last contact…)

    def builtin(self, key: str) -> FieldDef | None:
        return next((f for f in self.builtin_fields if f.key == key), None)

    def base_form(self, station_code: str | None) -> FormLayout:
        return self.base_forms.get(station_code) or self.base_forms[None]

    def base_list(self, station_code: str | None) -> ListLayout:
        return self.base_lists.get(station_code) or self.base_lists[None]


_REGISTRY: dict[str, EntitySpec] = {}


def register(spec: EntitySpec) -> EntitySpec:
    _REGISTRY[spec.name] = spec
    return spec


def spec(name: str) -> EntitySpec:
    """The entity's spec; KeyError for an entity that is not customisable."""
    return _REGISTRY[name]


def specs() -> list[EntitySpec]:
    return list(_REGISTRY.values())


# ----- helpers ----------------------------------------------------------------------------------------------------
def _f(key: str, type_: str, zh: str, en: str, **kwargs: object) -> FieldDef:
    return FieldDef(key=key, type=type_, labels={"zh_CN": zh, "en": en}, builtin=True, **kwargs)  # type: ignore[arg-type]


def _section(key: str, zh: str, en: str, columns: int, *rows: tuple[str | tuple[str, int], ...]) -> Section:
    def cell(item: str | tuple[str, int]) -> Cell:
        return Cell(item) if isinstance(item, str) else Cell(item[0], span=item[1])

    return Section(key, {"zh_CN": zh, "en": en}, columns, tuple(tuple(cell(i) for i in row) for row in rows))


def _list(entity: str, *columns: tuple[str, int | None], sort: str | None = None) -> ListLayout:
    return ListLayout(entity, tuple(ListColumn(k, w) for k, w in columns), sort_field=sort)


# ----- customer ---------------------------------------------------------------------------------------------------
CUSTOMER_FIELDS = (
    _f("name", "text", "名称", "Name", required=True, max_length=200, searchable=True),
    _f("short_name", "text", "简称", "Short name", max_length=60, searchable=True),
    _f("kind", "choice", "类别", "Kind", required=True, default="enterprise", options=(
        Option("enterprise", {"zh_CN": "企业", "en": "Enterprise"}),
        Option("individual", {"zh_CN": "个人", "en": "Individual"}),
    )),
    _f("type_id", "choice", "客户类型", "Type", code_table="customer_type"),
    _f("grade_id", "choice", "等级", "Grade", code_table="customer_grade"),
    _f("industry_id", "choice", "行业", "Industry", code_table="industry"),
    _f("region_id", "choice", "地区", "Region", code_table="region"),
    _f("source_id", "choice", "来源", "Source", code_table="source"),
    _f("phone", "phone", "电话", "Phone", max_length=60, searchable=True),
    _f("mobile", "phone", "手机", "Mobile", max_length=60, searchable=True),
    _f("email", "email", "电子邮件", "E-mail", max_length=200, searchable=True),
    _f("website", "url", "网站", "Website", max_length=200),
    _f("address", "text", "地址", "Address", max_length=300, searchable=True),
    _f("postcode", "text", "邮编", "Postcode", max_length=20),
    _f("needs", "textarea", "需求", "Needs"),
    _f("notes", "textarea", "备注", "Notes"),
)  # fmt: skip

_CUSTOMER_FULL = FormLayout("customer", (
    _section("basic", "基本信息", "Basic information", 2,
             ("name", "short_name"), ("kind", "type_id"), ("grade_id", "industry_id"),
             ("region_id", "source_id")),
    _section("contact", "联系方式", "Contact details", 2,
             ("phone", "mobile"), ("email", "website"), ("address", "postcode")),
    _section("needs", "需求与备注", "Needs and notes", 1, ("needs",), ("notes",)),
))  # fmt: skip

_CUSTOMER_QUICK = FormLayout("customer", (
    _section("quick", "快速录入", "Quick entry", 2,
             (("name", 2),), ("phone", "mobile"), ("type_id", "source_id"), (("address", 2),)),
    _section("needs", "需求", "Needs", 1, ("needs",)),
))  # fmt: skip

_CUSTOMER_DEFAULT = FormLayout("customer", (
    _section("basic", "基本信息", "Basic information", 2,
             ("name", "short_name"), ("kind", "type_id"), ("grade_id", "source_id")),
    _section("contact", "联系方式", "Contact details", 2,
             ("phone", "mobile"), ("email", "region_id"), (("address", 2),)),
    _section("needs", "需求与备注", "Needs and notes", 1, ("needs",), ("notes",)),
))  # fmt: skip

CUSTOMER = register(EntitySpec(
    name="customer",
    module="customers",
    model_name="Customer",
    builtin_fields=CUSTOMER_FIELDS,
    base_forms={None: _CUSTOMER_DEFAULT, "storefront": _CUSTOMER_QUICK, "key_accounts": _CUSTOMER_FULL},
    base_lists={
        None: _list("customer", ("name", 240), ("type_id", 100), ("grade_id", 90), ("phone", 130),
                    ("mobile", 130), ("owner_id", 100), ("last_contact_at", 140), sort="name"),
        "storefront": _list("customer", ("name", 240), ("phone", 130), ("mobile", 130), ("type_id", 100),
                            ("source_id", 100), ("last_contact_at", 140), sort="name"),
    },
    list_only_fields=(
        _f("owner_id", "user", "负责人", "Owner"),
        _f("last_contact_at", "datetime", "最近联系", "Last contact"),
        _f("created_at", "datetime", "创建时间", "Created"),
    ),
))  # fmt: skip


# ----- contact ----------------------------------------------------------------------------------------------------
CONTACT_FIELDS = (
    _f("name", "text", "姓名", "Name", required=True, max_length=100, searchable=True),
    _f("gender", "choice", "性别", "Gender", options=(
        Option("male", {"zh_CN": "男", "en": "Male"}),
        Option("female", {"zh_CN": "女", "en": "Female"}),
    )),
    _f("title_id", "choice", "称谓", "Form of address", code_table="title"),
    _f("job_title", "text", "职务", "Job title", max_length=100),
    _f("mobile", "phone", "手机", "Mobile", max_length=60),
    _f("phone", "phone", "电话", "Phone", max_length=60),
    _f("email", "email", "电子邮件", "E-mail", max_length=200),
    _f("birthday", "date", "生日", "Birthday"),
    _f("is_primary", "bool", "主要联系人", "Primary contact"),
    _f("notes", "textarea", "备注", "Notes"),
)  # fmt: skip

_CONTACT_FORM = FormLayout("contact", (
    _section("basic", "基本信息", "Basic information", 2,
             ("name", "gender"), ("title_id", "job_title"), ("birthday", "is_primary")),
    _section("contact", "联系方式", "Contact details", 2, ("mobile", "phone"), (("email", 2),)),
    _section("notes", "备注", "Notes", 1, ("notes",)),
))  # fmt: skip

CONTACT = register(EntitySpec(
    name="contact",
    module="customers",
    model_name="Contact",
    builtin_fields=CONTACT_FIELDS,
    base_forms={None: _CONTACT_FORM},
    base_lists={None: _list("contact", ("name", 120), ("job_title", 120), ("mobile", 130), ("phone", 130),
                            ("email", 180), sort="name")},
))  # fmt: skip


def list_fields(entity: str) -> tuple[FieldDef, ...]:
    """Built-in fields that can be list columns: the form fields plus list-only ones (owner, last contact…)."""
    entity_spec = spec(entity)
    return entity_spec.builtin_fields + entity_spec.list_only_fields


# Other entities register themselves on import (kept in their own modules so this one stays small).
from crm_desktop.services.definitions import entities_documents, entities_sales  # noqa: E402, F401
