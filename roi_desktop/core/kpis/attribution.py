"""Attribution of won revenue to channels, campaigns and workflows (KPIS §6).

A won deal's journey is the dated touches of its contacts — where they came from (lead source), forms with
UTM fields (web sessions), workflows they entered, e-mails they clicked — up to its close day. A model
weighs the touches and the deal's amount is split in cents by largest remainder, so that every breakdown of
every model adds up to revenue_won exactly. Only `attribution_model` feeds the KPIs; the ROI page shows the
six side by side (`side_by_side`) with a word on which ones the data can support.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from roi_desktop.core.channels import channel_of_source_medium
from roi_desktop.core.kpis import sends
from roi_desktop.core.kpis.amounts import Converter, split_cents
from roi_desktop.core.kpis.attribution_models import MODELS, POSITION_BASED, Anchors, Touch, weights
from roi_desktop.core.kpis.context import KpiContext, effective_settings
from roi_desktop.core.kpis.engine import default_period
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.kpis.result import Note
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.store import Connection
from roi_desktop.core.store import settings as settings_store
from roi_desktop.core.store.kpi import attribution as store
from roi_desktop.core.store.kpi import deals as deal_store
from roi_desktop.core.store.kpi import workflows as workflow_store
from roi_desktop.core.store.kpi.deals import DealRow
from roi_desktop.core.store.kpi.memo import memo

UNKNOWN = "unknown"

NO_TOUCHES = MessageTemplate("attribution.no_touches", QT_TRANSLATE_NOOP(
    "Messages", "No won deal has a dated touch, so all revenue goes to “unknown”: import your contacts with their"
                " original source and your e-mail recipient exports."))
FEW_TOUCHES = MessageTemplate("attribution.few_touches", QT_TRANSLATE_NOOP(
    "Messages", "{count} of {deals} won deals have fewer than three touches: there this model splits like linear"
                " or first touch, so its differences mean little."))
ANCHOR_FALLBACK = MessageTemplate("attribution.anchor_fallback", QT_TRANSLATE_NOOP(
    "Messages", "For {count} deals the touch at lead creation or at deal creation is unknown: its 30 % went to the"
                " first touch."))


@dataclass(frozen=True)
class WonDeal:
    """A deal won in the period, its amount in workspace cents."""

    id: int
    source: str
    close_day: str
    created_day: str | None
    cents: int
    channel: str | None


@dataclass
class Journey:
    """A won deal, its contacts, and all their touches on or before its close day, in order."""

    deal: WonDeal
    contacts: list[str]
    touches: list[Touch]
    anchors: Anchors

    def within(self, days: int) -> list[Touch]:
        """Touches of the last `days` days before the close, plus the lead source whatever its age."""
        since = (date.fromisoformat(self.deal.close_day) - timedelta(days=days)).isoformat()
        return [t for t in self.touches if t.type == "lead_source" or t.day >= since]


@dataclass
class DealCredit:
    """What one model gave each touch of one deal, in cents (no touch: everything to `unknown`)."""

    deal: WonDeal
    touches: list[Touch]
    cents: list[int]

    def parts(self) -> list[tuple[Touch | None, int]]:
        return list(zip(self.touches, self.cents, strict=True)) if self.touches else [(None, self.deal.cents)]


@dataclass
class Attribution:
    """One model's split of the revenue won in a period.

    Attributes:
        model: one of MODELS.
        credits: per deal, the cents of each touch.
        supported: False when the data cannot tell this model from a simpler one (see notes).
        notes: how far to trust it.
    """

    model: str
    credits: list[DealCredit]
    supported: bool = True
    notes: list[Note] = field(default_factory=list)

    def total(self) -> int:
        return sum(credit.deal.cents for credit in self.credits)

    def _sum(self, key: Callable[[Touch | None], str | None],
             keep: Callable[[WonDeal], bool] | None = None) -> dict[str, int]:
        found: dict[str, int] = defaultdict(int)
        for credit in self.credits:
            if keep is None or keep(credit.deal):
                for touch, cents in credit.parts():
                    group = key(touch)
                    if group is not None:
                        found[group] += cents
        return dict(sorted(found.items()))

    def by_channel(self, keep: Callable[[WonDeal], bool] | None = None) -> dict[str, int]:
        """Cents per channel (of the deals `keep` selects); adds up to their revenue exactly."""
        return self._sum(lambda touch: touch.channel if touch else UNKNOWN, keep)

    def by_campaign(self, keep: Callable[[WonDeal], bool] | None = None) -> dict[str, int]:
        """Cents per e-mail campaign of the touches that carry one."""
        return self._sum(lambda touch: touch.campaign if touch else None, keep)

    def by_workflow(self, keep: Callable[[WonDeal], bool] | None = None) -> dict[str, int]:
        """Cents per workflow of the touches that carry one (the workflows' revenue)."""
        return self._sum(lambda touch: touch.workflow if touch else None, keep)

    def workflow_campaigns(self, keep: Callable[[WonDeal], bool] | None = None) -> dict[str, int]:
        """Cents per campaign of the touches that carry a workflow."""
        return self._sum(lambda touch: touch.campaign if touch and touch.workflow else None, keep)


def won_deal(row: DealRow, cents: int) -> WonDeal:
    """A won deal of the store, with its amount converted to workspace cents."""
    return WonDeal(row.id, row.source, row.close_day or "", row.created_day, cents, row.channel)


def won_deals(context: KpiContext, converter: Converter) -> list[WonDeal]:
    """Deals won in the period whose amount converts to the workspace currency."""
    found = []
    first, last = context.period.first, context.period.last
    for row in deal_store.deals(context.db, **context.filter.store_args()):
        if row.status == "won" and row.close_day is not None and first <= row.close_day <= last:
            cents = converter.cents(row.amount_cents, row.currency)
            if cents is not None:
                found.append(won_deal(row, cents))
    return found


def journeys(context: KpiContext, deals: list[WonDeal]) -> list[Journey]:
    """The touches of every deal's contacts (types per `attribution_touch_types`), on or before its close."""
    if not deals:
        return []
    db = context.db
    types = set(context.setting("attribution_touch_types") or ())
    contacts: dict[int, list[str]] = defaultdict(list)
    for deal_id, email in store.deal_contacts(db, [d.id for d in deals]):
        contacts[deal_id].append(email)
    emails = {email for found in contacts.values() for email in found}
    lookback = max(int(context.setting("attribution_lookback_days")), int(context.setting("influence_lookback_days")))
    since = (date.fromisoformat(min(d.close_day for d in deals)) - timedelta(days=lookback)).isoformat()
    known = _won_contacts(db, types)
    if emails <= known.emails:
        per_contact = {email: [t for t in known.touches.get(email, ()) if t.type != "email_click" or t.day >= since]
                       for email in emails}
        leads = known.leads
    else:  # deals that are not won deals of the store (a caller's own list)
        per_contact = _contact_touches(db, emails, types, since)
        leads = store.lead_entries(db, emails)
    found = []
    for deal in deals:
        mine = contacts.get(deal.id, [])
        touches = [t for email in mine for t in per_contact.get(email, ()) if t.day <= deal.close_day]
        if "lead_source" in types and not any(t.type == "lead_source" for t in touches) and _marked(deal.channel):
            touches.append(Touch("lead_source", deal.created_day or deal.close_day, deal.channel,
                                 tiebreak=("", deal.id)))
        touches.sort(key=Touch.order)
        lead_days = [leads[email] for email in mine if email in leads]
        found.append(Journey(deal, mine, touches, Anchors(min(lead_days) if lead_days else None, deal.created_day)))
    return found


def _marked(channel: str | None) -> bool:
    return bool(channel) and channel != UNKNOWN


@dataclass(frozen=True)
class _WonContacts:
    """The touches (clicks of any day) and lead entry days of every contact of a won deal."""

    emails: frozenset[str]
    touches: dict[str, list[Touch]]
    leads: dict[str, str]


def _won_contacts(db: Connection, types: set[str]) -> _WonContacts:
    """`_WonContacts` once per state of the data (store/kpi/memo.py): they do not depend on the period, so a
    period change only picks its deals' contacts and drops the clicks before its lookback — instead of six
    look-ups by e-mail (half the deals area's time per period change at scale 38)."""
    def read() -> _WonContacts:
        emails = set(store.won_deal_emails(db))
        return _WonContacts(frozenset(emails), _contact_touches(db, emails, types, ""),
                            store.lead_entries(db, emails))

    return memo(db, ("won_contacts", tuple(sorted(types))), read)


def _contact_touches(db: Connection, emails: set[str], types: set[str], since: str) -> dict[str, list[Touch]]:
    campaigns = sends.campaigns(db, workflow_store.workflow_names(db))
    touches: dict[str, list[Touch]] = defaultdict(list)
    if "lead_source" in types:
        for email, channel, first_seen, first_stage in store.contact_origins(db, emails):
            day = first_seen or first_stage
            if _marked(channel) and day:
                touches[email].append(Touch("lead_source", day, channel, tiebreak=(email, 0)))
    if "web_session" in types:
        for email, day, source, medium in store.utm_visits(db, emails):
            touches[email].append(Touch("web_session", day, channel_of_source_medium(source, medium),
                                        tiebreak=(email, 0)))
    if "workflow_enrolment" in types:
        first: dict[tuple[str, str], tuple[str, int]] = {}
        for email, campaign_id, day in store.automated_sends(db, emails):
            campaign = campaigns.get(campaign_id)
            if campaign is None or campaign.workflow_key is None:
                continue
            key = (email, campaign.workflow_key)
            if key not in first or (day, campaign_id) < first[key]:
                first[key] = (day, campaign_id)
        for (email, workflow), (day, campaign_id) in first.items():
            touches[email].append(Touch("workflow_enrolment", day, "email", campaigns[campaign_id].key, workflow,
                                        (email, campaign_id)))
    if "email_click" in types:
        for email, day, campaign_id in store.clicks(db, emails, since):
            campaign = campaigns.get(campaign_id)
            touches[email].append(Touch("email_click", day, "email", campaign.key if campaign else None,
                                        campaign.workflow_key if campaign and campaign.automated else None,
                                        (email, campaign_id)))
    return touches


def attribute(context: KpiContext, found: list[Journey], model: str) -> Attribution:
    """Split every deal's cents among its touches of the lookback window with `model`."""
    lookback = int(context.setting("attribution_lookback_days"))
    half_life = float(context.setting("attribution_half_life_days"))
    credits, fallbacks = [], 0
    for journey in found:
        touches = journey.within(lookback)
        shares, fell_back = weights(model, touches, journey.deal.close_day, half_life, journey.anchors)
        fallbacks += fell_back and len(touches) > 1  # a lone touch takes everything anyway
        credits.append(DealCredit(journey.deal, touches, split_cents(journey.deal.cents, shares)))
    attribution = Attribution(model, credits)
    _judge(attribution, fallbacks)
    return attribution


@dataclass(frozen=True)
class Credited:
    """One won deal as the KPIs need it: its journey, `model`'s credit, whether a W anchor fell back (with more
    than one touch), and whether marketing influenced it (`influenced`)."""

    journey: Journey
    credit: DealCredit
    fell_back: bool
    influenced: bool
    channels: dict[str, int] = field(default_factory=dict)
    workflows: dict[str, int] = field(default_factory=dict)
    workflow_campaigns: dict[str, int] = field(default_factory=dict)
    workflow_cents: int = 0

    @classmethod
    def of(cls, journey: Journey, credit: DealCredit, fell_back: bool, influenced: bool) -> Credited:
        """With the deal's cents per channel, workflow and workflow campaign (the keys of
        `Attribution.by_channel`, `by_workflow`, `workflow_campaigns` for this deal alone) and of its touches
        with a workflow, in one walk over its touches: a period change sums these instead of walking every
        touch again (the workflow revenue and `by_channel`, under cProfile: 5 → 2 ms a period change; and the first
        all-data run builds them in a third of the time `Attribution` did per deal)."""
        channels: dict[str, int] = defaultdict(int)
        workflows: dict[str, int] = defaultdict(int)
        campaigns: dict[str, int] = defaultdict(int)
        workflow_cents = 0
        for touch, cents in credit.parts():
            if touch is None:
                channels[UNKNOWN] += cents
                continue
            if touch.channel is not None:
                channels[touch.channel] += cents
            if touch.workflow is not None:
                workflows[touch.workflow] += cents
            if touch.workflow:
                workflow_cents += cents
                if touch.campaign is not None:
                    campaigns[touch.campaign] += cents
        return cls(journey, credit, fell_back, influenced, dict(channels), dict(workflows), dict(campaigns),
                   workflow_cents)


def credited(context: KpiContext, deals: list[WonDeal], model: str) -> list[Credited]:
    """The credits of `attribute(context, journeys(context, deals), model)` (without its notes on the model, which
    the KPIs do not show), with each deal's journey and influence.

    None of them depends on the period: a deal's credit comes from its own touches in the windows before its own
    close. So they are kept per deal (store/kpi/memo.py, with the settings they read in the key) and a period
    change only computes the deals it has not met yet. The journeys of a set of deals leave out the clicks
    older than its earliest close minus the longest lookback; every window reads only touches after that, so a
    deal's credit and influence are the same whatever set it came with. Measured at scale 38 under cProfile
    (five quarter changes after an all-data run, 1 834 won deals): journeys + attribute + influence went from
    39 to 8 ms a period change.
    """
    types = tuple(sorted(context.setting("attribution_touch_types") or ()))
    lookback = int(context.setting("attribution_lookback_days"))
    half_life = float(context.setting("attribution_half_life_days"))
    key = ("credited", model, types, lookback, half_life, int(context.setting("influence_lookback_days")),
           tuple(sorted(context.setting("non_marketing_channels") or ())))
    # Filled here, deal by deal. Keyed by (id, cents): the rest of a WonDeal is the store's, the same until the
    # data changes (and the memo with it); the cents also depend on the exchange rates of the run.
    known: dict[tuple[int, int], Credited] = memo(context.db, key, dict)
    missing = [deal for deal in deals if (deal.id, deal.cents) not in known]
    for journey in journeys(context, missing):
        touches = journey.within(lookback)
        shares, fell_back = weights(model, touches, journey.deal.close_day, half_life, journey.anchors)
        credit = DealCredit(journey.deal, touches, split_cents(journey.deal.cents, shares))
        known[journey.deal.id, journey.deal.cents] = Credited.of(journey, credit, fell_back and len(touches) > 1,
                                                                 influenced(context, journey))
    return [known[deal.id, deal.cents] for deal in deals]


def summed(found: list[Credited], part: Callable[[Credited], dict[str, int]]) -> dict[str, int]:
    """Σ over the deals of one of their `Credited` maps, keys sorted (as `Attribution._sum`)."""
    total: dict[str, int] = defaultdict(int)
    for entry in found:
        for key, cents in part(entry).items():
            total[key] += cents
    return dict(sorted(total.items()))


def _judge(attribution: Attribution, fallbacks: int) -> None:
    """Whether the data can tell this model apart, said in notes."""
    deals = len(attribution.credits)
    if deals and not any(credit.touches for credit in attribution.credits):
        attribution.supported = False
        attribution.notes.append(Note("no_touches", NO_TOUCHES()))
        return
    few = sum(len(credit.touches) < 3 for credit in attribution.credits)
    if attribution.model in POSITION_BASED and deals and few * 2 > deals:
        attribution.supported = False
        attribution.notes.append(Note("few_touches", FEW_TOUCHES(count=few, deals=deals)))
    if fallbacks:
        attribution.notes.append(Note("anchor_fallback", ANCHOR_FALLBACK(count=fallbacks)))


def influenced(context: KpiContext, journey: Journey) -> bool:
    """Whether a marketing touch (channel outside `non_marketing_channels`) came within
    `influence_lookback_days` before the close — a marketing lead source at any age."""
    excluded = set(context.setting("non_marketing_channels") or ())
    since = (date.fromisoformat(journey.deal.close_day)
             - timedelta(days=int(context.setting("influence_lookback_days")))).isoformat()
    return any(t.channel not in excluded and (t.type == "lead_source" or t.day >= since) for t in journey.touches)


def attribute_all(context: KpiContext) -> dict[str, Attribution]:
    """The six models over the context's period, side by side (ROI page)."""
    converter = Converter(context.currency, context.setting("exchange_rates"))
    found = journeys(context, won_deals(context, converter))
    models = {model: attribute(context, found, model) for model in MODELS}
    for attribution in models.values():
        attribution.notes[:0] = converter.notes()
    return models


def side_by_side(db: Connection, period: Period | None = None,
                 overrides: dict[str, Any] | None = None) -> dict[str, Attribution]:
    """`attribute_all` for a workspace and a period (default: all data), with the settings the KPIs read."""
    settings = effective_settings({**settings_store.read_settings(db), **(overrides or {})})
    span_period = default_period(db)
    today = date.today()
    period = period or span_period or Period(today.replace(day=1), today)
    context = KpiContext(db, period, span_period.end if span_period else period.end, settings,
                         settings.get("currency") or "EUR")
    return attribute_all(context)
