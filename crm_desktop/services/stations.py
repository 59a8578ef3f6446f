"""Stations (站点) as data: which modules a workstation shows and its home page."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.db.models import Station
from crm_desktop.db.session import Database


@dataclass(frozen=True)
class StationDTO:
    code: str
    name: str
    name_en: str
    modules: tuple[str, ...]
    home_page: str

    def label(self, language: str) -> str:
        return self.name_en if language.startswith("en") else self.name


def list_stations(db: Database) -> list[StationDTO]:
    with db.read_only() as session:
        rows = session.execute(
            select(Station).where(Station.deleted_at.is_(None)).order_by(Station.sort_order)
        ).scalars()
        return [StationDTO(s.code, s.name, s.name_en, tuple(s.modules or ()), s.home_page) for s in rows]


def get_station(db: Database, code: str) -> StationDTO:
    for station in list_stations(db):
        if station.code == code:
            return station
    raise KeyError(code)
