"""Words the scoring editor shows for the parts of a model: rule kinds, fields, operators, activities, stages.

Declared as data (like the KPI catalogue), each a `MessageTemplate` of the translation context "Scoring", so
that the editor fills its combo boxes from here and the French catalogue stays complete. `describe_rule`
composes a rule's one-line summary with the front end's translate function (the GUI passes
`QCoreApplication.translate`, the CLI its catalogue), because a summary is made of several translated words.
"""

from __future__ import annotations

from collections.abc import Callable

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

CONTEXT = "Scoring"
Translate = Callable[[str, str], str]


def _word(code: str, text: str) -> MessageTemplate:
    return MessageTemplate(f"scoring.{code}", text, CONTEXT)


KINDS = {
    "fit": _word("kind.fit", QT_TRANSLATE_NOOP("Scoring", "Fit (who the contact is)")),
    "engagement": _word("kind.engagement", QT_TRANSLATE_NOOP("Scoring", "Engagement (what the contact did)")),
}

FIELDS = {
    "job_title": _word("field.job_title", QT_TRANSLATE_NOOP("Scoring", "Job title")),
    "company": _word("field.company", QT_TRANSLATE_NOOP("Scoring", "Company")),
    "company_size": _word("field.company_size", QT_TRANSLATE_NOOP("Scoring", "Company size (employees)")),
    "country": _word("field.country", QT_TRANSLATE_NOOP("Scoring", "Country")),
    "city": _word("field.city", QT_TRANSLATE_NOOP("Scoring", "City")),
    "owner": _word("field.owner", QT_TRANSLATE_NOOP("Scoring", "Contact owner")),
    "original_source": _word("field.original_source", QT_TRANSLATE_NOOP("Scoring", "Original source")),
    "source_detail": _word("field.source_detail", QT_TRANSLATE_NOOP("Scoring", "Source detail")),
    "channel": _word("field.channel", QT_TRANSLATE_NOOP("Scoring", "Acquisition channel")),
    "utm_source": _word("field.utm_source", QT_TRANSLATE_NOOP("Scoring", "UTM source")),
    "utm_medium": _word("field.utm_medium", QT_TRANSLATE_NOOP("Scoring", "UTM medium")),
    "utm_campaign": _word("field.utm_campaign", QT_TRANSLATE_NOOP("Scoring", "UTM campaign")),
    "lifecycle_stage": _word("field.lifecycle_stage", QT_TRANSLATE_NOOP("Scoring", "Lifecycle stage")),
    "lead_status": _word("field.lead_status", QT_TRANSLATE_NOOP("Scoring", "Lead status")),
    "tags": _word("field.tags", QT_TRANSLATE_NOOP("Scoring", "Tags")),
    "tool_score": _word("field.tool_score", QT_TRANSLATE_NOOP("Scoring", "Score given by your tool")),
    "tool": _word("field.tool", QT_TRANSLATE_NOOP("Scoring", "Known in tool")),
}
IMPORTED_COLUMN = _word("field.column", QT_TRANSLATE_NOOP("Scoring", "Imported column “{name}”"))
"""Label of a field `column:<name>`: any column an import kept without mapping it."""

OPERATORS = {
    "equals": _word("op.equals", QT_TRANSLATE_NOOP("Scoring", "is")),
    "contains": _word("op.contains", QT_TRANSLATE_NOOP("Scoring", "contains")),
    "in_list": _word("op.in_list", QT_TRANSLATE_NOOP("Scoring", "is one of")),
    "greater_than": _word("op.greater_than", QT_TRANSLATE_NOOP("Scoring", "is greater than")),
    "less_than": _word("op.less_than", QT_TRANSLATE_NOOP("Scoring", "is less than")),
    "is_empty": _word("op.is_empty", QT_TRANSLATE_NOOP("Scoring", "is empty")),
    "is_not_empty": _word("op.is_not_empty", QT_TRANSLATE_NOOP("Scoring", "is filled in")),
}

ACTIVITIES = {
    "email_opened": _word("activity.email_opened", QT_TRANSLATE_NOOP("Scoring", "Opened an e-mail")),
    "email_clicked": _word("activity.email_clicked", QT_TRANSLATE_NOOP("Scoring", "Clicked in an e-mail")),
    "link_clicked": _word("activity.link_clicked", QT_TRANSLATE_NOOP("Scoring", "Clicked a link containing…")),
    "unsubscribed": _word("activity.unsubscribed", QT_TRANSLATE_NOOP("Scoring", "Unsubscribed or complained")),
    "bounced": _word("activity.bounced", QT_TRANSLATE_NOOP("Scoring", "E-mail address bounced")),
    "web_session": _word("activity.web_session", QT_TRANSLATE_NOOP("Scoring", "Came to the website from…")),
    "webinar_registration": _word("activity.webinar", QT_TRANSLATE_NOOP("Scoring", "Registered for a webinar")),
    "deal_created": _word("activity.deal_created", QT_TRANSLATE_NOOP("Scoring", "A deal was created")),
}
ACTIVITY_VALUE_HINTS = {
    "email_opened": _word("hint.campaign", QT_TRANSLATE_NOOP(
        "Scoring", "Only e-mails whose name contains (leave empty for any e-mail)")),
    "email_clicked": _word("hint.campaign", QT_TRANSLATE_NOOP(
        "Scoring", "Only e-mails whose name contains (leave empty for any e-mail)")),
    "link_clicked": _word("hint.link", QT_TRANSLATE_NOOP("Scoring", "Text the link contains, e.g. /pricing")),
    "web_session": _word("hint.web", QT_TRANSLATE_NOOP(
        "Scoring", "Source, medium or campaign contains, e.g. linkedin (leave empty for any source)")),
}

FREQUENCIES = {
    "once": _word("freq.once", QT_TRANSLATE_NOOP("Scoring", "Once")),
    "each": _word("freq.each", QT_TRANSLATE_NOOP("Scoring", "Each time")),
}

STAGE_NAMES = {
    "subscriber": _word("stage.subscriber", QT_TRANSLATE_NOOP("Scoring", "Subscriber")),
    "lead": _word("stage.lead", QT_TRANSLATE_NOOP("Scoring", "Lead")),
    "mql": _word("stage.mql", QT_TRANSLATE_NOOP("Scoring", "MQL")),
    "sql": _word("stage.sql", QT_TRANSLATE_NOOP("Scoring", "SQL")),
    "opportunity": _word("stage.opportunity", QT_TRANSLATE_NOOP("Scoring", "Opportunity")),
    "customer": _word("stage.customer", QT_TRANSLATE_NOOP("Scoring", "Customer")),
}
NO_STAGE = _word("stage.none", QT_TRANSLATE_NOOP("Scoring", "No stage"))

BASES = {
    "imported": _word("basis.imported", QT_TRANSLATE_NOOP("Scoring", "Imported lifecycle data")),
    "model": _word("basis.model", QT_TRANSLATE_NOOP("Scoring", "This scoring model")),
    "deals": _word("basis.deals", QT_TRANSLATE_NOOP("Scoring", "Imported deals")),
}
ORDERS = {
    "strict": _word("order.strict", QT_TRANSLATE_NOOP("Scoring", "Strict order")),
    "any": _word("order.any", QT_TRANSLATE_NOOP("Scoring", "Any order")),
}
COUNTINGS = {
    "snapshot": _word("counting.snapshot", QT_TRANSLATE_NOOP("Scoring", "Snapshot")),
    "flow": _word("counting.flow", QT_TRANSLATE_NOOP("Scoring", "Period flow")),
    "cohort": _word("counting.cohort", QT_TRANSLATE_NOOP("Scoring", "Cohort with a conversion window")),
}

_POINTS = _word("summary.points", QT_TRANSLATE_NOOP("Scoring", "{points} pts"))
_EACH = _word("summary.each", QT_TRANSLATE_NOOP("Scoring", "each time"))
_CAP = _word("summary.cap", QT_TRANSLATE_NOOP("Scoring", "at most {cap}"))
_WINDOW = _word("summary.window", QT_TRANSLATE_NOOP("Scoring", "last {days} days"))
_HALF_LIFE = _word("summary.half_life", QT_TRANSLATE_NOOP("Scoring", "half-life {days} days"))
_QUOTED = _word("summary.quoted", QT_TRANSLATE_NOOP("Scoring", "“{value}”"))
"""A typed value in a summary, quoted as the language quotes (« … » in French)."""


def field_label(field: str, translate: Translate) -> str:
    """The label of a fit field id, imported columns included."""
    if field.startswith("column:"):
        template = IMPORTED_COLUMN
        return translate(template.context, template.text).format(name=field[len("column:"):])
    template = FIELDS.get(field)
    return translate(template.context, template.text) if template else field


def quoted(value: str, translate: Translate) -> str:
    """A typed value between the language's quotes: “Open deal”, « Open deal »."""
    return _say(_QUOTED, translate, value=value)


def stage_label(key: str | None, translate: Translate) -> str:
    template = STAGE_NAMES.get(key or "", NO_STAGE)
    return translate(template.context, template.text)


def _say(template: MessageTemplate, translate: Translate, **params: object) -> str:
    return translate(template.context, template.text).format(**params)


def _number(value: float) -> str:
    return f"{value:g}"


def describe_rule(rule: object, translate: Translate, *, points: bool = True) -> str:
    """A rule in one line, e.g. "Job title contains “gérant” · 10 pts" or
    "Clicked in an e-mail · 5 pts each time, at most 20, last 90 days, half-life 30 days"; without `points`
    (a table that shows them in a column of their own): "Job title contains “gérant”", "Clicked in an e-mail ·
    at most 20, last 90 days, half-life 30 days"."""
    from roi_desktop.core.scoring.rules import Rule

    assert isinstance(rule, Rule)
    if rule.kind == "fit":
        head = f"{field_label(rule.field, translate)} {_say(OPERATORS[rule.operator], translate)}" \
            if rule.operator in OPERATORS else field_label(rule.field, translate)
        if rule.operator not in ("is_empty", "is_not_empty") and rule.value:
            head += " " + _say(_QUOTED, translate, value=rule.value)
    else:
        activity = ACTIVITIES.get(rule.field)
        head = _say(activity, translate) if activity else rule.field
        if rule.value:
            head = head.rstrip("…") + " " + _say(_QUOTED, translate, value=rule.value)
    terms = [_say(_POINTS, translate, points=_number(rule.points))]
    if rule.kind == "engagement":
        if rule.frequency == "each":
            terms[0] += " " + _say(_EACH, translate)
            if rule.cap is not None:
                terms.append(_say(_CAP, translate, cap=_number(rule.cap)))
        if rule.window_days is not None:
            terms.append(_say(_WINDOW, translate, days=rule.window_days))
        if rule.half_life_days is not None:
            terms.append(_say(_HALF_LIFE, translate, days=_number(rule.half_life_days)))
    if not points:
        terms = terms[1:]
    return f"{head} · {', '.join(terms)}" if terms else head
