"""Funnel stages (KPIS §3.3) and the labels tools write for them.

Stage-entry days arrive already keyed by stage id (`stage_history.stage`), but current stages come as the
label a tool shows, in its interface language: HubSpot writes "Marketing Qualified Lead" in English and
"Lead qualifié marketing" in French, Mautic "MQL". KPIs that ask "is this contact an open lead?" compare
stage ids, so the labels are folded here, in one place.
"""

from __future__ import annotations

from roi_desktop.core.importing.fields import header_key

STAGES = ("subscriber", "lead", "mql", "sql", "opportunity", "customer")
"""Funnel stages in order."""

OPEN_LEAD_STAGES = frozenset({"lead", "mql", "sql"})
"""Stages of a lead still being worked (average_lead_score)."""

_LABELS = {
    "subscriber": ("subscriber", "abonne", "abonnee", "abonnes"),
    "lead": ("lead", "leads", "prospect"),
    "mql": ("marketing qualified lead", "lead qualifie marketing", "mql"),
    "sql": ("sales qualified lead", "lead qualifie commercial", "sql", "sales accepted lead"),
    "opportunity": ("opportunity", "opportunite", "opportunities"),
    "customer": ("customer", "client", "cliente", "clients"),
}
_LABEL_TO_STAGE = {label: stage for stage, labels in _LABELS.items() for label in labels}


def stage_of_label(label: str | None) -> str | None:
    """The stage id of a lifecycle label ("Lead qualifié marketing" → "mql"); None for other labels."""
    if not label:
        return None
    return _LABEL_TO_STAGE.get(header_key(label))
