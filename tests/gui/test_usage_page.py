"""The Usage page on the demo, driven like a user: it lists the workflows and the hygiene checks, follows the
period picker, saves the sunset list as a CSV holding exactly the silent contacts, and writes its settings."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.usage.checks import NO_TRIGGER, OVERLAP
from roi_desktop.gui.models.usage_table_model import RAW_ROLE
from roi_desktop.gui.widgets.usage_settings import UsageSettingsDialog
from roi_desktop.gui.widgets.usage_workflows import ISSUES, NAME, TRIGGER


def idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy() and window.current_page().audit is not None, timeout=60_000)


@pytest.fixture
def usage_page(window, qtbot):
    window.show_page("usage")
    page = window.current_page()
    idle(qtbot, window)
    return page


def test_the_page_lists_every_workflow(usage_page, expected: dict[str, Any], qtmodeltester) -> None:
    model = usage_page.workflows.model
    assert model.rowCount() == expected["workflows"]["count"]
    names = model.column_values(NAME)
    assert "Test Julien (ne pas utiliser)" in names and "Relance inscrits webinaire" in names
    assert model.column_values(TRIGGER).count("none") == expected["workflows"]["without_trigger"]
    julien = names.index("Test Julien (ne pas utiliser)")
    assert model.index(julien, ISSUES).data(RAW_ROLE) == 3  # no trigger, no goal, e-mails never sent
    view = usage_page.workflows.view
    assert view.model().rowCount() == model.rowCount()
    summary = usage_page.workflows.summary.text()
    assert f"active: <b>{expected['workflows']['active']}</b>" in summary
    configured = expected["workflows"]["count"] - expected["workflows"]["without_trigger"]
    assert f"configured triggers: <b>{configured}</b>" in summary
    for table in (model, usage_page.checks.findings_model, usage_page.emails.tools_model,
                  usage_page.contacts.tools_model):
        qtmodeltester.check(table)


def test_the_page_lists_the_checks_with_their_fix(usage_page, qtbot, expected: dict[str, Any]) -> None:
    findings = usage_page.checks.findings_model
    audit = usage_page.audit
    assert findings.rowCount() == len(audit.findings) > 0
    found, fixes = findings.column_values(2), findings.column_values(3)
    assert "“Test Julien (ne pas utiliser)” (HubSpot) has no trigger." in found
    assert all(fixes)
    no_trigger = [f for f in audit.findings if f.check == NO_TRIGGER]
    assert len(no_trigger) == expected["workflows"]["without_trigger"]
    assert {f.check for f in audit.findings} >= {NO_TRIGGER, OVERLAP}
    assert usage_page.tabs.tabText(3) == f"Hygiene checks ({len(audit.findings)})"
    summary = usage_page.checks.summary.text()
    assert "Workflows without a trigger" in summary and "Cannot be judged" in summary
    overview = usage_page.overview
    assert "switched on, yet no contact has ever entered it" in overview.first.text()
    assert overview.tiles["issues"].value.text() == str(len(audit.findings))
    qtbot.mouseClick(overview.all_checks, Qt.MouseButton.LeftButton)
    assert usage_page.tabs.currentIndex() == 3


def test_the_score_and_the_charts_show_the_audit(usage_page, expected: dict[str, Any]) -> None:
    overview, score = usage_page.overview, usage_page.audit.score
    assert f">{round(score.value)}</span>" in overview.score_value.text()
    assert "share of active workflows" in overview.score_formula.text()
    assert overview.chart.plotted() == {"Usage score": list(score.by_month.values())}
    plotted = usage_page.emails.sends_chart.plotted()
    months = expected["period"]["months"]
    mautic = expected["email"]["per_source"]["mautic"]["per_month"]
    assert plotted["Automated (workflows)"] == [mautic.get(m, {}).get("sent", 0) for m in months]
    assert plotted["One-off campaigns"] == [expected["email"]["per_month"][m]["sent"] - mautic.get(m, {}).get("sent", 0)
                                            for m in months]
    tools = usage_page.emails.tools_model
    assert tools.column_values(0)[-1] == "All tools"
    assert tools.index(tools.rowCount() - 1, 1).data(RAW_ROLE) == expected["email"]["totals"]["sent"]


def test_a_period_change_recomputes_the_audit(usage_page, window, qtbot, expected: dict[str, Any]) -> None:
    usage_page.period_picker.choose("last_quarter")  # 2025-01 .. 2025-03 on the demo
    quarter = Period(date(2025, 1, 1), date(2025, 3, 31))
    qtbot.waitUntil(lambda: usage_page.audit.period == quarter, timeout=60_000)
    idle(qtbot, window)
    sent = sum(expected["email"]["per_month"][m]["sent"] for m in ("2025-01", "2025-02", "2025-03"))
    assert usage_page.audit.emails.total.sent == sent
    assert usage_page.overview.tiles["emails_sent"].value.text() == f"{sent:,}"
    assert list(usage_page.audit.score.by_month) == ["2025-01", "2025-02", "2025-03"]


def test_exporting_the_sunset_list_writes_the_silent_contacts(usage_page, window, qtbot, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sunset.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    told: list[str] = []
    window.notifier.shown.connect(lambda text, _level: told.append(text))
    usage_page.tabs.setCurrentIndex(4)
    qtbot.mouseClick(usage_page.contacts.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][0] == "Email"
    emails = [row[0] for row in rows[1:]]
    silent = usage_page.audit.contacts.silent
    assert emails == [c.email for c in silent] and len(emails) > 0
    assert told == [f"{len(emails)} contacts saved in sunset.csv."]
    # The right rows, checked straight in the workspace: every one a contact first seen by 30 June 2024, with no
    # open nor click from 1 July 2024 to 30 June 2025, neither opted out nor bounced.
    with sqlite3.connect(f"file:{window.session.workspace.path}?mode=ro", uri=True) as db:
        for email in emails:
            seen, optout, bounced, last_open, last_click = db.execute(
                "SELECT first_seen_day, optout, bounced, last_open_day, last_click_day FROM contacts WHERE email = ?",
                [email]).fetchone()
            assert seen is None or seen <= "2024-06-30"
            assert not optout and not bounced
            assert not ("2024-06-30" < (last_open or "") <= "2025-06-30")
            assert not ("2024-06-30" < (last_click or "") <= "2025-06-30")
            active = db.execute("SELECT count(*) FROM contact_activity WHERE email = ? AND day > '2024-06-30'"
                                " AND day <= '2025-06-30'", [email]).fetchone()[0]
            assert active == 0, email


def test_settings_are_written_and_the_audit_follows(usage_page, window, qtbot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(f.check == OVERLAP for f in usage_page.audit.findings)
    monkeypatch.setattr(UsageSettingsDialog, "ask",
                        classmethod(lambda cls, stored, parent=None: {"usage.overlap_min_contacts": 1000}))
    before = usage_page.audit
    qtbot.mouseClick(usage_page.settings_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: usage_page.audit is not before and not window.runner.busy(), timeout=60_000)
    assert window.session.workspace.settings()["usage.overlap_min_contacts"] == 1000
    assert not any(f.check == OVERLAP for f in usage_page.audit.findings)


def test_settings_dialog_stores_only_what_differs_from_the_defaults(qtbot) -> None:
    dialog = UsageSettingsDialog({"usage.zombie_days": 30})
    qtbot.addWidget(dialog)
    assert dialog.zombie.value() == 30
    dialog.overlap.setValue(25)
    values = dialog.values()
    assert values["usage.zombie_days"] == 30 and values["usage.overlap_min_contacts"] == 25
    assert values["usage.sunset_months"] is None  # left at its default: the key is removed
    dialog.restore_defaults()
    assert all(value is None for value in dialog.values().values())


def test_an_empty_workspace_shows_what_to_import(qtbot, translations, tmp_path: Path) -> None:
    from roi_desktop.gui.main_window import MainWindow
    from roi_desktop.gui.settings import AppSettings

    main = MainWindow(AppSettings(), translations)
    qtbot.addWidget(main)
    main.show()
    assert main.session.create(tmp_path / "team")
    main.show_page("usage")
    page = main.current_page()
    qtbot.waitUntil(lambda: not main.runner.busy() and page.audit is not None, timeout=60_000)
    assert page.empty.isVisibleTo(page) and not page.tabs.isVisibleTo(page)
    assert "workflow inventory" in page.empty.body.text()
    with qtbot.waitSignal(page.navigate_requested) as asked:
        qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    assert asked.args == ["import"]
    main.runner.wait()
    main.session.close()
