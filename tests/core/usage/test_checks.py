"""Each hygiene check on hand-made exports: one workspace where it fires, one where it stays quiet, and what
it says when it cannot judge."""

from __future__ import annotations

from pathlib import Path

from roi_desktop.core.kpis.period import Period
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.usage.checks import (
    BAD_RATES,
    LOW_COMPLETION,
    NEVER_SENT,
    NO_GOAL,
    NO_TRIGGER,
    NOTICE,
    OVERLAP,
    WARNING,
    ZOMBIE,
    CheckResult,
)
from tests.core.kpis import contact_exports
from tests.core.usage.exports import (
    YEAR,
    audit_of,
    inventory,
    mautic_sends,
    people,
    sends,
)


def check(audit: UsageAudit, code: str) -> CheckResult:
    return next(result for result in audit.checks if result.check == code)


def found(audit: UsageAudit, code: str) -> list[tuple[tuple[str, ...], str]]:
    return [(f.workflows, f.level) for f in check(audit, code).findings]


def workflow(name: str, **values: object) -> dict[str, object]:
    return {"tool": "Mautic", "name": name, "status": "Actif", "enrolled": 10, "emails": 1, "created": "2024-01-05",
            **values}


# ---- Workflows without a trigger


def test_a_workflow_without_trigger_is_found(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, [inventory(tmp_path, [
        workflow("Sans déclencheur", trigger=""), workflow("Éteint", trigger="", status="Inactif"),
        workflow("Complet")])])
    assert found(audit, NO_TRIGGER) == [(("mautic:Sans déclencheur",), WARNING), (("mautic:Éteint",), NOTICE)]
    finding = check(audit, NO_TRIGGER).findings[0]
    assert finding.message.english() == ("“Sans déclencheur” (Mautic) is switched on but has no trigger: no contact"
                                         " can ever enter it.")
    assert "Set its trigger in Mautic" in finding.fix.english()
    assert audit.workflow_kpis["without_trigger"].value == 2


def test_workflows_with_triggers_pass(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, [inventory(tmp_path, [workflow("Complet"), workflow("Aussi", status="Inactif")])])
    result = check(audit, NO_TRIGGER)
    assert result.findings == [] and result.status == "ok" and result.judged == 2


def test_an_automation_report_cannot_tell_triggers(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, [contact_exports.ac_automations(tmp_path, [
        {"name": "Relance", "entries": 40, "completions": 10}])])
    result = check(audit, NO_TRIGGER)
    assert result.status == "not_judged" and "Relance" in result.notes[0].english()
    assert check(audit, NO_GOAL).status == "not_judged"


# ---- Workflows without a goal


def test_a_workflow_without_goal_is_found(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, [inventory(tmp_path, [workflow("Sans objectif", goal=""), workflow("Complet")])])
    assert found(audit, NO_GOAL) == [(("mautic:Sans objectif",), NOTICE)]
    assert "has no goal" in check(audit, NO_GOAL).findings[0].message.english()


def test_workflows_with_goals_pass(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, [inventory(tmp_path, [workflow("Complet")])])
    assert check(audit, NO_GOAL).findings == [] and check(audit, NO_GOAL).status == "ok"


# ---- Zombies: active, nobody enters


def _zombies(tmp_path: Path) -> list[Path]:
    """Vide: on, nobody ever entered. Endormi: its e-mails stopped in March. Vivant: still sending in December.
    Sans trace: on, enrolments counted, but no export dates anything. Nouveau: created in December, empty."""
    return [
        inventory(tmp_path, [workflow("Vide", enrolled=0), workflow("Endormi"), workflow("Vivant"),
                             workflow("Sans trace"), workflow("Nouveau", enrolled=0, created="2024-12-10")]),
        mautic_sends(tmp_path, sends("Endormi", "1", "2024-03-04", people("e", 3))
                     + sends("Vivant", "2", "2024-12-02", people("v", 3))),
    ]


def test_active_workflows_nobody_enters_are_found(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, _zombies(tmp_path))
    assert found(audit, ZOMBIE) == [(("mautic:Endormi",), WARNING), (("mautic:Vide",), WARNING)]
    messages = {f.workflows[0]: f.message.english() for f in check(audit, ZOMBIE).findings}
    assert messages["mautic:Vide"] == "“Vide” (Mautic) is switched on, yet no contact has ever entered it."
    assert "for the last 60 days" in messages["mautic:Endormi"]
    assert "Sans trace" in check(audit, ZOMBIE).notes[0].english()  # no dated trace: not judged


def test_a_longer_zombie_delay_keeps_them_quiet(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, _zombies(tmp_path), overrides={"usage.zombie_days": 400})
    # Nothing older than 400 days at the end of 2024: too young to call a zombie.
    assert found(audit, ZOMBIE) == []
    assert check(audit, ZOMBIE).status != "issues"


def test_a_workflow_still_sending_is_no_zombie(tmp_path: Path) -> None:
    files = [inventory(tmp_path, [workflow("Vivant")]),
             mautic_sends(tmp_path, sends("Vivant", "2", "2024-12-02", people("v", 3)))]
    audit = audit_of(tmp_path, files)
    assert check(audit, ZOMBIE).findings == [] and check(audit, ZOMBIE).status == "ok"


# ---- Completion far below the others


def _automations(tmp_path: Path, last: int) -> list[Path]:
    rows = [{"name": "A", "entries": 100, "completions": 80}, {"name": "B", "entries": 100, "completions": 70},
            {"name": "C", "entries": 100, "completions": last}, {"name": "Petit", "entries": 5, "completions": 0}]
    return [contact_exports.ac_automations(tmp_path, rows)]


def test_a_completion_rate_far_below_the_others_is_found(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, _automations(tmp_path, 10))  # 10 % < half the median (70 %); Petit is too small
    assert found(audit, LOW_COMPLETION) == [(("activecampaign:C",), WARNING)]
    finding = check(audit, LOW_COMPLETION).findings[0]
    assert finding.message.english() == ("Only 10 % of the contacts who enter “C” (ActiveCampaign) reach its end,"
                                         " against 70 % for your workflows as a rule.")


def test_a_completion_rate_near_the_others_passes(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, _automations(tmp_path, 50))
    result = check(audit, LOW_COMPLETION)
    assert result.findings == [] and result.judged == 3


def test_completion_needs_three_comparable_workflows(tmp_path: Path) -> None:
    rows = [{"name": "A", "entries": 100, "completions": 80}, {"name": "C", "entries": 100, "completions": 1}]
    audit = audit_of(tmp_path, [contact_exports.ac_automations(tmp_path, rows)])
    result = check(audit, LOW_COMPLETION)
    assert result.status == "not_judged" and "2 do so far" in result.notes[0].english()


# ---- Unsubscribes or complaints above the alert thresholds


def _noisy(tmp_path: Path) -> list[Path]:
    """Two workflows with 120 recipients each: Bruyant loses 3 (2.5 %), Calme 1 (0.8 %)."""
    return [mautic_sends(tmp_path, sends("Bruyant", "1", "2024-05-06", people("b", 120), unsubscribed=3)
                         + sends("Calme", "2", "2024-05-06", people("c", 120), unsubscribed=1))]


def test_a_workflow_above_the_unsubscribe_threshold_is_found(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, _noisy(tmp_path))
    assert found(audit, BAD_RATES) == [(("mautic:Bruyant",), WARNING)]
    finding = check(audit, BAD_RATES).findings[0]
    assert finding.figures["numerator"] == 3 and finding.figures["denominator"] == 120
    assert finding.message.english() == ("2.5 % of the recipients of “Bruyant” (Mautic) unsubscribed (3 of 120"
                                         " e-mails delivered), above the 1 % alert threshold.")


def test_the_workspace_alert_threshold_is_honoured(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, _noisy(tmp_path), settings={"alert.unsubscribe_rate": 0.05})
    result = check(audit, BAD_RATES)
    assert result.findings == [] and result.judged == 2


def test_too_few_e_mails_never_alert(tmp_path: Path) -> None:
    files = [mautic_sends(tmp_path, sends("Bruyant", "1", "2024-05-06", people("b", 40), unsubscribed=10))]
    assert check(audit_of(tmp_path, files), BAD_RATES).findings == []  # below alert.min_volume (100)


# ---- Two workflows mailing the same contacts the same week


def test_workflows_mailing_the_same_contacts_the_same_week_are_found(tmp_path: Path) -> None:
    both = people("x", 12)
    files = [mautic_sends(tmp_path, sends("Accueil", "1", "2024-03-04", both)  # a Monday
                          + sends("Relance", "2", "2024-03-10", both)  # the Sunday of the same week
                          + sends("Autre", "3", "2024-03-11", both))]  # the next Monday: another week
    audit = audit_of(tmp_path, files)
    assert found(audit, OVERLAP) == [(("mautic:Accueil", "mautic:Relance"), WARNING)]
    finding = check(audit, OVERLAP).findings[0]
    assert finding.figures == {"contacts": 12}
    assert "both e-mailed the same 12 contacts within a week" in finding.message.english()


def test_a_few_shared_contacts_or_another_week_pass(tmp_path: Path) -> None:
    files = [mautic_sends(tmp_path, sends("Accueil", "1", "2024-03-04", people("x", 12))
                          + sends("Relance", "2", "2024-03-05", people("x", 9))
                          + sends("Autre", "3", "2024-03-18", people("x", 12)))]
    result = check(audit_of(tmp_path, files), OVERLAP)
    assert result.findings == [] and result.judged == 3


# ---- E-mails configured but never sent


def test_e_mails_never_sent_are_found(tmp_path: Path) -> None:
    files = [inventory(tmp_path, [workflow("Brouillon", status="Brouillon", enrolled=0, emails=2),
                                  workflow("Muet", emails=3), workflow("Accueil", emails=1),
                                  {**workflow("Newsletter", emails=2), "tool": "Brevo"}]),
             mautic_sends(tmp_path, sends("Accueil", "1", "2024-03-04", people("a", 3)))]
    audit = audit_of(tmp_path, files)
    assert found(audit, NEVER_SENT) == [(("mautic:Muet",), WARNING), (("mautic:Brouillon",), NOTICE)]
    fixes = {f.workflows[0]: f.fix.english() for f in check(audit, NEVER_SENT).findings}
    assert fixes["mautic:Muet"].startswith("Contacts enter it but receive nothing")
    assert fixes["mautic:Brouillon"].startswith("If it is still useful")
    # Brevo's automated e-mails are not imported: its workflow's sends cannot be checked.
    assert "Brevo" in check(audit, NEVER_SENT).notes[0].english()


def test_workflows_that_send_pass(tmp_path: Path) -> None:
    files = [inventory(tmp_path, [workflow("Accueil", emails=1)]),
             mautic_sends(tmp_path, sends("Accueil", "1", "2024-03-04", people("a", 3)))]
    result = check(audit_of(tmp_path, files), NEVER_SENT)
    assert result.findings == [] and result.status == "ok"


def test_issues_are_listed_on_each_workflow_and_lower_the_score(tmp_path: Path) -> None:
    audit = audit_of(tmp_path, [inventory(tmp_path, [workflow("Sans déclencheur", trigger=""), workflow("Complet"),
                                                     workflow("Accueil")])])
    rows = {row.name: row for row in audit.workflows}
    assert rows["Sans déclencheur"].issues == (NO_TRIGGER,) and rows["Complet"].issues == ()
    parts = {p.key: p for p in audit.score.parts}
    assert (parts["clean_workflows"].numerator, parts["clean_workflows"].denominator) == (2, 3)
    assert parts["automated_share"].value is None  # no e-mail export: left out, said in a note
    assert audit.score.value == (100 * (1 + 2 / 3) / 2)
    assert [n.code for n in audit.score.notes] == ["usage.score.no_sends"]


def test_overlaps_follow_an_undone_import(tmp_path: Path) -> None:
    """The overlaps are kept between audits of an open workspace; undoing an import renews them."""
    both = people("x", 12)
    files = [mautic_sends(tmp_path, sends("Accueil", "1", "2024-03-04", both)),
             mautic_sends(tmp_path, sends("Relance", "2", "2024-03-05", both), name="relances.csv")]
    with contact_exports.build(tmp_path / "w.roidb", files) as workspace:
        assert found(workspace.usage.audit(YEAR), OVERLAP) == [(("mautic:Accueil", "mautic:Relance"), WARNING)]
        spring = workspace.usage.audit(Period.parse("2024-03-01", "2024-03-31"))
        assert found(spring, OVERLAP) == [(("mautic:Accueil", "mautic:Relance"), WARNING)]
        assert found(workspace.usage.audit(Period.parse("2024-04-01", "2024-12-31")), OVERLAP) == []
        relances = next(b.id for b in workspace.batches() if b.file_name == "relances.csv")
        workspace.undo(relances)
        assert found(workspace.usage.audit(YEAR), OVERLAP) == []
