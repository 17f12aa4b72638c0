"""How well a model predicts who buys, tested against the deals already won and lost.

Definitions (stated in the sentences the page shows):

- **Customers** are contacts with a won deal. Contacts whose deals are all still open are left out (their
  outcome is unknown); contacts with no deal count as not having bought.
- Each contact is **judged** before sales got involved: on the eve of the deal (its first won deal for a
  customer, else its first deal) for the MQL definition, on the day the deal was created for the SQL
  definition (SQL criteria often require the deal itself); contacts without a deal on the evaluation day.
- MQL **precision** = customers among the contacts judged MQL ÷ contacts judged MQL; **recall** = customers
  judged MQL ÷ customers; **lift** = precision ÷ the base rate (customers ÷ contacts judged).
- **Per rule**: the close rate of the contacts the rule applied to when judged, against the base rate. The
  **suggested points** are 10 per doubling of the close rate: 10 × log2(rate ÷ base rate), where the rate is
  pulled towards the base rate by 20 imaginary average contacts so that a rule resting on few contacts gets a
  modest suggestion (between −30 and +30). A suggestion resting on fewer than 5 customers or 30 contacts is
  flagged as thin.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.scoring.evaluate import EPSILON, Scores, first_day
from roi_desktop.core.scoring.facts import NEVER, Facts
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.stages import sql_holds

PER_DOUBLING = 10
PRIOR_CONTACTS = 20
MOST_SUGGESTED = 30
THIN_CUSTOMERS, THIN_CONTACTS = 5, 30
MATURING_DAYS = 180


def _t(code: str, text: str) -> MessageTemplate:
    return MessageTemplate(f"scoring.backtest.{code}", text)


BASIS = _t("basis", QT_TRANSLATE_NOOP(
    "Messages", "Tested on {contacts} contact(s), of whom {customers} bought (a won deal) and {lost} only lost"
                " deals; {pending} contact(s) whose deals are all still open are left out."))
NO_CUSTOMERS = _t("no_customers", QT_TRANSLATE_NOOP(
    "Messages", "No contact has a won deal yet: import your deals (won and lost) to test the model."))
MQL_FIGURES = _t("mql", QT_TRANSLATE_NOOP(
    "Messages", "{precision} % of the contacts this model made MQLs became customers ({hits} of {predicted}),"
                " against {base} % of all contacts: {lift} times the average. It had flagged {recall} % of your"
                " customers ({hits} of {customers}) as MQL before their deal."))
SQL_FIGURES = _t("sql", QT_TRANSLATE_NOOP(
    "Messages", "{precision} % of the SQLs became customers ({hits} of {predicted}); {recall} % of your"
                " customers ({hits} of {customers}) were SQL when their deal was created."))
NO_MQL = _t("no_mql", QT_TRANSLATE_NOOP(
    "Messages", "This model made no contact an MQL before its deal: precision cannot be measured."))
NO_SQL = _t("no_sql", QT_TRANSLATE_NOOP(
    "Messages", "This model made no contact an SQL: precision cannot be measured."))
MATURING = _t("maturing", QT_TRANSLATE_NOOP(
    "Messages", "{count} MQLs are less than {days} days old and may still buy: the precision can still rise."))
RULE_FIGURES = _t("rule", QT_TRANSLATE_NOOP(
    "Messages", "Contacts this rule applied to became customers {lift} times as often as average ({rate} %"
                " against {base} %), over {contacts} contact(s) of whom {customers} customer(s): about {points}"
                " points would match your data."))
RULE_THIN = _t("rule_thin", QT_TRANSLATE_NOOP(
    "Messages", "Too little data to judge this rule: it applied to {contacts} contact(s), of whom {customers}"
                " customer(s). The suggestion ({points} points) is a rough guess."))
RULE_NO_BASE = _t("rule_no_base", QT_TRANSLATE_NOOP(
    "Messages", "No contact has bought yet: nothing to compare this rule with."))
RULE_NOBODY = _t("rule_nobody", QT_TRANSLATE_NOOP(
    "Messages", "This rule applied to no contact before its deal: nothing to learn from your data."))


@dataclass(frozen=True)
class Figures:
    """Precision and recall of one definition (MQL or SQL). Ratios are None when undefined.

    Attributes:
        predicted: contacts judged MQL (SQL); hits: those who became customers.
    """

    predicted: int
    hits: int
    precision: float | None
    recall: float | None
    lift: float | None


@dataclass(frozen=True)
class RuleTest:
    """One rule against the outcomes.

    Attributes:
        touched: contacts it applied to when judged; customers: those who bought.
        close_rate: customers ÷ touched; lift: close_rate ÷ base rate.
        suggested_points: see the module docstring (None without customers).
        thin: the suggestion rests on too few contacts or customers.
        sentence: what it means, plainly.
    """

    rule_id: str
    touched: int
    customers: int
    close_rate: float | None
    lift: float | None
    suggested_points: int | None
    thin: bool
    sentence: Message


@dataclass(frozen=True)
class Backtest:
    """The model tested against the imported deals.

    Attributes:
        contacts: contacts judged; customers: with a won deal; lost: with only lost deals; pending: left out.
        base_rate: customers ÷ contacts.
        mql, sql: Figures (sql None when the funnel's SQL stage does not follow the model).
        rules: one RuleTest per enabled, valid rule, in the model's order.
        sentences: the summary, plainly (what it rests on, then the figures).
    """

    contacts: int
    customers: int
    lost: int
    pending: int
    base_rate: float | None
    mql: Figures
    sql: Figures | None
    rules: list[RuleTest]
    sentences: list[Message] = field(default_factory=list)


def backtest(facts: Facts, model: Model, scores: Scores, rejected: np.ndarray) -> Backtest:
    k = facts.checkpoints
    assert k is not None
    n = facts.size
    deals = facts.deals
    won = deals["status"] == "won"
    first_won = np.full(n, NEVER, np.int32)
    np.minimum.at(first_won, deals["contact"][won], deals["created"][won])
    decided = np.zeros(n, bool)
    decided[deals["contact"][deals["status"] != "open"]] = True
    has_deal = np.zeros(n, bool)
    has_deal[deals["contact"]] = True
    customer = first_won != NEVER
    population = ~has_deal | decided
    deal_day = np.where(customer, first_won, facts.first_deal_day())
    judged_on = np.where(has_deal, deal_day, facts.end).astype(np.int64)
    _ever, mql_day = first_day(facts, scores.total >= model.mql_threshold - EPSILON, real=False)
    judged_mql = population & (mql_day.astype(np.int64) <= np.where(has_deal, judged_on - 1, judged_on))
    customers = int((population & customer).sum())
    contacts = int(population.sum())
    base = customers / contacts if contacts else None
    mql = _figures(judged_mql, population & customer, customers, base)
    sql = None
    stage = model.funnel.stage("sql")
    if stage is not None and stage.enabled and stage.basis == "model":
        _ever, sql_day = first_day(facts, sql_holds(facts, model, scores, rejected), real=False)
        sql = _figures(population & (sql_day.astype(np.int64) <= judged_on), population & customer, customers, base)
    eve = np.searchsorted(k.key, facts.keys(np.arange(n), np.where(has_deal, judged_on - 1, judged_on)), "right") - 1
    rules = [_rule_test(rule_id, column, eve, population, customer, base)
             for rule_id, column in scores.rules.items()]
    sentences = [BASIS(contacts=contacts, customers=customers, lost=int((population & decided & ~customer).sum()),
                       pending=int((~population).sum()))]
    if not customers:
        sentences.append(NO_CUSTOMERS())
    else:
        sentences.append(_sentence(MQL_FIGURES, NO_MQL, mql, customers, base))
        if sql is not None:
            sentences.append(_sentence(SQL_FIGURES, NO_SQL, sql, customers, base))
        maturing = int((judged_mql & ~customer & ~has_deal & (mql_day > facts.end - MATURING_DAYS)).sum())
        if maturing:
            sentences.append(MATURING(count=maturing, days=MATURING_DAYS))
    return Backtest(contacts, customers, int((population & decided & ~customer).sum()), int((~population).sum()),
                    base, mql, sql, rules, sentences)


def _figures(predicted: np.ndarray, bought: np.ndarray, customers: int, base: float | None) -> Figures:
    count = int(predicted.sum())
    hits = int((predicted & bought).sum())
    precision = hits / count if count else None
    recall = hits / customers if customers else None
    lift = precision / base if precision is not None and base else None
    return Figures(count, hits, precision, recall, lift)


def _sentence(template: MessageTemplate, empty: MessageTemplate, figures: Figures, customers: int,
              base: float | None) -> Message:
    if not figures.predicted:
        return empty()
    return template(precision=_percent(figures.precision), hits=figures.hits, predicted=figures.predicted,
                    base=_percent(base), lift=_times(figures.lift), recall=_percent(figures.recall),
                    customers=customers)


def _rule_test(rule_id: str, column: object, eve: np.ndarray, population: np.ndarray, customer: np.ndarray,
               base: float | None) -> RuleTest:
    from roi_desktop.core.scoring.evaluate import Column

    assert isinstance(column, Column)
    if column.fit is not None:
        touched = column.touched.copy()
    else:
        at = np.searchsorted(column.index, eve)
        found = at < len(column.index)
        touched = np.zeros(len(eve), bool)
        touched[found] = column.index[at[found]] == eve[found]
    touched &= population
    count = int(touched.sum())
    bought = int((touched & customer).sum())
    if not base:
        return RuleTest(rule_id, count, bought, None, None, None, False, RULE_NO_BASE())
    if not count:
        return RuleTest(rule_id, count, bought, None, None, None, False, RULE_NOBODY())
    rate = bought / count
    smoothed = (bought + PRIOR_CONTACTS * base) / (count + PRIOR_CONTACTS)
    suggested = int(max(-MOST_SUGGESTED, min(MOST_SUGGESTED, round(PER_DOUBLING * math.log2(smoothed / base)))))
    thin = bought < THIN_CUSTOMERS or count < THIN_CONTACTS
    if thin:
        sentence = RULE_THIN(contacts=count, customers=bought, points=_signed(suggested))
    else:
        sentence = RULE_FIGURES(lift=_times(rate / base), rate=_percent(rate), base=_percent(base), contacts=count,
                                customers=bought, points=_signed(suggested))
    return RuleTest(rule_id, count, bought, rate, rate / base, suggested, thin, sentence)


def _percent(ratio: float | None) -> float | str:
    """A percentage with one decimal (a float, so that the front end writes it the locale's way)."""
    return "—" if ratio is None else round(ratio * 100, 1)


def _times(ratio: float | None) -> float | str:
    return "—" if ratio is None else round(ratio, 1)


def _signed(points: int) -> str:
    return f"{points:+d}"
