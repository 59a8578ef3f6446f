"""Converting a lead when the opportunity form requires custom fields: the convert dialog asks for them (rendered
from the definition), the messages stand beside them, the typed input stays, and the values reach the opportunity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crm_desktop.db.models import Lead, Opportunity
from crm_desktop.services.definitions import entities
from crm_desktop.services.definitions.schema import Cell, FieldDef, Option, Section
from crm_desktop.services.definitions.store import DefinitionService
from crm_desktop.services.errors import ValidationError
from crm_desktop.services.lead_convert import ConversionInput, required_custom_cells
from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.modules.leads.common import LeadServices
from crm_desktop.ui.modules.leads.convert_dialog import ConvertDialog
from tests.ui.test_customers_ui import type_text

pytestmark = pytest.mark.gui
WAIT_MS = 10000
BUDGET = FieldDef("x_budget", "money", {"zh_CN": "预算", "en": "Budget"}, maximum="1000000")
CHANNEL = FieldDef("x_channel", "choice", {"zh_CN": "渠道", "en": "Channel"}, required=True, options=(
    Option("web", {"zh_CN": "网站", "en": "Web"}), Option("fair", {"zh_CN": "展会", "en": "Fair"})))  # fmt: skip
NOTE = FieldDef("x_note", "text", {"zh_CN": "备注二", "en": "Second note"})  # optional: not asked for


def _require_fields(admin: Workspace, station: str | None) -> None:
    service = DefinitionService(admin.db, admin.user)
    for f in (BUDGET, CHANNEL, NOTE):
        service.create_field("opportunity", f)
    base = entities.spec("opportunity").base_form(station)
    more = Section("more", {"zh_CN": "更多", "en": "More"}, 2,
                   ((Cell("x_budget", required=True), Cell("x_channel")), (Cell("x_note"),)))  # fmt: skip
    service.save_layout(replace(base, sections=(*base.sections, more)), "station", station, based_on=0)


def _open_lead(ws: Workspace) -> int:
    with ws.db.read_only() as s:
        return s.execute(
            select(Lead.id).where(Lead.owner_id == ws.user.user_id, Lead.status != "converted").limit(1)
        ).scalar_one()


def test_service_asks_for_the_required_custom_fields_only(sign_in: Callable[[str], Workspace]) -> None:
    ws = sign_in("yangfan")
    _require_fields(sign_in("admin"), ws.user.station_code)
    convert = LeadServices.of(ws).convert
    fields = convert.opportunity_fields()
    assert fields.layout.field_keys() == ["x_budget", "x_channel"]
    assert required_custom_cells(fields.layout, {}).sections == ()  # none known: nothing asked
    lead_id = _open_lead(ws)
    version = LeadServices.of(ws).leads.get(lead_id).version
    data = replace(convert.prefill(lead_id), customer=replace(convert.prefill(lead_id).customer, name=""))
    with pytest.raises(ValidationError) as caught:  # built-in and custom messages together, nothing saved
        convert.convert(lead_id, version, data, check_duplicates=False)
    assert set(caught.value.fields) == {"customer_name", "opportunity_x_budget", "opportunity_x_channel"}


def test_convert_dialog_renders_required_custom_fields_and_keeps_the_input(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    ws = sign_in("yangfan")
    _require_fields(sign_in("admin"), ws.user.station_code)
    services = LeadServices.of(ws)
    lead_id = _open_lead(ws)
    dialog = ConvertDialog(services, services.leads.get(lead_id), services.convert.prefill(lead_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.custom_loaded, timeout=WAIT_MS)
    assert dialog.custom.isVisible() and set(dialog.custom.editors) == {"x_budget", "x_channel"}
    assert "*" in dialog.custom.labels["x_budget"].text()  # marked required
    budget = dialog.custom.fields["x_budget"]
    assert isinstance(budget, QLineEdit)
    type_text(qtbot, budget, "25000")
    dialog._line("opportunity_name").setText("")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()  # the channel is missing, and the opportunity's name
    qtbot.waitUntil(lambda: bool(dialog.custom.error_text("x_channel")), timeout=WAIT_MS)
    assert dialog.custom.error_text("x_channel") == "This field is required."
    assert dialog.custom.error_text("x_budget") == ""
    assert dialog.errors.labels["opportunity_name"].isVisibleTo(dialog)
    assert budget.text() == "25000" and dialog._line("customer_name").text()  # typed input kept
    dialog.grab().save("/tmp/convert_custom_fields.png")
    dialog._line("opportunity_name").setText("新商机")
    channel = dialog.custom.fields["x_channel"]
    assert isinstance(channel, QComboBox)
    channel.setCurrentIndex(channel.findText("Fair"))
    ok.click()
    qtbot.waitUntil(lambda: dialog.conversion is not None, timeout=WAIT_MS)
    assert dialog.conversion is not None and dialog.conversion.opportunity_id is not None
    with ws.db.read_only() as s:
        extra = s.execute(
            select(Opportunity.extra).where(Opportunity.id == dialog.conversion.opportunity_id)
        ).scalar_one()
    assert extra == {"x_budget": "25000.00", "x_channel": "fair"}
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=WAIT_MS)


def test_no_custom_section_without_required_custom_fields(
    qtbot: QtBot, sign_in: Callable[[str], Workspace]
) -> None:
    ws = sign_in("yangfan")
    services = LeadServices.of(ws)
    lead_id = _open_lead(ws)
    dialog = ConvertDialog(services, services.leads.get(lead_id), services.convert.prefill(lead_id))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.custom_loaded, timeout=WAIT_MS)
    assert dialog.custom.isHidden()
    assert isinstance(services.convert.prefill(lead_id), ConversionInput)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=WAIT_MS)
