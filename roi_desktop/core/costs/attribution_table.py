"""The six attribution models side by side (KPIS §6), as the ROI page shows them: a row per channel (and per
campaign), a column per model, the channels whose credit swings most between models, and what the data
can support.

Nothing is recomputed: the cents come from `core.kpis.attribution`, whose columns each add up to the revenue
won to the cent. The campaign table gets a "no campaign" row (revenue credited to touches that carry no
e-mail campaign: lead sources, visits), so that its columns add up to the revenue too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roi_desktop.core.kpis.attribution import Attribution
from roi_desktop.core.kpis.attribution_models import MODELS
from roi_desktop.core.kpis.result import Note
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate

NO_CAMPAIGN = "(no campaign)"
"""Row key of the revenue credited to touches without an e-mail campaign."""
SWING_SHARE = 0.05
"""A channel is highlighted when its credit differs between models by at least this share of the revenue."""
MAX_HIGHLIGHTED = 3

NO_DEALS = MessageTemplate("attribution.no_deals", QT_TRANSLATE_NOOP(
    "Messages", "No deal was won in this period: there is no revenue to attribute."))
SINGLE_TOUCH = MessageTemplate("attribution.single_touch", QT_TRANSLATE_NOOP(
    "Messages", "{count} of {deals} won deals have a single touch, which every model credits with the whole deal:"
                " the models differ only on the other {others}."))
TOUCHES_PER_DEAL = MessageTemplate("attribution.touches_per_deal", QT_TRANSLATE_NOOP(
    "Messages", "Won deals have {average} touches on average (from {low} to {high}): first and last touch are"
                " always computable; U- and W-shaped need three touches or more to differ from linear."))


@dataclass
class AttributionRow:
    """One channel or campaign: cents per model, and its swing (largest − smallest credit)."""

    key: str
    cents: dict[str, int]

    @property
    def swing(self) -> int:
        values = list(self.cents.values())
        return max(values) - min(values) if values else 0


@dataclass
class AttributionTable:
    """Attributes:
        models: the model ids, in display order; chosen: the one the KPIs use.
        total: revenue won in cents (each column adds up to it).
        channels, campaigns: rows, largest under the chosen model first.
        highlighted: channels whose credit swings most between models.
        supported: model → whether the data can tell it apart.
        notes: model → its notes (from the engine); summary: what the data supports, in sentences.
        deals: won deals attributed.
    """

    models: tuple[str, ...]
    chosen: str
    total: int
    channels: list[AttributionRow] = field(default_factory=list)
    campaigns: list[AttributionRow] = field(default_factory=list)
    highlighted: set[str] = field(default_factory=set)
    supported: dict[str, bool] = field(default_factory=dict)
    notes: dict[str, list[Note]] = field(default_factory=dict)
    summary: list[Message] = field(default_factory=list)
    deals: int = 0

    def column_sum(self, model: str, rows: str = "channels") -> int:
        return sum(row.cents.get(model, 0) for row in getattr(self, rows))


def attribution_table(models: dict[str, Attribution], chosen: str) -> AttributionTable:
    """The side-by-side view of `models` (workspace.attribution()), `chosen` = setting attribution_model."""
    order = tuple(model for model in MODELS if model in models)
    any_model = models[order[0]] if order else None
    total = any_model.total() if any_model else 0
    table = AttributionTable(order, chosen if chosen in order else (order[0] if order else chosen), total)
    if any_model is None:
        return table
    table.deals = len(any_model.credits)
    table.supported = {model: models[model].supported for model in order}
    table.notes = {model: list(models[model].notes) for model in order}
    table.channels = _rows({model: models[model].by_channel() for model in order}, table.chosen)
    campaigns = {model: models[model].by_campaign() for model in order}
    for found in campaigns.values():
        rest = total - sum(found.values())
        if rest:
            found[NO_CAMPAIGN] = rest
    table.campaigns = _rows(campaigns, table.chosen)
    table.highlighted = _swinging(table, [m for m in order if table.supported[m]] or list(order))
    table.summary = _summary(table, any_model)
    return table


def _rows(by_model: dict[str, dict[str, int]], chosen: str) -> list[AttributionRow]:
    keys = sorted({key for found in by_model.values() for key in found})
    rows = [AttributionRow(key, {model: found.get(key, 0) for model, found in by_model.items()}) for key in keys]
    return sorted(rows, key=lambda row: (row.key == NO_CAMPAIGN, -row.cents.get(chosen, 0), row.key))


def _swinging(table: AttributionTable, models: list[str]) -> set[str]:
    """The channels (at most three) whose credit among `models` varies by SWING_SHARE of revenue or more."""
    if not table.total:
        return set()

    def swing(row: AttributionRow) -> int:
        values = [row.cents[model] for model in models]
        return max(values) - min(values)

    ranked = sorted(table.channels, key=swing, reverse=True)
    return {row.key for row in ranked[:MAX_HIGHLIGHTED] if swing(row) >= SWING_SHARE * table.total}


def _summary(table: AttributionTable, attribution: Attribution) -> list[Message]:
    if not table.deals:
        return [NO_DEALS()]
    counts = [len(credit.touches) for credit in attribution.credits]
    single = sum(count <= 1 for count in counts)
    found = [TOUCHES_PER_DEAL(average=round(sum(counts) / len(counts), 1), low=min(counts), high=max(counts))]
    if single:
        found.append(SINGLE_TOUCH(count=single, deals=table.deals, others=table.deals - single))
    return found
