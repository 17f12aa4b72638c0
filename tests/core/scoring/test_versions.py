"""Saved versions stay as they were; applying one writes its own results, which the KPIs read; models travel
as JSON; `roi-desktop score` re-evaluates the active version."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from roi_desktop.cli import main
from roi_desktop.core.errors import UserError
from roi_desktop.core.store import scoring as store
from roi_desktop.core.workspace import Workspace
from tests.core.scoring import dataset


def _snapshot(workspace: Workspace, version_id: int) -> tuple[list[tuple], list[tuple]]:
    db = workspace.store.reader()
    return store.stored_scores(db, version_id), store.stored_entries(db, version_id)


def test_save_numbers_versions_and_keeps_each_as_saved(writable: Workspace) -> None:
    scoring = writable.scoring
    first = scoring.save_version(dataset.model(), note="first try")
    assert (first.version.name, first.version.version, first.version.note) == ("Hand model", 1, "first try")
    assert first.changes.tables == {"scoring_models"}
    second = scoring.save_version(dataset.model(threshold=45))
    assert second.version.version == 2
    other = scoring.save_version(dataset.model(), name="Other")
    assert (other.version.name, other.version.version) == ("Other", 1)
    assert [v.version for v in scoring.versions()] == [1, 2, 1]  # latest first
    assert scoring.load_version(first.version.id) == dataset.model()
    assert scoring.load_version(second.version.id).mql_threshold == 45
    made_by = scoring.preview(dataset.model(threshold=45)).description[-1]
    assert made_by.english() == f"Scores and stages from the model “Hand model”, version 2 of" \
                                f" {second.version.created_at[:10]}."


def test_a_model_with_a_blocking_problem_is_not_saved(writable: Workspace) -> None:
    broken = replace(dataset.model(), mql_threshold=-1)
    with pytest.raises(UserError) as caught:
        writable.scoring.save_version(broken)
    assert caught.value.code == "scoring.check.threshold"
    assert writable.scoring.versions() == []


def test_apply_writes_scores_and_entries_and_activates(writable: Workspace) -> None:
    scoring = writable.scoring
    saved = scoring.save_version(dataset.model())
    applied = scoring.apply(saved.version.id)
    assert applied.version.active and applied.version.scored == 5
    assert applied.stage_counts == {"subscriber": 0, "lead": 5, "mql": 3, "sql": 1, "opportunity": 0, "customer": 1}
    assert applied.changes.tables == {"contact_scores", "stage_history", "scoring_models"}
    scores, entries = _snapshot(writable, saved.version.id)
    assert scores == [("a@example.com", 62, "customer"), ("b@example.com", 48, "mql"),
                      ("c@example.com", 32.5, "mql"), ("d@example.com", -9.75, "lead"), ("e@example.com", 6, "lead")]
    assert ("a@example.com", "mql", "2024-04-01", "model") in entries
    assert ("a@example.com", "sql", "2024-05-15", "model") in entries
    assert ("a@example.com", "customer", "2024-06-10", "hubspot") in entries
    assert ("c@example.com", "lead", "2024-06-10", "hubspot") in entries
    assert len(entries) == 5 + 3 + 1 + 1
    breakdown = writable.store.reader().execute(
        "SELECT breakdown FROM contact_scores WHERE email = 'a@example.com'").fetchone()[0]
    assert json.loads(breakdown) == {"R1": 10, "R2": 5, "R4": 5, "R5": 2, "R6": 2.75, "R7": 20, "R8": 4, "R11": 15,
                                     "cap:g1": -1.75}
    assert scoring.active_version().id == saved.version.id


def test_a_new_version_never_rewrites_what_an_earlier_one_said(writable: Workspace) -> None:
    scoring = writable.scoring
    v1 = scoring.save_version(dataset.model()).version
    scoring.apply(v1.id)
    before = _snapshot(writable, v1.id)
    v2 = scoring.save_version(replace(dataset.model(), mql_threshold=45)).version
    applied = scoring.apply(v2.id)
    # a crosses 45 on 05-31 (62); b on 06-30 (48); c never (32.9 at most).
    assert applied.stage_counts["mql"] == 2
    assert _snapshot(writable, v1.id) == before
    assert scoring.load_version(v1.id).mql_threshold == 25
    assert [v.active for v in scoring.versions()] == [True, False]
    assert ("a@example.com", "mql", "2024-05-31", "model") in _snapshot(writable, v2.id)[1]
    scoring.apply(v1.id)  # back to the first: it becomes active again, the second keeps its results
    assert scoring.active_version().id == v1.id
    assert _snapshot(writable, v1.id) == before
    assert len(_snapshot(writable, v2.id)[0]) == 5


def test_compare_versions_lists_contacts_moving_between_stages(writable: Workspace) -> None:
    scoring = writable.scoring
    v1 = scoring.save_version(dataset.model()).version
    v2 = scoring.save_version(replace(dataset.model(), mql_threshold=45)).version
    comparison = scoring.compare_versions(v1.id, v2.id)
    assert comparison.matrix == {("customer", "customer"): 1, ("mql", "mql"): 1, ("mql", "lead"): 1,
                                 ("lead", "lead"): 2}
    assert comparison.moved == 1
    assert [(m.email, m.stage_a, m.stage_b, m.score_a, m.score_b) for m in comparison.moves] == [
        ("c@example.com", "mql", "lead", 32.5, 32.5)]
    model = dataset.model()
    no_demo = model.with_rule(replace(model.rule("R7"), points=0))  # a draft compares the same way
    assert scoring.compare(model, no_demo).moved == 0  # b still reaches 25 on 06-30: 5 + 6 + 2 + 15 = 28
    draft = no_demo.with_rule(replace(model.rule("R11"), points=0))
    moved = scoring.compare(model, draft)
    assert [(m.email, m.stage_b, m.score_b) for m in moved.moves] == [("b@example.com", "lead", 13),
                                                                     ("c@example.com", "lead", 17.5)]
    # The contacts of one move only (the editor's click on a row of the move table), and none of a pair
    # nobody makes.
    pair = (moved.moves[0].stage_a, moved.moves[0].stage_b)
    only = scoring.compare(model, draft, move=pair)
    assert (only.move, only.moved, only.matrix) == (pair, moved.moved, moved.matrix)
    assert only.moves == [m for m in moved.moves if (m.stage_a, m.stage_b) == pair]
    assert scoring.compare(model, draft, move=("customer", None)).moves == []
    assert scoring.compare(model, draft, limit=1).moves == moved.moves[:1]


def test_kpis_read_the_applied_model(writable: Workspace) -> None:
    writable.scoring.apply(writable.scoring.save_version(dataset.model()).version.id)
    results = writable.kpis(overrides={"funnel_basis": "model"}).results
    mqls = results["mqls_new"]
    assert mqls.value == 3
    assert mqls.breakdowns["by_month"] == {"2024-01": 0, "2024-02": 0, "2024-03": 1, "2024-04": 1, "2024-05": 0,
                                           "2024-06": 1}
    assert mqls.breakdowns["by_source"] == {"hubspot": 0, "model": 3}
    assert results["sqls_new"].value == 1
    assert results["mql_to_sql_rate"].counts == {"numerator": 1, "denominator": 3}  # a, within 44 days
    assert results["sql_rejection_rate"].counts == {"numerator": 1, "denominator": 3}  # b, Unqualified
    assert [n.code for n in mqls.notes] == ["scoring_model"]
    assert "“Hand model”, version 1" in mqls.notes[0].message.english()
    # Open leads now (lead, MQL, SQL): b 48, c 32.5, d −9.75, e 6; a is a customer.
    score = results["average_lead_score"]
    assert score.counts == {"numerator": 76.75, "denominator": 4}
    assert [n.code for n in score.notes] == ["snapshot", "scoring_model"]
    imported = writable.kpis().results["mqls_new"]  # funnel_basis = imported: the exports date no MQL
    assert (imported.value, imported.notes) == (0, [])


def test_json_round_trip(writable: Workspace) -> None:
    scoring = writable.scoring
    saved = scoring.save_version(dataset.model()).version
    text = scoring.export_json(saved.id)
    data = json.loads(text)
    assert data["format"] == "roi-desktop-scoring-model"
    assert data["saved_version"]["version"] == 1
    assert scoring.import_json(text) == dataset.model()
    assert scoring.import_json(json.dumps(scoring.starter_model().to_dict())) == scoring.starter_model()


@pytest.mark.parametrize(("text", "code", "sentence"), [
    ("{not json", "scoring.json.not_json", "not valid JSON (line 1, column 2)"),
    ('{"rules": []}', "scoring.json.not_model", "not a scoring model"),
    ('{"format": "roi-desktop-scoring-model", "format_version": 9, "name": "x"}', "scoring.json.newer", "newer"),
    ('{"format": "roi-desktop-scoring-model", "format_version": 1, "mql_threshold": 5}', "scoring.json.missing",
     "“name” is missing"),
    ('{"format": "roi-desktop-scoring-model", "format_version": 1, "name": "x", "mql_threshold": "fifty"}',
     "scoring.json.not_number", "at “mql_threshold”, “fifty” is not a number"),
    (('{"format": "roi-desktop-scoring-model", "format_version": 1, "name": "x", "mql_threshold": 5, "rules":'
      ' [{"id": "r1", "kind": "fit", "field": "country", "points": "ten"}]}'), "scoring.json.not_number",
     "at “rules › 1 › points”, “ten” is not a number"),
    (('{"format": "roi-desktop-scoring-model", "format_version": 1, "name": "x", "mql_threshold": 5, "rules":'
      ' [{"id": "r1", "kind": "magic", "field": "country", "points": 1}]}'), "scoring.json.unknown",
     "at “rules › 1 › kind”, “magic” is not a known choice"),
    ('{"format": "roi-desktop-scoring-model", "format_version": 1, "name": "x", "mql_threshold": 5, "rules": 3}',
     "scoring.json.not_list", "“rules” should be a list"),
])
def test_malformed_json_is_refused_plainly_and_changes_nothing(writable: Workspace, text: str, code: str,
                                                               sentence: str) -> None:
    with pytest.raises(UserError) as caught:
        writable.scoring.import_json(text)
    assert caught.value.code == code
    assert sentence in caught.value.message.english()
    assert "Nothing was changed" in caught.value.message.english()
    assert writable.scoring.versions() == []


def test_well_formed_but_unwise_json_opens_and_is_flagged(writable: Workspace) -> None:
    data = dataset.model().to_dict()
    data["mql_threshold"] = -3
    model = writable.scoring.import_json(json.dumps(data))
    assert [p.message.code for p in writable.scoring.validate(model)] == ["scoring.check.threshold"]


def test_cli_score_json(writable: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    path = writable.path
    saved = writable.scoring.save_version(dataset.model()).version
    writable.scoring.apply(saved.id)
    writable.close()
    assert main(["score", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["model"] == {"id": saved.id, "name": "Hand model", "version": 1, "saved_at": saved.created_at}
    assert out["evaluation_day"] == "2024-06-30"
    assert out["contacts"] == 5
    assert out["stages"] == {"subscriber": 0, "lead": 5, "mql": 3, "sql": 1, "opportunity": 0, "customer": 1}
    assert out["current_stage"] == {"subscriber": 0, "lead": 2, "mql": 2, "sql": 0, "opportunity": 0,
                                    "customer": 1, "none": 0}
    assert main(["--lang", "en", "score", str(path)]) == 0
    text = capsys.readouterr().out
    assert "Scoring model “Hand model”, version 1: 5 contacts scored on the data up to 2024-06-30." in text
    assert "MQL" in text


def test_cli_score_without_an_active_model(tmp_path: Path, scoring_template: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "none.roidb"
    path.write_bytes(scoring_template.read_bytes())
    assert main(["score", str(path), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "scoring.no_active"


def test_facts_follow_imports_and_undo(writable: Workspace, tmp_path: Path) -> None:
    scoring = writable.scoring
    info = scoring.load_matrix(model=dataset.model())
    assert (info.contacts, info.evaluation_day.isoformat()) == (5, "2024-06-30")
    assert scoring.load_matrix().seconds == 0  # nothing changed: nothing read again
    extra = dataset.write_csv(tmp_path / "hubspot-more.csv", dataset.HUBSPOT, [
        ("900", "Fanny", "Test", "f@example.com", "Company F", "Gérante", "France", "Lead", "New", "",
         "2024-06-20 09:00", "2024-06-20 09:00", "", "")])
    report = writable.imports.import_paths([extra])
    preview = scoring.preview(dataset.model())
    assert preview.contacts == 6
    assert scoring.explain(dataset.model(), "f@example.com").score == 15  # Gérante: R1 10, France: R2 5
    writable.undo(report.files[0].batch_id)
    assert scoring.preview(dataset.model()).contacts == 5


def test_loading_can_be_cancelled(scoring_template: Path) -> None:
    from roi_desktop.core.errors import Cancelled
    from roi_desktop.core.progress import CancelToken

    token = CancelToken()
    steps: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        steps.append((done, total))
        if done == 3:
            token.cancel()

    with Workspace.open(scoring_template, read_only=True) as workspace:
        with pytest.raises(Cancelled):
            workspace.scoring.load_matrix(progress, token)
        assert steps == [(1, 7), (2, 7), (3, 7)]
        assert workspace.scoring.load_matrix().contacts == 5  # a later call starts again
