"""The import's reader process: the same outcome as reading in line, cancel stops it, its failures reach the user."""

from __future__ import annotations

import multiprocessing
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from crm_desktop.db.models import Customer
from crm_desktop.db.session import Database
from crm_desktop.services import import_process
from crm_desktop.services.errors import ServiceError
from crm_desktop.services.import_rows import BadImportFile, Batch, Headed, RowPlan
from crm_desktop.services.imports import ImportOptions, ImportResult, ImportService
from tests.services.helpers import count
from tests.services.test_imports import Office, _file, _mapping, _names, make_office

ROWS: list[list[object]] = [
    [f"华强电子{i:03d}有限公司", "目标客户" if i % 3 else "", "", "", f"0755-8888{i:04d}", "", "", ""]
    for i in range(45)
]
ROWS.insert(7, ["", "目标客户", "", "", "", "", "", "no name"])
ROWS.insert(20, ["坏类型", "不存在的类型", "", "", "", "", "", ""])
ROWS.append(
    ["华强电子003有限公司", "", "", "", "0755-88880003", "", "", "again: updates the row created first"]
)


@pytest.fixture
def office(db: Database) -> Office:
    return make_office(db)


def _outcome(result: ImportResult) -> tuple[object, ...]:
    return (result.headers, result.rows_read, result.created, result.updated, result.unchanged, result.rejected,
            [(e.row, e.field, e.message, e.params) for e in result.errors])  # fmt: skip


def test_reading_in_a_process_gives_what_reading_in_line_gives(office: Office, tmp_path: Path) -> None:
    path = _file(tmp_path, ROWS)
    service = ImportService(office.db, office.clerk)
    mapping = _mapping(path, service)
    separate = service.run(path, mapping, ImportOptions(batch_size=10, reader_process=True))
    assert (separate.created, separate.rejected, separate.updated) == (45, 2, 1)
    assert [(e.row, e.field) for e in separate.errors] == [(9, "name"), (22, "type")]
    names = _names(office.db)
    with office.db.unit_of_work() as session:  # the same file again from scratch, read in line
        session.query(Customer).delete()
    in_line = service.run(path, mapping, ImportOptions(batch_size=10, reader_process=False))
    assert _outcome(in_line) == _outcome(separate)
    assert _names(office.db) == names
    again = service.run(path, mapping, ImportOptions(batch_size=10, reader_process=True))
    assert (again.created, again.unchanged, again.rejected) == (0, 46, 2)
    assert not multiprocessing.active_children()


def test_cancel_stops_the_reader_process(office: Office, tmp_path: Path) -> None:
    path = _file(tmp_path, ROWS * 4)
    service = ImportService(office.db, office.clerk)
    seen: list[int] = []
    result = service.run(path, _mapping(path, service),
                         ImportOptions(batch_size=20, reader_process=True),
                         progress=lambda done, _total: seen.append(done), cancelled=lambda: len(seen) >= 2)  # fmt: skip
    assert result.cancelled and seen == [20, 40] and result.rows_read == 40
    assert count(office.db, Customer) == result.created > 0
    assert not multiprocessing.active_children()


def test_a_bad_file_is_refused_from_the_reader_process_with_its_reason(
    office: Office, tmp_path: Path
) -> None:
    good = _file(tmp_path, ROWS)
    service = ImportService(office.db, office.clerk)
    mapping = _mapping(good, service)
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(BadImportFile) as caught:
        service.run(truncated, mapping, ImportOptions(reader_process=True))
    assert caught.value.code == "truncated"
    assert count(office.db, Customer) == 0
    assert not multiprocessing.active_children()


def _plan(path: Path, service: ImportService) -> RowPlan:
    from crm_desktop.services.definitions import store
    from crm_desktop.services.import_rows import CodeLookup

    with service.db.read_only() as session:
        return RowPlan(_mapping(path, service), CodeLookup(session), {}, store.load_lookups(session, []), [],
                       "create_or_update", 10)  # fmt: skip


def test_a_failing_reader_process_is_reported_not_waited_for(office: Office, tmp_path: Path) -> None:
    path = _file(tmp_path, ROWS)
    service = ImportService(office.db, office.clerk)
    broken = replace(_plan(path, service), codes=None)  # type: ignore[arg-type]  # fails on the first code value
    with (
        pytest.raises(ServiceError) as caught,
        import_process.read_batches(path, broken, process=True) as items,
    ):
        list(items)
    assert caught.value.message == import_process.READER_STOPPED
    assert "AttributeError" in str(caught.value)
    assert not multiprocessing.active_children()
    with import_process.read_batches(path, _plan(path, service), process=True) as items:
        received = list(items)
    assert isinstance(received[0], Headed) and received[0].headers[0] == "客户名称"
    assert sum(b.tally.counts["read"] for b in received[1:] if isinstance(b, Batch)) == len(ROWS)


def test_an_unreadable_file_in_the_reader_process_gives_the_reason(office: Office, tmp_path: Path) -> None:
    path = tmp_path / "not.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    service = ImportService(office.db, office.clerk)
    good = _file(tmp_path, ROWS)
    with pytest.raises(BadImportFile) as caught:
        service.run(path, _mapping(good, service), ImportOptions(reader_process=True))
    assert caught.value.code == "not_xlsx"
