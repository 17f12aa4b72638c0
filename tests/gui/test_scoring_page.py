"""The Scoring & funnel page on the demo, driven like a marketer: every count it shows is checked against
the core called directly on the same model (`workspace.scoring.preview`, `contacts`, `compare`), never
against numbers typed here. Adding a rule changes the counts, undo and redo restore them, dragging the
threshold line moves the MQL count, the contacts behind a bar explain their score, versions are saved,
applied and compared, a broken model JSON changes nothing, and a read-only workspace cannot be edited."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from roi_desktop.core.scoring.rules import Rule
from roi_desktop.gui.models.scoring_rules_model import RAW_ROLE, REACH
from roi_desktop.gui.widgets.scoring_rule_dialog import RuleDialog

TIMEOUT = 60_000


def settle(qtbot: Any, window: Any, condition: Any) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy() and condition(), timeout=TIMEOUT)


def counted(page: Any) -> bool:
    """The page shows the live counts of the model in the editor."""
    return page.preview is not None and page.preview_model == page.document.model and not page._debounce.isActive()


@pytest.fixture
def scoring_page(window: Any, qtbot: Any) -> Any:
    window.show_page("scoring")
    page = window.current_page()
    settle(qtbot, window, lambda: counted(page))
    return page


def core(window: Any) -> Any:
    return window.session.workspace.scoring


def check_counts(page: Any, window: Any) -> Any:
    """The funnel bars, the rule reach column and the histogram are those of the core's preview."""
    expected = core(window).preview(page.document.model)
    assert page.counts.stages.plotted() == expected.stage_counts
    reach = page.rules.model.column_values(REACH, RAW_ROLE)
    assert reach == [expected.rules[r.id].touched if r.id in expected.rules else None for r in page.document.model.rules]
    assert [b.count for b in page.counts.histogram.preview.bands] == [b.count for b in expected.bands]
    return expected


def test_the_page_opens_the_starter_model_with_its_counts(scoring_page: Any, window: Any, qtmodeltester: Any) -> None:
    page = scoring_page
    model = page.document.model
    assert model == core(window).starter_model()
    expected = check_counts(page, window)
    assert expected.stage_counts["mql"] > 0 and sum(expected.stage_counts.values()) > 0
    assert page.rules.model.rowCount() == len(model.rules)
    assert "every stage it reached" in page.counts.description.text()
    assert page.counts.histogram.line.value() == model.mql_threshold
    assert page.status.text() == ""
    qtmodeltester.check(page.rules.model)


def test_adding_a_rule_changes_the_counts_and_undo_redo_restore_them(scoring_page: Any, window: Any,
                                                                     qtbot: Any) -> None:
    page = scoring_page
    before = page.counts.stages.plotted()
    original = page.document.model
    rule = Rule(original.new_rule_id(), "fit", "job_title", "contains", "marketing", points=40)
    page.rules.add_rule(rule)
    assert page.status.text() == "Computing…"
    settle(qtbot, window, lambda: counted(page))
    after = check_counts(page, window).stage_counts
    assert after != before and after["mql"] > before["mql"]
    assert page.document.model.rule(rule.id) == rule
    assert page.rules.current_rule() == rule
    assert page.document.stack.undoText() == "Add a rule" and "Add a rule" in page.rules.undo_action.toolTip()

    page.rules.undo_action.trigger()
    assert page.document.model == original
    settle(qtbot, window, lambda: counted(page))
    assert page.counts.stages.plotted() == before
    page.rules.redo_action.trigger()
    settle(qtbot, window, lambda: counted(page))
    assert page.counts.stages.plotted() == after


def test_editing_moving_and_switching_rules_are_undoable_steps(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    rules = page.rules
    original = page.document.model
    rules.select_rule("r2")
    rules.duplicate_current()
    copy = page.document.model.rules[2]
    assert copy.id not in {r.id for r in original.rules} and replace(copy, id="r2") == original.rule("r2")
    rules.move_current(-1)
    assert page.document.model.rules[1].id == copy.id
    rules.delete_current()
    assert page.document.model.rules == original.rules
    rules.replace_rule(replace(original.rule("r1"), points=-5))
    first = rules.model.index(0, 0)
    assert rules.model.setData(first, 0, 10)  # Qt.CheckStateRole: switch r1 off
    assert not page.document.model.rule("r1").enabled
    settle(qtbot, window, lambda: counted(page))
    check_counts(page, window)
    assert rules.model.data(rules.model.index(0, REACH)) == "off"
    for _step in range(5):
        rules.undo_action.trigger()
    assert page.document.model == original
    settle(qtbot, window, lambda: counted(page))
    check_counts(page, window)


def test_the_rule_dialog_blocks_invalid_rules_with_a_message(qtbot: Any) -> None:
    dialog = RuleDialog(Rule("r9", "fit", "job_title", "contains", "", points=10), (), [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Type the value to look for" in dialog.problems.text()
    dialog.value.setText("directeur")
    assert ok.isEnabled()
    dialog.operator.setCurrentIndex(dialog.operator.findData("greater_than"))
    assert not ok.isEnabled() and "is not a number" in dialog.problems.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("engagement"))
    dialog.field.setCurrentIndex(dialog.field.findData("email_clicked"))
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("each"))
    dialog.cap_on.setChecked(True)
    dialog.window_on.setChecked(True)
    dialog.points.setValue(-3)
    rule = dialog.rule()
    assert ok.isEnabled()
    assert (rule.kind, rule.field, rule.points, rule.frequency, rule.cap, rule.window_days, rule.half_life_days) == \
        ("engagement", "email_clicked", -3, "each", 20, 90, None)


def test_dragging_the_threshold_line_changes_the_mql_count(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    original = page.document.model
    histogram = page.counts.histogram
    before = page.counts.stages.plotted()["mql"]
    histogram.drop_at(25.4)
    histogram.drop_at(20)
    assert page.document.model.mql_threshold == 20 and page.rules.threshold.value() == 20
    assert page.document.stack.count() == 1  # one drag, one undo step
    settle(qtbot, window, lambda: counted(page))
    expected = core(window).preview(replace(original, mql_threshold=20))
    assert page.counts.stages.plotted()["mql"] == expected.stage_counts["mql"] > before
    assert f"{expected.at_or_above(20):,}" in histogram.above.text()
    page.rules.undo_action.trigger()
    assert page.document.model.mql_threshold == original.mql_threshold
    settle(qtbot, window, lambda: counted(page))
    assert page.counts.stages.plotted()["mql"] == before
    assert histogram.line.value() == original.mql_threshold


def test_the_contacts_behind_a_bar_explain_their_score(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    preview = page.preview
    page.show_stage_contacts("mql")
    contacts = page.contacts.contacts_model
    settle(qtbot, window, lambda: contacts.rowCount() > 0)
    total = preview.stage_counts["mql"]
    assert contacts.rowCount() == min(total, 200)
    assert f"{total:,} contacts" in page.contacts.title.text()
    assert page.right.currentWidget() is page.contacts
    scores = [c.score for c in contacts.contacts]
    assert scores == sorted(scores, reverse=True)
    for row in (0, contacts.rowCount() - 1):
        page.contacts.contacts_view.selectRow(row)
        contact = contacts.contacts[row]
        breakdown = page.contacts.breakdown_model
        assert breakdown.rowCount() >= 1
        assert sum(breakdown.column_values(1, RAW_ROLE)) == pytest.approx(contact.score)
        assert core(window).explain(page.document.model, contact.email).score == pytest.approx(contact.score)
    assert "MQL" in page.contacts.reasons.text() or page.contacts.reasons.text()

    band = next(b for b in preview.bands if b.count)
    page.show_band_contacts(band.low, band.high)
    settle(qtbot, window, lambda: page.contacts.page is not None and page.contacts.page.total == band.count)
    page.show_rule_contacts("r3")
    settle(qtbot, window, lambda: page.contacts.page.total == preview.rules["r3"].touched)


def test_saving_applying_and_comparing_versions(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    versions = page.versions.model
    assert versions.rowCount() == 0
    page.save_version("Brindille", "first try")
    settle(qtbot, window, lambda: versions.rowCount() == 1)
    first = versions.versions[0]
    assert (first.name, first.version, first.note, first.active) == ("Brindille", 1, "first try", False)
    assert "version 1" in page.model_label.text()
    page.apply_version(first.id)
    settle(qtbot, window, lambda: versions.rowCount() == 1 and versions.versions[0].active)
    assert core(window).active_version().id == first.id
    assert versions.versions[0].scored == core(window).preview(page.document.model).contacts
    assert versions.data(versions.index(0, 3)) == "Active"

    page.counts.histogram.drop_at(20)
    page.save_version("Brindille")
    settle(qtbot, window, lambda: versions.rowCount() == 2)
    second = versions.versions[0]
    assert second.version == 2 and not second.active
    assert core(window).load_version(first.id).mql_threshold == 40  # an earlier version never changes
    page.compare(first.id, second.id)
    moves = page.versions.moves_model
    settle(qtbot, window, lambda: moves.rowCount() > 0)
    expected = core(window).compare_versions(first.id, second.id)
    assert sum(moves.column_values(2, RAW_ROLE)) == expected.moved > 0
    assert {(a, b): n for a, b, n in moves.moves} == {k: n for k, n in expected.matrix.items() if k[0] != k[1]}
    assert f"{expected.moved:,} contacts would change stage" in page.versions.compare_title.text()

    page.open_version(first.id)
    settle(qtbot, window, lambda: page.document.model.mql_threshold == 40 and counted(page))
    page.rules.undo_action.trigger()
    assert page.document.model.mql_threshold == 20


def test_models_travel_as_json_and_a_broken_file_changes_nothing(scoring_page: Any, window: Any, qtbot: Any,
                                                                 tmp_path: Path) -> None:
    page = scoring_page
    page.save_version("Shared")
    settle(qtbot, window, lambda: page.versions.model.rowCount() == 1)
    target = tmp_path / "model.json"
    page.export_version(page.versions.model.versions[0].id, target)
    settle(qtbot, window, lambda: target.exists())
    data = json.loads(target.read_text(encoding="utf-8"))
    data["mql_threshold"] = 33
    target.write_text(json.dumps(data), encoding="utf-8")
    page.import_model(target)
    settle(qtbot, window, lambda: page.document.model.mql_threshold == 33)
    told: list[tuple[str, str]] = []
    window.notifier.shown.connect(lambda text, level: told.append((text, level)))
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    before = page.document.model
    page.import_model(broken)
    settle(qtbot, window, lambda: bool(told))
    assert told[0][1] == "error" and "not valid JSON" in told[0][0]
    assert page.document.model == before


def test_the_funnel_semantics_are_written_under_the_chart(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    funnel = page.funnel
    funnel.counting.setCurrentIndex(funnel.counting.findData("flow"))
    funnel.order.setCurrentIndex(funnel.order.findData("strict"))
    funnel.names["mql"].setText("Prospect chaud")
    funnel.names["mql"].editingFinished.emit()
    funnel.enabled["subscriber"].setChecked(False)
    model = page.document.model
    assert (model.funnel.counting, model.funnel.order) == ("flow", "strict")
    assert model.funnel.stage("mql").name == "Prospect chaud" and not model.funnel.stage("subscriber").enabled
    settle(qtbot, window, lambda: counted(page))
    expected = check_counts(page, window)
    assert "subscriber" not in page.counts.stages.plotted()
    assert "Prospect chaud" in page.counts.stages.axis.names
    description = page.counts.description.text()
    assert "went through every earlier stage" in description and "entered the stage between" in description
    assert description.startswith(" ".join(m.english() for m in expected.description[:2]))


def test_a_read_only_workspace_cannot_be_edited(window: Any, qtbot: Any, demo_copy: Path) -> None:
    window.session.close()
    assert window.session.open(demo_copy, read_only=True)
    window.show_page("scoring")
    page = window.current_page()
    settle(qtbot, window, lambda: counted(page))
    assert page.read_only_note.isVisible() and "read-only" in page.read_only_note.text()
    rules = page.rules
    rules.select_rule("r1")
    assert not any(rules.actions[k].isEnabled() for k in ("add", "edit", "duplicate", "delete", "groups"))
    assert not rules.threshold.isEnabled() and not page.criteria.isEnabled() and not page.funnel.isEnabled()
    assert not page.save_action.isEnabled() and not page.versions.buttons["save"].isEnabled()
    before = page.document.model
    rules.delete_current()
    page.counts.histogram.drop_at(5)
    assert not rules.model.setData(rules.model.index(0, 0), 0, 10)
    assert page.document.model == before and page.document.stack.count() == 0
    check_counts(page, window)
