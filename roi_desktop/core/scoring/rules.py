"""A scoring model as data: rules, groups, MQL threshold, SQL criteria, rejection rule and funnel.

Everything here is an immutable dataclass, so that the editor keeps a model per undo step and a version, once
saved, can never change. Editing helpers (`with_rule`, `without_rule`, `moved`…) return a new model.

Semantics the issue leaves open, decided here (the evaluation in `evaluate.py` implements them):

- **Evaluation day** = the data's end (`data_end`, KPIS §1: the last day of the month of the latest
  period-defining fact). Windows and decay are measured back from it; activity dated after it is ignored.
- **Fit rules** test what a contact *is* (undated fields): they give their points once, with no window and no
  decay. A field the merged contact carries (job title, company, country, city, owner, original source,
  channel, lifecycle stage, lead status) is read from it; a per-tool field (tags, UTM fields, source detail,
  the tool's own score, the tools that know the contact, company size, any imported column) matches when *any*
  of the contact's records matches, and "is empty" when none of them has a value. Text comparisons ignore
  case, accents and surrounding spaces; "is one of" and "contains" take alternatives separated by ";" or new
  lines (any of them matches); "greater than"/"less than" compare numbers (a text that is not a number never
  matches).
- **Company size** reads an imported column named like "Company size", "Number of employees", "Employees",
  "Effectif", "Nombre d'employés", "Nombre de salariés" or "Taille de l'entreprise"; its first number counts, so
  a range "51-200" is read as 51.
- **Engagement rules** count dated occurrences, see `facts.py` for what each activity reads.
  "Once" gives the points if at least one occurrence falls in the window (the most recent one sets the
  decay); "each time" gives the points per occurrence, and the rule's total is capped at `cap` (in absolute
  value: a negative rule never takes away more than its cap).
- **Window** of N days = the evaluation day and the N − 1 days before it.
- **Decay**: an occurrence `age` days old is worth points × 2^(−age / half-life).
- **Groups**: the points of a group's rules are added, then the group's total is capped at its `cap`
  (negative totals are not capped). Rules outside a group are added as they are. The score is the sum of all.
- **MQL** = the score reaches the threshold. A contact enters the MQL stage the first day its score reached
  it, and stays there (a stage entry is history, like a "Became an MQL date"), even if its score later decays.
- **SQL** = every SQL criterion holds the same day (score ≥ min_score, a deal exists, field conditions, a
  stage sales set in the imported data), and the contact does not match the rejection rule (sales turned it
  down: it stays an MQL, so that `sql_rejection_rate` counts it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from roi_desktop.core.scoring.funnel import Funnel, default_funnel

FIT_FIELDS = ("job_title", "company", "company_size", "country", "city", "owner", "original_source",
              "source_detail", "channel", "utm_source", "utm_medium", "utm_campaign", "lifecycle_stage",
              "lead_status", "tags", "tool_score", "tool")
"""Fit fields the editor offers (plus `column:<name>` for any imported column)."""
NUMERIC_FIELDS = frozenset({"company_size", "tool_score"})
OPERATORS = ("equals", "contains", "in_list", "greater_than", "less_than", "is_empty", "is_not_empty")
VALUELESS_OPERATORS = frozenset({"is_empty", "is_not_empty"})
NUMERIC_OPERATORS = frozenset({"greater_than", "less_than"})
ACTIVITIES = ("email_opened", "email_clicked", "link_clicked", "unsubscribed", "bounced", "web_session",
              "webinar_registration", "deal_created")
ACTIVITIES_WITH_VALUE = frozenset({"email_opened", "email_clicked", "link_clicked", "web_session"})
"""Activities whose `value` filters occurrences (required for link_clicked, optional for the others)."""
FREQUENCIES = ("once", "each")
DEFAULT_REJECTED = "Unqualified; Disqualified; Rejected; Non qualifié; Disqualifié; Refusé; Rejeté"
FORMAT = "roi-desktop-scoring-model"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Condition:
    """A test on a contact field: `field operator value` (used by SQL criteria and the rejection rule)."""

    field: str
    operator: str = "equals"
    value: str = ""

    def values(self) -> tuple[str, ...]:
        """The values of "is one of" and "contains" (alternatives separated by ";" or new lines), else the
        value alone."""
        if self.operator not in ("in_list", "contains"):
            return (self.value,)
        return tuple(v.strip() for v in self.value.replace("\n", ";").split(";") if v.strip())


@dataclass(frozen=True)
class Rule:
    """One way a contact earns (or loses) points.

    Attributes:
        id: stable within the model (the editor's key; "why" breakdowns and back-test rows refer to it).
        kind: "fit" or "engagement".
        field: a fit field (FIT_FIELDS or `column:<name>`) or an activity (ACTIVITIES).
        operator: fit rules only (OPERATORS).
        value: the text compared (fit), or the filter of an activity (campaign name, link, source).
        points: may be negative; may have decimals.
        frequency: "once" or "each" (engagement only).
        cap: the most points (in absolute value) an "each time" rule gives; None = no cap.
        window_days: only occurrences of the last N days count; None = all.
        half_life_days: decay; None = none.
        group: id of the group whose cap applies, or None.
        label: the user's name for the rule; empty = the generated summary.
        enabled: a disabled rule is kept but gives no points.
    """

    id: str
    kind: str
    field: str
    operator: str = "equals"
    value: str = ""
    points: float = 0.0
    frequency: str = "once"
    cap: float | None = None
    window_days: int | None = None
    half_life_days: float | None = None
    group: str | None = None
    label: str = ""
    enabled: bool = True

    def condition(self) -> Condition:
        return Condition(self.field, self.operator, self.value)

    def evaluation_key(self) -> tuple[Any, ...]:
        """What the rule's points depend on (not its id, name, group or switch): the cache key of its column."""
        if self.kind == "fit":
            return ("fit", self.field, self.operator, _folded_value(self.value), float(self.points))
        return ("engagement", self.field, _folded_value(self.value), float(self.points), self.frequency,
                None if self.frequency == "once" else self.cap, self.window_days, self.half_life_days)


@dataclass(frozen=True)
class Group:
    """Rules whose points together are capped (e.g. "E-mail engagement: at most 30 points")."""

    id: str
    name: str
    cap: float | None = None


@dataclass(frozen=True)
class SqlCriteria:
    """When an MQL becomes an SQL: every criterion set must hold on the same day.

    Attributes:
        min_score: the score reaches this; None = no score criterion.
        deal_exists: a deal linked to the contact was created.
        conditions: field conditions (e.g. lead status is "Open Deal").
        sales_stage: a stage sales set, read from the imported lifecycle data (e.g. "sql"); None = none.
    """

    min_score: float | None = None
    deal_exists: bool = True
    conditions: tuple[Condition, ...] = ()
    sales_stage: str | None = None

    @property
    def empty(self) -> bool:
        return self.min_score is None and not self.deal_exists and not self.conditions and self.sales_stage is None


@dataclass(frozen=True)
class Model:
    """A lead-scoring model and the funnel it drives.

    Attributes:
        name: the model's name; saved versions of the same name are numbered 1, 2, 3…
        rules: in the editor's order.
        groups: groups rules may belong to.
        mql_threshold: the score from which a contact is an MQL.
        sql: SqlCriteria.
        rejection: contacts matching it are never SQL (sales turned them down); None = no rejection rule.
        funnel: stages and counting semantics.
    """

    name: str
    rules: tuple[Rule, ...] = ()
    groups: tuple[Group, ...] = ()
    mql_threshold: float = 50.0
    sql: SqlCriteria = field(default_factory=SqlCriteria)
    rejection: Condition | None = None
    funnel: Funnel = field(default_factory=default_funnel)

    # ---- Editing (each returns a new model)

    def rule(self, rule_id: str) -> Rule:
        return next(r for r in self.rules if r.id == rule_id)

    def group(self, group_id: str | None) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def new_rule_id(self) -> str:
        taken = {r.id for r in self.rules}
        return next(f"r{n}" for n in range(1, len(taken) + 2) if f"r{n}" not in taken)

    def new_group_id(self) -> str:
        taken = {g.id for g in self.groups}
        return next(f"g{n}" for n in range(1, len(taken) + 2) if f"g{n}" not in taken)

    def with_rule(self, rule: Rule, index: int | None = None) -> Model:
        """`rule` replacing the rule of the same id, or added (at `index`, default the end)."""
        rules = list(self.rules)
        for i, known in enumerate(rules):
            if known.id == rule.id:
                rules[i] = rule
                return replace(self, rules=tuple(rules))
        rules.insert(len(rules) if index is None else index, rule)
        return replace(self, rules=tuple(rules))

    def without_rule(self, rule_id: str) -> Model:
        return replace(self, rules=tuple(r for r in self.rules if r.id != rule_id))

    def duplicated(self, rule_id: str) -> tuple[Model, str]:
        """A copy of the rule right after it; returns the model and the copy's id."""
        index = next(i for i, r in enumerate(self.rules) if r.id == rule_id)
        copy = replace(self.rules[index], id=self.new_rule_id())
        return self.with_rule(copy, index + 1), copy.id

    def moved(self, rule_id: str, index: int) -> Model:
        rules = [r for r in self.rules if r.id != rule_id]
        rules.insert(max(0, min(index, len(rules))), self.rule(rule_id))
        return replace(self, rules=tuple(rules))

    def with_group(self, group: Group) -> Model:
        groups = [g for g in self.groups if g.id != group.id]
        known = [g.id for g in self.groups]
        groups.insert(known.index(group.id) if group.id in known else len(groups), group)
        return replace(self, groups=tuple(groups))

    def without_group(self, group_id: str) -> Model:
        """The group removed; its rules stay, outside any group."""
        rules = tuple(replace(r, group=None) if r.group == group_id else r for r in self.rules)
        return replace(self, groups=tuple(g for g in self.groups if g.id != group_id), rules=rules)

    def active_rules(self) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.enabled)

    # ---- JSON

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "format_version": FORMAT_VERSION, **dataclasses.asdict(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Model:
        """Build a model from `to_dict()` output; raises ModelFormatError(message code, detail) when malformed."""
        from roi_desktop.core.scoring.model_json import model_from_dict

        return model_from_dict(data)


def _folded_value(value: str) -> str:
    return " ".join(value.split()).casefold()


def starter_model(name: str = "Starter model", group_name: str = "E-mail engagement") -> Model:
    """A model a marketer can read and adapt, built on fields most exports carry (and the sample data has):
    decision makers, French-speaking countries and search traffic score on fit; clicks, opens (together capped
    at 30 points), a visit to the demo page, webinars and deals on engagement; unsubscribes and bounces take
    points away. MQL from 40 points; SQL = 40 points and a deal; sales' "Unqualified" statuses reject.
    `name` and `group_name` are data (the service passes them translated)."""
    rules = (
        Rule("r1", "fit", "job_title", "in_list", "Gérant; Gérante; Directeur général; Directrice générale;"
             " Dirigeant; Dirigeante; CEO; Owner", points=15),
        Rule("r2", "fit", "job_title", "contains", "responsable", points=5),
        Rule("r3", "fit", "country", "in_list", "France; Belgium; Belgique; Switzerland; Suisse", points=5),
        Rule("r4", "fit", "original_source", "in_list",
             "Paid Search; Recherche payante; Organic Search; Recherche organique", points=5),
        Rule("r5", "engagement", "email_clicked", points=5, frequency="each", cap=20, window_days=180,
             half_life_days=90, group="g1"),
        Rule("r6", "engagement", "email_opened", points=1, frequency="each", cap=10, window_days=90,
             half_life_days=30, group="g1"),
        Rule("r7", "engagement", "link_clicked", value="/demo", points=15, window_days=180),
        Rule("r8", "engagement", "webinar_registration", points=10, frequency="each", cap=20, window_days=365),
        Rule("r9", "engagement", "deal_created", points=20),
        Rule("r10", "engagement", "unsubscribed", points=-20),
        Rule("r11", "engagement", "bounced", points=-10),
    )
    return Model(
        name=name,
        rules=rules,
        groups=(Group("g1", group_name, 30),),
        mql_threshold=40,
        sql=SqlCriteria(min_score=40, deal_exists=True),
        rejection=Condition("lead_status", "in_list", DEFAULT_REJECTED),
    )


def rules_by_id(rules: Iterable[Rule]) -> dict[str, Rule]:
    return {r.id: r for r in rules}
