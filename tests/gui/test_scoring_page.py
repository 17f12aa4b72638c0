"""The Scoring & funnel page on the demo, driven like a marketer: every count it shows is checked against
the core called directly on the same model (`workspace.scoring.preview`, `contacts`, `compare`), never
against numbers typed here. Adding a rule changes the counts, undo and redo restore them, dragging the
threshold line moves the MQL count, the contacts behind a bar explain their score, versions are saved,
applied (after a plain question) and compared down to the contacts of one move, SQL field conditions are
edited and undone, the contact list loads more rows as it scrolls, the editor's keys are listed in Help ›
Keyboard shortcuts, a broken model JSON changes nothing, and a read-only workspace cannot be edited."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTextBrowser

from roi_desktop.core.scoring.rules import Condition, Rule
from roi_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog, shortcut_groups
from roi_desktop.gui.models.scoring_rules_model import RAW_ROLE, REACH
from roi_desktop.gui.pages.scoring_page import CONTACTS_SHOWN
from roi_desktop.gui.widgets.scoring_rule_dialog import ConditionDialog, RuleDialog

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


# ---- SQL field conditions, comparing versions, Apply, the contact list, the shortcuts


def sql_count(page: Any) -> int:
    return page.counts.stages.plotted()["sql"]


def test_sql_field_conditions_are_edited_undone_and_counted(scoring_page: Any, window: Any, qtbot: Any,
                                                            monkeypatch: Any) -> None:
    page = scoring_page
    criteria = page.criteria
    original = page.document.model
    before = sql_count(page)
    typed: list[tuple[str, str, str]] = []

    def fill(dialog: ConditionDialog) -> int:
        field, operator, value = typed.pop(0)
        dialog.field.setCurrentIndex(dialog.field.findData(field))
        dialog.operator.setCurrentIndex(dialog.operator.findData(operator))
        dialog.value.setText(value)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        return ConditionDialog.DialogCode.Accepted if ok.isEnabled() else ConditionDialog.DialogCode.Rejected

    monkeypatch.setattr(ConditionDialog, "exec", fill)
    typed.append(("country", "equals", "France"))
    criteria.condition_buttons["add"].click()
    france = Condition("country", "equals", "France")
    assert page.document.model.sql.conditions == (france,)
    assert criteria.conditions.count() == 1 and "France" in criteria.conditions.item(0).text()
    settle(qtbot, window, lambda: counted(page))
    expected = core(window).preview(page.document.model).stage_counts["sql"]
    assert sql_count(page) == expected != before

    criteria.conditions.setCurrentRow(0)
    typed.append(("job_title", "contains", "directeur"))
    criteria.condition_buttons["edit"].click()
    directors = Condition("job_title", "contains", "directeur")
    assert page.document.model.sql.conditions == (directors,)
    assert page.document.stack.undoText() == "Edit an SQL condition"
    settle(qtbot, window, lambda: counted(page))
    assert sql_count(page) == core(window).preview(page.document.model).stage_counts["sql"] != expected

    typed.append(("job_title", "greater_than", "beaucoup"))  # not a number: OK stays grey, nothing changes
    criteria.condition_buttons["edit"].click()
    assert page.document.model.sql.conditions == (directors,)

    page.rules.undo_action.trigger()
    assert page.document.model.sql.conditions == (france,)
    settle(qtbot, window, lambda: counted(page))
    assert sql_count(page) == expected
    criteria.condition_buttons["remove"].click()
    assert page.document.model.sql.conditions == ()
    page.rules.undo_action.trigger()
    page.rules.undo_action.trigger()
    assert page.document.model == original
    settle(qtbot, window, lambda: counted(page))
    assert sql_count(page) == before and criteria.conditions.count() == 0


def test_the_condition_dialog_checks_like_the_rule_dialog(qtbot: Any) -> None:
    dialog = ConditionDialog(Condition("lead_status", "equals", ""), [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Type the value to look for" in dialog.problems.text()
    dialog.operator.setCurrentIndex(dialog.operator.findData("is_not_empty"))
    assert ok.isEnabled() and not dialog.value.isEnabled()
    assert dialog.condition() == Condition("lead_status", "is_not_empty", "")


def test_comparing_two_versions_lists_the_contacts_of_a_move(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    versions = page.versions
    page.save_version("Brindille")
    settle(qtbot, window, lambda: versions.model.rowCount() == 1)
    page.counts.histogram.drop_at(20)
    page.save_version("Brindille")
    settle(qtbot, window, lambda: versions.model.rowCount() == 2)
    first, second = versions.model.versions[1], versions.model.versions[0]
    versions.select_ids([first.id, second.id])
    versions.buttons["compare"].click()
    settle(qtbot, window, lambda: versions.moves_model.rowCount() > 0)
    everyone = core(window).compare_versions(first.id, second.id)
    assert [m.email for m in versions.movers_model.movers] == [m.email for m in everyone.moves]

    row = versions.moves_model.rowCount() - 1  # the smallest move
    before, after, count = versions.moves_model.moves[row]
    versions.choose_move(row)
    settle(qtbot, window, lambda: versions.chosen is not None)
    expected = core(window).compare_versions(first.id, second.id, move=(before, after))
    assert versions.movers_model.movers == expected.moves and len(expected.moves) == count
    shown = versions.movers_model
    assert shown.column_values(0) == [m.email for m in expected.moves]
    assert shown.column_values(3, RAW_ROLE) == [m.score_a for m in expected.moves]
    assert {(m.stage_a, m.stage_b) for m in shown.movers} == {(before, after)}
    assert f"{count:,} contacts" in versions.movers_title.text()
    rows = versions.movers_actions.selected_rows()
    assert rows[0] == ["E-mail", "Stage before", "Stage after", "Score before", "Score after"]
    assert len(rows) == count + 1
    versions.all_moves.click()
    assert versions.chosen is None and len(shown.movers) == len(everyone.moves)


def test_apply_asks_first_and_cancelling_changes_nothing(scoring_page: Any, window: Any, qtbot: Any,
                                                         monkeypatch: Any) -> None:
    page = scoring_page
    versions = page.versions
    page.save_version("Brindille")
    settle(qtbot, window, lambda: versions.model.rowCount() == 1)
    saved = versions.model.versions[0]
    versions.select_ids([saved.id])
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def ask(box: QMessageBox) -> int:
        asked.append(box.text())
        return answer[0]

    monkeypatch.setattr(QMessageBox, "exec", ask)
    versions.buttons["apply"].click()
    settle(qtbot, window, lambda: True)
    contacts = core(window).preview(page.document.model).contacts
    assert len(asked) == 1
    question = asked[0]
    assert "“Brindille”, version 1" in question and f"{contacts:,} contacts" in question
    assert "KPI pages" in question and "applying another version" in question
    assert core(window).active_version() is None and not versions.model.versions[0].active

    answer[0] = QMessageBox.StandardButton.Ok
    versions.buttons["apply"].click()
    settle(qtbot, window, lambda: versions.model.versions[0].active)
    assert core(window).active_version().id == saved.id
    page.counts.histogram.drop_at(20)
    page.save_version("Brindille")
    settle(qtbot, window, lambda: versions.model.rowCount() == 2)
    newer = versions.model.versions[0]
    assert "go back, apply that version again" in page.apply_question(newer.id)
    assert "“Brindille”, version 1" in page.apply_question(newer.id)


def test_the_contact_list_fetches_more_rows_as_it_scrolls(scoring_page: Any, window: Any, qtbot: Any) -> None:
    page = scoring_page
    contacts = page.contacts.contacts_model
    stage = max(page.preview.stage_counts, key=page.preview.stage_counts.get)
    total = page.preview.stage_counts[stage]
    assert total > 2 * CONTACTS_SHOWN  # the demo has enough contacts to need two more pages
    page.show_stage_contacts(stage)
    settle(qtbot, window, lambda: contacts.rowCount() == CONTACTS_SHOWN)
    assert contacts.total == total and contacts.canFetchMore()
    assert f"{total:,} contacts" in page.contacts.title.text() and "200 loaded" in page.contacts.title.text()
    page.contacts.contacts_view.scrollToBottom()
    settle(qtbot, window, lambda: contacts.rowCount() == 2 * CONTACTS_SHOWN)
    expected = core(window).contacts(page.document.model, stage=stage, limit=2 * CONTACTS_SHOWN)
    assert [c.email for c in contacts.contacts] == [c.email for c in expected.rows]
    assert "400 loaded" in page.contacts.title.text()
    while contacts.canFetchMore():
        contacts.fetchMore()
        settle(qtbot, window, lambda: not contacts.fetching)
    assert contacts.rowCount() == total and not contacts.canFetchMore()
    assert page.contacts.title.text().endswith(f"— {total:,} contacts")


def test_the_shortcuts_dialog_lists_the_scoring_shortcuts(scoring_page: Any, window: Any) -> None:
    groups = dict(shortcut_groups(window))
    rows = groups["Scoring & funnel"]
    keys = [k for _text, k in rows]
    assert len(keys) == len(set(keys)), "two scoring actions share a key"
    native = QKeySequence.SequenceFormat.NativeText
    for shortcut in ("Insert", "Delete", "Ctrl+D", "Alt+Up", "Alt+Down", "Return", "Ctrl+S", "Ctrl+Z",
                     "Ctrl+Shift+Z"):
        text = QKeySequence(shortcut).toString(native)
        assert any(text in k.split(", ") for k in keys), shortcut
    assert ("Save the model as a new version", QKeySequence("Ctrl+S").toString(native)) in rows
    assert ("Add a rule", QKeySequence("Insert").toString(native)) in rows
    others = groups.get("In pages and tables", [])
    assert len(others) == len(set(others)) and not {t for t, _k in others} & {"Duplicate", "Move up"}
    dialog = ShortcutsDialog(window)
    assert "Scoring &amp; funnel" in dialog.findChild(QTextBrowser).toHtml()
    dialog.close()
