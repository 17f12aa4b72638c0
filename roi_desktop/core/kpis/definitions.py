"""What a KPI is, declared as data: id, names, explanation, unit, breakdowns, data it needs, direction.

Every KPI of KPIS.md has one `KpiDefinition`, registered by the catalogue module of its area. Names and
tooltips are English literals marked for translation (context "Kpi"); the French is in the .ts catalogue, so
the CLI, the panels and the workbook all say the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

COUNT, RATIO, DAYS, CURRENCY = "count", "ratio", "days", "currency"
"""Units (KPIS §1). CURRENCY becomes the workspace currency code in results."""

UP, DOWN, NEUTRAL = "up", "down", "neutral"
"""Which direction is better (KPIS §7)."""

FLOW, STOCK, SNAPSHOT = "flow", "stock", "snapshot"
"""How the period applies (KPIS §1)."""

BREAKDOWNS = ("by_month", "by_source", "by_channel", "by_campaign", "by_workflow", "by_category",
              "by_source_medium", "by_landing_page", "by_automation")


@dataclass(frozen=True)
class AlertRule:
    """KPIS §5: warning and critical thresholds on the period value (None: no such level).

    `above` True alerts when the value exceeds a threshold (unsubscribe rate), False when it falls below (ROI).
    Rate alerts only fire when the denominator reaches `alert.min_volume` (setting).

    Attributes:
        inclusive: the warning threshold itself alerts (≥ rather than >); `critical_inclusive` the same for the
            critical one (None: as `inclusive`) — complaint rate: > 0.1 % warning, ≥ 0.3 % critical.
        message: a QT_TRANSLATE_NOOP("KpiAlert", …) literal, or a MessageTemplate.
        on: test this entry of the result's `counts` instead of its value (workflows_without_trigger: the
            active ones).
        of: test the value as a share of this entry of `counts` (contacts_inactive: > 50 % of reachable);
            that entry is then the volume checked against `alert.min_volume`.
        when: an extra condition alerts.py knows by name ("paid_email_tools": e-mail or automation costs in
            the period), under which a null value with reason no_data counts as 0.
    """

    warning: float | None
    critical: float | None = None
    above: bool = True
    inclusive: bool = False
    message: Any = ""
    needs_volume: bool = True
    critical_inclusive: bool | None = None
    on: str | None = None
    of: str | None = None
    when: str | None = None


@dataclass(frozen=True)
class KpiDefinition:
    """One KPI of the catalogue.

    Attributes:
        id: the stable id (CLI --json, workbook, tests).
        area: contacts, email, funnel, deals, costs, web, workflows, social.
        name / tooltip: English literals marked with QT_TRANSLATE_NOOP("Kpi", …).
        formula: how it is computed, in words a marketer reads ("unique clicks ÷ delivered"), also translated.
        unit: COUNT, RATIO, DAYS or CURRENCY.
        kind: FLOW, STOCK or SNAPSHOT.
        breakdowns: the `by_*` keys it has.
        needs: which export to import when it has no data (a QT_TRANSLATE_NOOP("KpiNeeds", …) sentence).
        better: UP, DOWN or NEUTRAL.
        alert: its alert rule, if any.
    """

    id: str
    area: str
    name: str
    tooltip: str
    formula: str
    unit: str
    kind: str = FLOW
    breakdowns: tuple[str, ...] = ()
    needs: str = ""
    better: str = UP
    alert: AlertRule | None = None
    tables: tuple[str, ...] = field(default_factory=tuple)


_REGISTRY: dict[str, KpiDefinition] = {}


def register(*definitions: KpiDefinition) -> None:
    for definition in definitions:
        if definition.id in _REGISTRY:
            raise ValueError(f"KPI {definition.id!r} declared twice")
        unknown = set(definition.breakdowns) - set(BREAKDOWNS)
        if unknown:
            raise ValueError(f"KPI {definition.id!r}: unknown breakdowns {sorted(unknown)}")
        _REGISTRY[definition.id] = definition


def all_definitions() -> dict[str, KpiDefinition]:
    """Every KPI, in catalogue order (importing the catalogue modules first)."""
    from roi_desktop.core.kpis import catalogue  # noqa: F401 - registers the definitions

    return dict(_REGISTRY)


def definition(kpi_id: str) -> KpiDefinition:
    return all_definitions()[kpi_id]
