"""The demo customers: the weights of the customer mix, code look-up and the customer/contact/history batches."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from crm_desktop.db.models import CodeItem
from crm_desktop.db.session import Database
from crm_desktop.services import demo_names as names
from crm_desktop.services.catalog import INTERACTION_KINDS
from crm_desktop.services.demo_support import (
    BEIJING,
    T,
    _common,
    _Counter,
    _day_start_utc,
    _Ids,
    _Org,
    _weighted,
)

INDIVIDUAL_SHARE = 0.30
POOL_SHARE = 0.10
TYPE_WEIGHTS = {"existing": 36, "target": 20, "potential": 30, "partner": 7, "blacklist": 2, "competitor": 5}
GRADE_WEIGHTS = {"A": 10, "B": 30, "C": 40, "D": 20}
INDUSTRY_WEIGHTS = {
    "it": 14,
    "trade": 16,
    "mfg": 14,
    "edu": 10,
    "med": 7,
    "gov": 8,
    "fin": 6,
    "log": 6,
    "re": 6,
    "svc": 13,
}
SOURCE_WEIGHTS_ENTERPRISE = {
    "walk_in": 6,
    "phone": 18,
    "referral": 20,
    "web": 14,
    "exhibition": 10,
    "campaign": 10,
    "cold_call": 16,
    "repair": 6,
}
SOURCE_WEIGHTS_INDIVIDUAL = {"walk_in": 45, "phone": 20, "referral": 15, "web": 10, "repair": 10}
KIND_WEIGHTS = {"call": 40, "visit": 18, "reception": 17, "email": 15, "other": 10}
INTERACTIONS_PER_CUSTOMER = (0, 1, 2, 3, 4)
INTERACTIONS_WEIGHTS = (20, 26, 25, 17, 12)
HISTORY_DAYS = 548  # contact history reaches back about 18 months
CUSTOMER_AGE_DAYS = 3 * 365


@dataclass(frozen=True)
class _Codes:
    types: dict[str, int]
    grades: dict[str, int]
    industries: dict[str, int]
    sources: dict[str, int]
    titles: dict[str, int]
    cities: list[tuple[names.City, int]]  # the cities this database has a region code for


def _load_codes(db: Database) -> _Codes:
    with db.read_only() as session:
        rows = session.execute(
            select(CodeItem.category, CodeItem.code, CodeItem.id).where(
                CodeItem.deleted_at.is_(None), CodeItem.active.is_(True)
            )
        ).all()
    by_category: dict[str, dict[str, int]] = {}
    for category, code, code_id in rows:
        by_category.setdefault(category, {})[code] = code_id
    regions = by_category.get("region", {})
    return _Codes(
        types=by_category.get("customer_type", {}),
        grades=by_category.get("customer_grade", {}),
        industries=by_category.get("industry", {}),
        sources=by_category.get("source", {}),
        titles=by_category.get("title", {}),
        cities=[(city, regions[city.code]) for city in names.CITIES if city.code in regions],
    )


@dataclass(frozen=True)
class _Batch:
    customers: list[dict[str, Any]]
    contacts: list[dict[str, Any]]
    interactions: list[dict[str, Any]]


def _customer_batch(
    rng: random.Random,
    ids: _Ids,
    org: _Org,
    codes: _Codes,
    now: datetime,
    size: int,
    counter: _Counter,
    sample: list[tuple[int, str, int | None]],
) -> _Batch:
    """Rows for `size` customers with their contacts and contact history (runs on the generator thread)."""
    today = _day_start_utc(now)
    rand = rng.random

    def choice(seq: Sequence[T]) -> T:
        return seq[int(rand() * len(seq))]

    def randint(low: int, high: int) -> int:
        return low + int(rand() * (high - low + 1))

    home = [entry for entry in codes.cities if entry[0].code == names.HOME_CITY]
    individual_id = codes.industries.get("ind")
    industry_keys = [k for k in INDUSTRY_WEIGHTS if k in codes.industries]
    industry_weights = [INDUSTRY_WEIGHTS[k] for k in industry_keys]
    type_ids = _weighted(rng, TYPE_WEIGHTS, codes.types, size)
    grade_ids = _weighted(rng, GRADE_WEIGHTS, codes.grades, size)
    interaction_counts = rng.choices(INTERACTIONS_PER_CUSTOMER, INTERACTIONS_WEIGHTS, k=size)
    kinds = [k for k in INTERACTION_KINDS if k in KIND_WEIGHTS]
    kind_weights = [KIND_WEIGHTS[k] for k in kinds]
    salespeople = org.key_account_sales or list(org.user_department)
    store = org.storefront_staff or salespeople
    technicians = org.technicians or salespeople
    pool_creators = org.clerks + store
    title_ms, title_mr = codes.titles.get("ms"), codes.titles.get("mr")
    title_by_job = {
        "总经理": codes.titles.get("gm"),
        "经理": codes.titles.get("manager"),
        "主任": codes.titles.get("director"),
        "工程师": codes.titles.get("engineer"),
    }

    customers: list[dict[str, Any]] = []
    contacts: list[dict[str, Any]] = []
    interactions: list[dict[str, Any]] = []
    first_id = ids.take("customers", size)
    for n in range(size):
        customer_id = first_id + n
        individual = rand() < INDIVIDUAL_SHARE
        city, region_id = choice(home) if home and rand() < names.HOME_CITY_SHARE else choice(codes.cities)
        if individual:
            industry = "ind"
            industry_id = individual_id
            name, gender = names.person_name(rng)
            short_name = None
            domain = None
            owner_pool = store if rand() < 0.7 else salespeople
            source = _weighted(rng, SOURCE_WEIGHTS_INDIVIDUAL, codes.sources, 1)
        else:
            industry = rng.choices(industry_keys, industry_weights)[0] if industry_keys else "trade"
            industry_id = codes.industries.get(industry)
            enterprise = names.enterprise_name(rng, city, industry)
            name, short_name, domain = enterprise.name, enterprise.short_name, enterprise.domain
            owner_pool = salespeople if rand() < 0.85 else store
            source = _weighted(rng, SOURCE_WEIGHTS_ENTERPRISE, codes.sources, 1)
        owner_id: int | None = None
        if rand() >= POOL_SHARE:
            owner_id = choice(owner_pool)
        else:
            counter.pool += 1
        creator = owner_id if owner_id is not None else choice(pool_creators)
        age_days = randint(0, CUSTOMER_AGE_DAYS)
        created_at = today - timedelta(days=age_days, minutes=-randint(9 * 60, 18 * 60))
        if created_at > now:
            created_at = now - timedelta(minutes=randint(1, 600))

        # contacts
        contact_ids: list[int] = []
        contact_count = (1 if rand() < 0.75 else 2) if individual else choice((1, 1, 2, 2, 3))
        jobs = names.JOB_TITLES.get(industry) or names.JOB_TITLES["default"]
        for k in range(contact_count):
            contact_id = ids.take("contacts")
            contact_ids.append(contact_id)
            if individual and k == 0:
                contact_name, contact_gender, job = name, gender, "本人"
            else:
                contact_name, contact_gender = names.person_name(rng)
                job = "家属" if individual else choice(jobs)
            title_id = (
                next((tid for word, tid in title_by_job.items() if word in job), None)
                if rand() < 0.4
                else None
            )
            if title_id is None:
                title_id = title_mr if contact_gender == "male" else title_ms
            contacts.append(
                {
                    "id": contact_id,
                    "customer_id": customer_id,
                    "name": contact_name,
                    "gender": contact_gender,
                    "title_id": title_id,
                    "job_title": job,
                    "mobile": names.mobile(rng),
                    "phone": None
                    if individual or rand() < 0.4
                    else names.landline(rng, city, extension=rand() < 0.4),
                    "email": (names.email_for(rng, domain) if domain and rand() < 0.5 else None)
                    if not individual
                    else (names.personal_email(rng) if rand() < 0.2 else None),
                    "birthday": date(randint(1960, 2000), randint(1, 12), randint(1, 28))
                    if rand() < 0.4
                    else None,
                    "is_primary": k == 0,
                    "notes": None,
                    "extra": {},
                    **_common(created_at, creator),
                }
            )

        # contact history
        last_contact: datetime | None = None
        count = interaction_counts[n]
        if count:
            span = max(1, min(age_days, HISTORY_DAYS))
            moments = sorted(
                today - timedelta(days=randint(0, span), minutes=-randint(9 * 60, 18 * 60))
                for _ in range(count)
            )
            for position, occurred_at in enumerate(moments):
                occurred_at = min(occurred_at, now)
                kind = rng.choices(kinds, kind_weights)[0]
                pattern = choice(names.SUBJECTS[kind])
                service = names.is_service_subject(pattern)
                if service:
                    user_id = choice(technicians)
                elif kind == "reception":
                    user_id = choice(store)
                else:
                    user_id = owner_id if owner_id is not None else choice(salespeople)
                follow_up = (position == count - 1 and rand() < 0.5) or rand() < 0.15
                interaction_common = _common(occurred_at, user_id)
                interactions.append(
                    {
                        "id": ids.take("interactions"),
                        "customer_id": customer_id,
                        "contact_id": choice(contact_ids),
                        "user_id": user_id,
                        "kind": kind,
                        "occurred_at": occurred_at,
                        "subject": pattern.format(
                            device=choice(names.DEVICES),
                            product=choice(names.PRODUCTS),
                            repair=choice(names.REPAIRS),
                        ),
                        "content": choice(names.SERVICE_CONTENTS if service else names.CONTENTS),
                        "next_step": choice(names.NEXT_STEPS) if follow_up else None,
                        "next_date": (occurred_at + timedelta(days=randint(1, 14))).astimezone(BEIJING).date()
                        if follow_up
                        else None,
                        **interaction_common,
                    }
                )
            last_contact = moments[-1] if moments[-1] <= now else now

        row = _common(created_at, creator)
        if last_contact is not None and last_contact > created_at:
            row["updated_at"] = last_contact
        row.update(
            id=customer_id,
            name=name,
            short_name=short_name,
            kind="individual" if individual else "enterprise",
            owner_id=owner_id,
            department_id=org.user_department.get(owner_id) if owner_id is not None else None,
            type_id=type_ids[n] if type_ids else None,
            grade_id=grade_ids[n] if grade_ids else None,
            industry_id=industry_id,
            region_id=region_id,
            source_id=source[0] if source else None,
            phone=names.landline(rng, city) if not individual or rand() < 0.2 else None,
            mobile=names.mobile(rng) if individual or rand() < 0.3 else None,
            email=(names.email_for(rng, domain) if domain and rand() < 0.5 else None)
            if not individual
            else (names.personal_email(rng) if rand() < 0.3 else None),
            website=f"www.{domain}" if domain and rand() < 0.4 else None,
            address=names.address(rng, city, enterprise=not individual),
            postcode=names.postcode(rng, city),
            needs=choice(names.NEEDS) if rand() < 0.3 else None,
            notes=None,
            last_contact_at=last_contact,
            extra={},
        )
        customers.append(row)
        if len(sample) < 300:
            sample.append((customer_id, name, owner_id))

    counter.customers += len(customers)
    counter.contacts += len(contacts)
    counter.interactions += len(interactions)
    return _Batch(customers, contacts, interactions)
