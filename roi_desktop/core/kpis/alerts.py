"""Alerts (KPIS §5): thresholds on period values, and the months of a KPI that cross them.

Each definition may carry an `AlertRule`; a workspace setting `alert.<kpi_id>` replaces its thresholds (a
number: the warning threshold; {"warning": …, "critical": …}; false: no alert). A rate only alerts when
its denominator reaches `alert.min_volume` — 2 unsubscribes out of 40 e-mails is noise, not a signal.
The engine calls `apply` once all areas have run, so rules may read other KPIs (the e-mail tools' costs).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from roi_desktop.core.kpis.context import KpiContext
from roi_desktop.core.kpis.definitions import RATIO, AlertRule, KpiDefinition, all_definitions
from roi_desktop.core.kpis.result import NO_DATA, Alert, KpiResult
from roi_desktop.core.messages import MessageTemplate

ALERT_CONTEXT = "KpiAlert"
WARNING, CRITICAL = "warning", "critical"


def apply(context: KpiContext) -> None:
    """Set the alert of every computed KPI whose definition has a rule."""
    for kpi_id, definition in all_definitions().items():
        result = context.results.get(kpi_id)
        if result is not None and definition.alert is not None:
            result.alert = evaluate(definition, result, context.settings, context.results)


def rule_for(definition: KpiDefinition, settings: dict[str, Any]) -> AlertRule | None:
    """The definition's rule with the workspace's `alert.<id>` override applied; None when switched off."""
    rule = definition.alert
    override = settings.get(f"alert.{definition.id}")
    if rule is None or override is None:
        return rule
    if override is False:
        return None
    if isinstance(override, dict):
        return replace(rule, warning=override.get("warning", rule.warning),
                       critical=override.get("critical", rule.critical))
    return replace(rule, warning=float(override))


def evaluate(definition: KpiDefinition, result: KpiResult, settings: dict[str, Any],
             results: dict[str, KpiResult]) -> Alert | None:
    """The alert the period value raises, if any."""
    rule = rule_for(definition, settings)
    if rule is None:
        return None
    value = result.value
    if rule.when is not None:
        if not _GUARDS[rule.when](results, settings):
            return None
        if value is None and result.reason is not None and result.reason.code == NO_DATA:
            value = 0
    return _judge(definition, rule, value, result.unit, result.counts, settings)


def breaching_months(result: KpiResult, settings: dict[str, Any]) -> dict[str, str]:
    """Month → alert level, for the months of `by_month` that cross the KPI's thresholds, judged like the
    period value (with each month's own volume); `settings` as stored in the workspace. Rules that depend on
    other KPIs (`when`) give none."""
    definition = all_definitions()[result.id]
    rule = rule_for(definition, settings)
    if rule is None or rule.when is not None:
        return {}
    found = {}
    for month, value in result.breakdowns.get("by_month", {}).items():
        alert = _judge(definition, rule, value, result.unit, result.month_counts.get(month, {}), settings)
        if alert is not None:
            found[month] = alert.level
    return found


def _judge(definition: KpiDefinition, rule: AlertRule, value: float | None, unit: str, counts: dict[str, Any],
           settings: dict[str, Any]) -> Alert | None:
    if value is None:
        return None
    if rule.on is not None:
        value = counts.get(rule.on)
    elif rule.of is not None:
        base = counts.get(rule.of)
        value = value / base if base else None
    if value is None:
        return None
    if rule.needs_volume and (unit == RATIO or rule.of is not None):
        volume = counts.get(rule.of or "denominator")
        if volume is None or volume < float(settings.get("alert.min_volume", 100)):
            return None
    critical_inclusive = rule.inclusive if rule.critical_inclusive is None else rule.critical_inclusive
    for level, threshold, inclusive in ((CRITICAL, rule.critical, critical_inclusive),
                                        (WARNING, rule.warning, rule.inclusive)):
        if threshold is not None and _crosses(value, float(threshold), rule.above, inclusive):
            return Alert(level, float(threshold), _template(definition.id, rule.message)())
    return None


def _crosses(value: float, threshold: float, above: bool, inclusive: bool) -> bool:
    if above:
        return value >= threshold if inclusive else value > threshold
    return value <= threshold if inclusive else value < threshold


@cache
def _template(kpi_id: str, message: Any) -> MessageTemplate:
    """A rule's message as a template: given as one, or as a QT_TRANSLATE_NOOP("KpiAlert", …) literal."""
    if isinstance(message, MessageTemplate):
        return message
    return MessageTemplate(f"kpi.alert.{kpi_id}", message, context=ALERT_CONTEXT)


def _paid_email_tools(results: dict[str, KpiResult], settings: dict[str, Any]) -> bool:
    """Whether the period has costs on the e-mail and automation channels (`automation_cost_channels`)."""
    costs = results.get("costs_total")
    if costs is None or costs.value is None:
        return False
    by_channel = costs.breakdowns.get("by_channel", {})
    channels = settings.get("automation_cost_channels") or ()
    return sum(by_channel.get(channel) or 0 for channel in channels) > 0


_GUARDS = {"paid_email_tools": _paid_email_tools}


def _register_templates() -> None:
    """Declare every alert message now, so that the catalogue of messages is complete at import."""
    for definition in all_definitions().values():
        if definition.alert is not None and definition.alert.message:
            _template(definition.id, definition.alert.message)


_register_templates()
