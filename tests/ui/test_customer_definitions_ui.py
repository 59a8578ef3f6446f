"""The customer screens rendered from definitions: the station's form, custom fields in form and list, and a
saved definition reaching an open screen live (through the change feed on PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.services.customer_search import Condition
from crm_desktop.services.customers import CustomerInput, CustomerQuery
from crm_desktop.services.definitions.schema import Cell, FieldDef, ListColumn, Section
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.form_definitions import TOPIC, base_form, base_list, load_form
from crm_desktop.ui.live import LiveUpdates
from crm_desktop.ui.modules.customers import CustomersPage
from crm_desktop.ui.modules.customers.contact_dialog import ContactDialog
from crm_desktop.ui.modules.customers.customer_form import CustomerForm
from crm_desktop.ui.modules.customers.query_dialog import CustomerQueryDialog
from crm_desktop.ui.signals import app_signals
from crm_desktop.ui.widgets.code_combo import CodeBook
from crm_desktop.ui.workers import wait_for_background

pytestmark = pytest.mark.gui
WAIT_MS = 10_000
BUDGET = FieldDef("x_budget", "money", {"zh_CN": "预算", "en": "Budget"}, minimum="0")


@pytest.fixture
def make_page(qtbot: QtBot, sign_in: Callable[[str], Workspace]) -> Iterator[Callable[..., CustomersPage]]:
    def make(login: str = "admin") -> CustomersPage:
        page = CustomersPage(sign_in(login), page_size=50)
        qtbot.addWidget(page)
        page.resize(1280, 860)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading(), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not page.detail.is_busy(), timeout=WAIT_MS)
        return page

    yield make
    wait_for_background()


def shown_columns(page: CustomersPage) -> list[str]:
    header = page.table.horizontalHeader()
    sections = [s for s in range(page.model.columnCount()) if not header.isSectionHidden(s)]
    return [page.model.column_key(s) for s in sorted(sections, key=header.visualIndex)]


def test_storefront_gets_the_quick_entry_form_and_its_list(
    qtbot: QtBot, make_page: Callable[..., CustomersPage]
) -> None:
    page = make_page("liping")
    page.toolbar.action_new.trigger()
    form = page.detail.form
    assert set(form.fields) == {"name", "phone", "mobile", "type_id", "source_id", "address", "needs"}
    assert form.renderer.groups["quick"].title() == "Quick entry"
    assert shown_columns(page) == base_list("customer", "storefront").layout.field_keys()
    page.grab().save("/tmp/customers_storefront.png")


def test_key_accounts_get_the_full_form(qtbot: QtBot, make_page: Callable[..., CustomersPage]) -> None:
    page = make_page("yangfan")
    page.toolbar.action_new.trigger()
    assert set(page.detail.form.fields) == set(base_form("customer", "key_accounts").layout.field_keys())
    assert len(page.detail.form.fields) == 16
    page.detail.form.grab().save("/tmp/customer_form_full.png")


def add_budget(workspace: Workspace, station: str | None) -> None:
    """As an administrator: a custom field, placed in the station's form and list (None: the company's)."""
    service = DefinitionService(workspace.db, workspace.user)
    service.create_field("customer", BUDGET)
    layer = "company" if station is None else "station"
    form = base_form("customer", station).layout
    first = form.sections[0]
    form = replace(
        form, sections=(replace(first, rows=(*first.rows, (Cell("x_budget"),))), *form.sections[1:])
    )
    service.save_layout(form, layer, station, based_on=0)
    listed = base_list("customer", station).layout
    columns = (*listed.columns, ListColumn("x_budget"))
    service.save_layout(replace(listed, columns=columns), layer, station, based_on=0)


def test_a_saved_definition_reaches_an_open_form_and_list_keeping_typed_input(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], sign_in: Callable[[str], Workspace]
) -> None:
    page = make_page("liping")
    page.toolbar.action_new.trigger()
    name = page.detail.form.fields["name"]
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, "Budget Test Shop")
    assert "x_budget" not in page.detail.form.fields

    add_budget(sign_in("admin"), "storefront")
    app_signals().records_changed.emit(TOPIC, [1])  # what ui/live.py emits when the change feed brings it
    qtbot.waitUntil(lambda: "x_budget" in page.detail.form.fields, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "x_budget" in shown_columns(page), timeout=WAIT_MS)
    assert page.detail.form.input().name == "Budget Test Shop"  # typed input survived the rebuild
    assert page.model.headerData(page.model.columnCount() - 1, Qt.Orientation.Horizontal) == "Budget"

    budget = page.detail.form.fields["x_budget"]
    assert isinstance(budget, QLineEdit)
    qtbot.keyClicks(budget, "1200.5")
    assert page.detail.form.input().extra["x_budget"] == "1200.50"
    page.toolbar.action_save.trigger()
    qtbot.waitUntil(lambda: page.detail.has_record() and not page.detail.is_busy(), timeout=WAIT_MS)
    customer_id = page.detail.customer_id
    assert customer_id is not None
    assert page.workspace.customers.get(customer_id).extra["x_budget"] == "1200.50"
    page.grab().save("/tmp/customers_live_budget.png")


def test_a_custom_column_sorts_both_ways(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], sign_in: Callable[[str], Workspace]
) -> None:
    admin = sign_in("admin")
    add_budget(admin, None)
    for name, budget in (("预算甲", "300"), ("预算乙", "20"), ("预算丙", "1000")):
        admin.customers.create(CustomerInput(name=name, extra={"x_budget": budget}))
    page = make_page("admin")
    qtbot.waitUntil(lambda: "x_budget" in shown_columns(page), timeout=WAIT_MS)
    header = page.table.horizontalHeader()

    def budgets() -> list[Decimal]:
        rows = [page.model.row_dto(r) for r in range(page.model.rowCount())]
        return [Decimal(str(r.extra["x_budget"])) for r in rows if r.extra.get("x_budget") is not None]

    section = page.model.column_of("x_budget")
    header.sectionClicked.emit(section)
    qtbot.waitUntil(
        lambda: page.model.sort_key == "x_budget" and not page.model.is_loading(), timeout=WAIT_MS
    )
    assert budgets() == [Decimal(20), Decimal(300), Decimal(1000)]
    assert header.sortIndicatorSection() == section
    header.sectionClicked.emit(section)  # again: the other way
    qtbot.waitUntil(lambda: page.model.descending and not page.model.is_loading(), timeout=WAIT_MS)
    assert budgets() == [Decimal(1000), Decimal(300), Decimal(20)]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    shown = {page.model.data(page.model.index(r, section)) for r in range(page.model.rowCount())}
    assert {"1,000.00", "1000.00", "1000"} & shown  # the list shows values as values.display formats them

    # The comprehensive query offers the custom field with its number operators.
    dialog = CustomerQueryDialog(
        CodeBook(), [], parent=page, custom_fields=[page.list_view.list_definition.fields["x_budget"]]
    )
    qtbot.addWidget(dialog)
    row = dialog.add_row(Condition("x_budget", "at_least", "100"))
    assert row.field_combo.currentText() == "Budget"
    assert [row.op_combo.itemData(i) for i in range(row.op_combo.count())][:3] == [
        "equals",
        "at_least",
        "at_most",
    ]
    page.model.set_query(CustomerQuery(conditions=dialog.conditions()))
    qtbot.waitUntil(lambda: not page.model.is_loading(), timeout=WAIT_MS)
    assert sorted(budgets()) == [Decimal(300), Decimal(1000)] and page.model.rowCount() == 2


def test_other_stations_keep_their_form(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], sign_in: Callable[[str], Workspace]
) -> None:
    page = make_page("admin")
    before = set(page.detail.form.fields)
    add_budget(sign_in("admin"), "storefront")
    app_signals().records_changed.emit(TOPIC, [1])
    qtbot.waitUntil(lambda: not page.detail.is_busy(), timeout=WAIT_MS)
    assert set(page.detail.form.fields) == before


def test_contact_dialog_is_rendered_from_the_contact_form(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    workspace = sign_in("admin")
    layout = base_form("contact", None)
    extra = replace(layout.layout, sections=(*layout.layout.sections, Section("more", {"en": "More"}, 1, ())))
    dialog = ContactDialog(workspace, 1, CodeBook(), None, None, replace(layout, layout=extra))
    qtbot.addWidget(dialog)
    assert set(dialog.fields) == {f.key for f in layout.fields.values()}
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/contact_dialog.png")
    dialog.name_edit.setFocus()
    seen: list[QWidget] = []
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.append(dialog.focusWidget())
    assert [w.objectName() for w in seen][:1] == ["field_gender"]


@pytest.mark.pg
def test_a_second_client_on_postgresql_picks_up_a_saved_definition(
    qtbot: QtBot, make_page: Callable[..., CustomersPage], sign_in: Callable[[str], Workspace], db_url: str
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("the change feed is pushed by PostgreSQL's LISTEN/NOTIFY")
    page = make_page("liping")
    live = LiveUpdates(page.workspace, page)
    live.start()
    try:
        qtbot.waitUntil(live.is_running, timeout=WAIT_MS)
        add_budget(sign_in("admin"), "storefront")  # another client saves
        qtbot.waitUntil(lambda: "x_budget" in shown_columns(page), timeout=WAIT_MS)
        page.toolbar.action_new.trigger()
        qtbot.waitUntil(lambda: "x_budget" in page.detail.form.fields, timeout=WAIT_MS)
    finally:
        live.stop()


def test_user_and_other_code_table_fields_get_their_items(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    admin = sign_in("admin")
    service = DefinitionService(admin.db, admin.user)
    rep = FieldDef("x_rep", "user", {"zh_CN": "客服", "en": "Service rep"})
    title = FieldDef("x_title", "choice", {"en": "Title"}, code_table="title")
    for definition in (rep, title):
        service.create_field("customer", definition)
    form = base_form("customer", None).layout
    section = Section("more", {"en": "More"}, 2, ((Cell("x_rep"), Cell("x_title")),))
    service.save_layout(replace(form, sections=(*form.sections, section)), "company", None, based_on=0)

    definition = load_form(admin, "customer")
    assert definition.users and not definition.codes  # "title" is in the screen's CodeBook
    customer_form = CustomerForm(definition)
    qtbot.addWidget(customer_form)
    customer_form.set_code_book(CodeBook.load(admin))
    combo = customer_form.fields["x_rep"]
    assert isinstance(combo, QComboBox)
    assert combo.count() == len(definition.users) + 1  # and "(none)"
    titles = customer_form.fields["x_title"]
    assert isinstance(titles, QComboBox) and titles.count() == len(admin.codes("title")) + 1
    titles.setCurrentIndex(1)
    assert customer_form.input().extra["x_title"] == admin.codes("title")[0].id
