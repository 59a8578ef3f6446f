"""Company information (one row)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.db.models import Company
from crm_desktop.services import audit
from crm_desktop.services.admin.common import REQUIRED, AdminBase
from crm_desktop.services.errors import ValidationError


@dataclass(frozen=True)
class CompanyDTO:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


class CompanyService(AdminBase):
    def get(self) -> CompanyDTO:
        with self.db.read_only() as session:
            self._check(session)
            row = session.execute(
                select(Company).where(Company.deleted_at.is_(None)).order_by(Company.id)
            ).scalar()
            if row is None:
                return CompanyDTO()
            return CompanyDTO(row.name, row.address or "", row.phone or "", row.email or "")

    def save(self, data: CompanyDTO) -> None:
        if not data.name.strip():
            raise ValidationError({"name": REQUIRED})
        with self.db.unit_of_work() as session:
            self._check(session, "edit")
            row = session.execute(
                select(Company).where(Company.deleted_at.is_(None)).order_by(Company.id)
            ).scalar()
            if row is None:
                row = Company(name=data.name.strip(), created_by=self.user.user_id)
                session.add(row)
            values = {
                "name": data.name.strip(),
                "address": data.address.strip() or None,
                "phone": data.phone.strip() or None,
                "email": data.email.strip() or None,
            }
            changes: dict[str, object] = {
                k: [getattr(row, k), v] for k, v in values.items() if getattr(row, k) != v
            }
            for key, value in values.items():
                setattr(row, key, value)
            row.updated_by = self.user.user_id
            session.flush()
            audit.record(
                session, self.user, "update", "company", row.id, values["name"] or "", changes or None
            )
