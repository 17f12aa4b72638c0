"""What turns activity into money on the ROI page: the team's hourly cost, minutes saved, the value of a
qualified lead, the attribution model, the day automation started, the currency (KPIS §2 and this page's own).

Declared as data — key, kind, default, label and a plain explanation — so that the settings form, the CLI
and the checks read one list. Values live in the workspace's `settings` table: a colleague opening the file
sees the same figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from roi_desktop.core.costs import inputs
from roi_desktop.core.costs.ledger import BAD_CURRENCY, Problem
from roi_desktop.core.kpis.context import DEFAULT_SETTINGS
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

MONEY, MINUTES, DAYS, CHOICE, DAY, CURRENCY = "money", "minutes", "days", "choice", "day", "currency"
REVENUE_WON, QUALIFIED_LEADS = "revenue_won", "qualified_leads"

MODEL_NAMES = {
    "first_touch": QT_TRANSLATE_NOOP("Attribution", "First touch"),
    "last_touch": QT_TRANSLATE_NOOP("Attribution", "Last touch"),
    "linear": QT_TRANSLATE_NOOP("Attribution", "Linear"),
    "u_shaped": QT_TRANSLATE_NOOP("Attribution", "U-shaped"),
    "w_shaped": QT_TRANSLATE_NOOP("Attribution", "W-shaped"),
    "time_decay": QT_TRANSLATE_NOOP("Attribution", "Time decay"),
}
MODEL_EXPLANATIONS = {
    "first_touch": QT_TRANSLATE_NOOP("Attribution", "All the revenue to the contact's first interaction."),
    "last_touch": QT_TRANSLATE_NOOP("Attribution", "All the revenue to the last interaction before signing."),
    "linear": QT_TRANSLATE_NOOP("Attribution", "Equal shares to every interaction."),
    "u_shaped": QT_TRANSLATE_NOOP("Attribution", "40 % to the first, 40 % to the last, 20 % shared by the others."),
    "w_shaped": QT_TRANSLATE_NOOP("Attribution", "30 % each to the first touch, the lead's creation and the deal's"
                                                 " creation; 10 % shared by the others."),
    "time_decay": QT_TRANSLATE_NOOP("Attribution", "The closer to the signature, the larger the share: it halves"
                                                   " every half-life."),
}
GAINS_NAMES = {
    REVENUE_WON: QT_TRANSLATE_NOOP("ValueSettings", "Revenue of the deals won"),
    QUALIFIED_LEADS: QT_TRANSLATE_NOOP("ValueSettings", "Qualified leads × their average value"),
}


@dataclass(frozen=True)
class ValueSetting:
    """One setting of the ROI page.

    Attributes:
        key: the workspace settings key.
        kind: money, minutes, days, choice, day or currency.
        label, explanation: QT_TRANSLATE_NOOP("ValueSettings", …) literals.
        default: the value when none is stored (None: unset).
        choices: the values of a choice, with their names.
    """

    key: str
    kind: str
    label: str
    explanation: str
    default: Any = None
    choices: dict[str, str] | None = None


VALUE_SETTINGS = (
    ValueSetting("hourly_rate", MONEY, QT_TRANSLATE_NOOP("ValueSettings", "Hourly cost of the team"),
                 QT_TRANSLATE_NOOP("ValueSettings", "What one hour of your marketing team costs the company,"
                                                    " salary and charges included. It turns the time automation"
                                                    " saves into money. Leave it empty not to count saved time.")),
    ValueSetting("minutes_saved_per_automated_email", MINUTES,
                 QT_TRANSLATE_NOOP("ValueSettings", "Minutes saved per automated e-mail"),
                 QT_TRANSLATE_NOOP("ValueSettings", "Time someone would spend writing and sending that e-mail by"
                                                    " hand. 3 minutes by default."),
                 DEFAULT_SETTINGS["minutes_saved_per_automated_email"]),
    ValueSetting("minutes_saved_per_workflow_run", MINUTES,
                 QT_TRANSLATE_NOOP("ValueSettings", "Minutes saved per workflow run"),
                 QT_TRANSLATE_NOOP("ValueSettings", "Time saved each time a contact goes through a workflow (list"
                                                    " updates, hand-overs to sales), besides its e-mails. 0 = not"
                                                    " counted. Your tools give enrolments as totals without dates,"
                                                    " so a shorter period counts its share of the days."), 0),
    ValueSetting("gains_basis", CHOICE, QT_TRANSLATE_NOOP("ValueSettings", "Gains counted in the ROI"),
                 QT_TRANSLATE_NOOP("ValueSettings", "Revenue of the deals won, or — when your deals are few or not"
                                                    " imported — the qualified leads (MQL) the period brought,"
                                                    " each worth the average value below."),
                 REVENUE_WON, GAINS_NAMES),
    ValueSetting("qualified_lead_value", MONEY, QT_TRANSLATE_NOOP("ValueSettings", "Value of a qualified lead"),
                 QT_TRANSLATE_NOOP("ValueSettings", "What a qualified lead (MQL) is worth on average. Leave it"
                                                    " empty to use the measured value: share of MQLs that become"
                                                    " customers × average deal value.")),
    ValueSetting("attribution_model", CHOICE, QT_TRANSLATE_NOOP("ValueSettings", "Attribution model"),
                 QT_TRANSLATE_NOOP("ValueSettings", "How the revenue of a deal is shared among the channels the"
                                                    " customer met before signing. It sets the revenue by channel"
                                                    " and the revenue from workflows in every figure."),
                 DEFAULT_SETTINGS["attribution_model"], MODEL_NAMES),
    ValueSetting("attribution_half_life_days", DAYS, QT_TRANSLATE_NOOP("ValueSettings", "Time-decay half-life"),
                 QT_TRANSLATE_NOOP("ValueSettings", "For the time-decay model: an interaction this many days"
                                                    " before the signature counts half as much as one on the day."),
                 DEFAULT_SETTINGS["attribution_half_life_days"]),
    ValueSetting("automation_start_date", DAY, QT_TRANSLATE_NOOP("ValueSettings", "Automation started on"),
                 QT_TRANSLATE_NOOP("ValueSettings", "The day your marketing automation went live. The sales cycle"
                                                    " of deals signed before it is compared with that of deals"
                                                    " signed after.")),
    ValueSetting("currency", CURRENCY, QT_TRANSLATE_NOOP("ValueSettings", "Currency"),
                 QT_TRANSLATE_NOOP("ValueSettings", "The currency of every figure. Amounts in another currency"
                                                    " need an exchange rate (cost ledger).")),
)
BY_KEY = {setting.key: setting for setting in VALUE_SETTINGS}

NOT_A_NUMBER = MessageTemplate("value_settings.not_a_number", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a number."))
NEGATIVE = MessageTemplate("value_settings.negative", QT_TRANSLATE_NOOP(
    "Messages", "This value cannot be negative."))
TOO_LARGE = MessageTemplate("value_settings.too_large", QT_TRANSLATE_NOOP(
    "Messages", "{value} is more than {limit}: check the unit."))
NOT_POSITIVE = MessageTemplate("value_settings.not_positive", QT_TRANSLATE_NOOP(
    "Messages", "The half-life must be more than 0 days."))
UNKNOWN_CHOICE = MessageTemplate("value_settings.unknown_choice", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not one of the choices."))
NOT_A_DAY = MessageTemplate("value_settings.not_a_day", QT_TRANSLATE_NOOP(
    "Messages", "“{value}” is not a date: write it as YYYY-MM-DD."))
_LIMITS = {MINUTES: 600, DAYS: 365, MONEY: 10_000_000}


def effective(stored: dict[str, Any], currency: str) -> dict[str, Any]:
    """Every value setting, stored or default (the currency: the workspace's)."""
    values = {setting.key: stored.get(setting.key, setting.default) for setting in VALUE_SETTINGS}
    values["currency"] = stored.get("currency") or currency
    return values


def check(values: dict[str, Any], *, decimal_comma: bool | None = None) -> tuple[dict[str, Any], list[Problem]]:
    """The values to store (None deletes a key, back to its default), or the problems. Text is accepted for
    numbers ("45,50") and dates."""
    stored: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, raw in values.items():
        setting = BY_KEY[key]
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        try:
            if empty:
                stored[key] = None
            elif setting.kind in (MONEY, MINUTES, DAYS):
                stored[key] = _number(setting, raw, decimal_comma)
            elif setting.kind == CHOICE:
                if raw not in (setting.choices or {}):
                    raise _Bad(UNKNOWN_CHOICE(value=str(raw)))
                stored[key] = raw
            elif setting.kind == DAY:
                try:
                    day = raw if isinstance(raw, date) else date.fromisoformat(str(raw).strip())
                    stored[key] = day.isoformat()
                except ValueError:
                    raise _Bad(NOT_A_DAY(value=str(raw))) from None
            else:
                try:
                    stored[key] = inputs.parse_currency(raw)
                except ValueError:
                    raise _Bad(BAD_CURRENCY(value=str(raw))) from None
        except _Bad as bad:
            problems.append(Problem(key, bad.message))
    return ({}, problems) if problems else (stored, [])


class _Bad(Exception):
    def __init__(self, message: Any) -> None:
        super().__init__(str(message))
        self.message = message


def _number(setting: ValueSetting, raw: Any, decimal_comma: bool | None) -> float | int:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        number = float(raw)
    else:
        try:
            number = inputs.parse_amount(raw, decimal_comma) / 100
        except ValueError:
            raise _Bad(NOT_A_NUMBER(value=str(raw).strip())) from None
    if not math.isfinite(number):
        raise _Bad(NOT_A_NUMBER(value=str(raw).strip()))
    if number < 0:
        raise _Bad(NEGATIVE())
    if setting.kind == DAYS and number == 0:
        raise _Bad(NOT_POSITIVE())
    if number > _LIMITS[setting.kind]:
        raise _Bad(TOO_LARGE(value=_plain(number), limit=_plain(_LIMITS[setting.kind])))
    return int(number) if float(number).is_integer() else number


def _plain(number: float) -> str:
    return f"{number:g}" if abs(number) < 1e6 else f"{number:,.0f}"
