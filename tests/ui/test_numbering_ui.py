"""System settings → Numbering rules: edit with validation beside the fields, input kept on errors."""

from __future__ import annotations

from crm_desktop.services.workspace import Workspace
from crm_desktop.ui.admin.numbering_dialog import NumberingDialog


def test_numbering_rules_screen_validates_and_saves(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    dialog = NumberingDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.table.rowCount() > 0, timeout=10_000)
    assert dialog.table.item(0, 0).text() == "Quote"
    assert dialog.prefix.text() == "BJ"
    assert dialog.preview.text().startswith("BJ") and dialog.preview.text().endswith("0001")

    # A daily reset with only the month in the number would print the same number on two days: refused.
    dialog.date_part.setCurrentIndex(dialog.date_part.findData("YYYYMM"))
    dialog.prefix.setText("BQ")
    dialog.save()
    assert dialog.errors.labels["date_part"].isVisible()
    assert "reset period" in dialog.errors.text("date_part")
    assert dialog.prefix.text() == "BQ"  # input kept
    assert workspace.admin is not None

    dialog.reset.setCurrentIndex(dialog.reset.findData("monthly"))
    dialog.digits.setValue(5)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.table.item(0, 1).text() == "BQ", timeout=10_000)
    assert not dialog.errors.labels["date_part"].isVisible()
    assert dialog.table.item(0, 2).text() == "YYYYMM"
    assert dialog.preview.text().endswith("00001")
    dialog.grab().save("/tmp/a/numbering.png")
