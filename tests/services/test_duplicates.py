"""Duplicate check: normalisation, scored candidates within scope, the hidden-match hint, the save refusal."""

from __future__ import annotations

import pytest

from crm_desktop.services.customers import CustomerInput, CustomerService
from crm_desktop.services.duplicates import (
    DuplicateService,
    DuplicatesFound,
    name_similarity,
    normalize_email,
    normalize_name,
    normalize_phone,
)
from tests.services.archive_office import Office, office_fixture  # noqa: F401


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("深圳市华强电子有限公司", "深圳市华强电子"),
        ("深圳市华强电子股份有限公司", "深圳市华强电子"),
        ("华强电子（集团）有限责任公司", "华强电子"),
        ("华强电子集团有限公司 南山分公司", "华强电子集团有限公司南山"),
        ("ＡＢＣ 科技·有限公司", "abc科技"),
        ("Acme Co., Ltd.", "acme"),
        ("公司", "公司"),
        ("有限公司", "有限"),  # a suffix is never the whole name
        ("ACME GmbH [Berlin]", "acme"),
        ("【旧】蓝天 Inc. 2", "蓝天inc2"),
        ("", ""),
    ],
)
def test_normalize_name(raw: str, key: str) -> None:
    assert normalize_name(raw) == key


def test_normalize_phone_and_email() -> None:
    assert normalize_phone("+86 138-1234-5678") == "13812345678"
    assert normalize_phone("（０７５５）8888 6666 转 123") == "075588886666"
    assert normalize_phone("0086 755-8888-66667") == "755888866667"
    assert normalize_phone("86 0755 8888 6666") == "075588886666"
    assert normalize_phone("86 755 8888 666") == "867558888666"  # only 10 digits would remain: kept
    assert normalize_phone("010-8266 1234 EXT. 5") == "01082661234"
    for marker in ("x", "#", "分机", "转"):
        assert normalize_phone(f"010-8266{marker}12") == "0108266"
    assert normalize_phone("٠١٢ ①") == "٠١٢1"  # digits of any script, NFKC first
    assert normalize_phone(None) == normalize_phone("转") == ""
    assert normalize_email("  Sales@Example.COM ") == "sales@example.com"
    assert name_similarity("华强电子", "深圳华强电子") >= 0.9
    assert name_similarity("华强电子", "蓝天物流") < 0.3


def test_candidates_within_scope_and_a_hint_for_the_rest(office: Office) -> None:
    mine = CustomerService(office.db, office.rep1)
    other = CustomerService(office.db, office.rep2)
    own_id = mine.create(CustomerInput(name="深圳市华强电子有限公司", phone="0755-8888 6666"))
    other.create(CustomerInput(name="蓝天物流股份有限公司", email="ops@lantian.cn"))

    report = DuplicateService(office.db, office.rep1).check("深圳市华强电子股份有限公司")
    assert [c.id for c in report.candidates] == [own_id]
    assert report.candidates[0].reasons == ("name",) and not report.hidden_match

    by_phone = DuplicateService(office.db, office.rep1).check("别的名字", ["+86 755 88886666"])
    assert [c.id for c in by_phone.candidates] == [own_id] and by_phone.candidates[0].score == 1.0

    hidden = DuplicateService(office.db, office.rep1).check("蓝天物流有限公司")
    assert hidden.candidates == [] and hidden.hidden_match  # exists, but nothing about it is revealed
    by_mail = DuplicateService(office.db, office.rep1).check("x", email="OPS@lantian.cn")
    assert by_mail.candidates == [] and by_mail.hidden_match
    assert DuplicateService(office.db, office.rep1).check("完全不同的名字").empty
    # the clerk (scope all) sees both
    assert len(DuplicateService(office.db, office.clerk).check("蓝天物流").candidates) == 1


def test_save_with_check_refuses_until_confirmed(office: Office) -> None:
    service = CustomerService(office.db, office.rep1)
    first = service.create(CustomerInput(name="华强电子有限公司"))
    with pytest.raises(DuplicatesFound) as caught:
        service.create(CustomerInput(name="华强电子股份有限公司"), check_duplicates=True)
    assert [c.id for c in caught.value.report.candidates] == [first]
    second = service.create(CustomerInput(name="华强电子股份有限公司"), check_duplicates=False)
    assert second != first
    # editing a customer does not find itself
    detail = service.get(first)
    service.update(first, detail.version, CustomerInput(name="华强电子有限公司 "), check_duplicates=False)
    report = DuplicateService(office.db, office.rep1).check("华强电子", exclude_id=first)
    assert [c.id for c in report.candidates] == [second]


def test_the_same_name_is_found_among_many_customers_sharing_its_fragments(office: Office) -> None:
    """Hundreds of 深圳市华… names match the name's first characters; the exact normalised name (an indexed
    look-up of its own) is still found, and so are a bracketed variant and a phone written another way."""
    from datetime import UTC, datetime

    from crm_desktop.services.bulk_insert import insert_customers

    now = datetime.now(UTC)
    with office.db.unit_of_work() as s:
        insert_customers(
            s,
            [{"name": f"深圳市华{i:04d}贸易有限公司", "kind": "enterprise", "owner_id": office.rep1.user_id,
              "department_id": office.rep1.department_id, "version": 1, "extra": {}, "created_at": now,
              "updated_at": now}
             for i in range(700)],
        )  # fmt: skip
    mine = CustomerService(office.db, office.rep1)
    target = mine.create(CustomerInput(name="深圳市华强电子（集团）股份有限公司", mobile="139-1234-5678"))
    report = DuplicateService(office.db, office.rep1).check("深圳市华强电子有限公司")
    assert report.candidates and report.candidates[0].id == target
    by_phone = DuplicateService(office.db, office.rep1).check("某某", ["13912345678"])
    assert [c.id for c in by_phone.candidates] == [target]
