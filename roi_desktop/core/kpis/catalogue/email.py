"""KPI definitions of the e-mail area (KPIS §4.2): what is sent, delivered, opened, clicked, refused.

All are flows over the send facts (SF) of the period, broken down by month, tool, campaign and workflow.
"""

from roi_desktop.core.kpis.definitions import COUNT, DOWN, RATIO, UP, AlertRule, KpiDefinition, register
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_EMAIL = MessageTemplate(
    "kpi.needs.email",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a campaign report or a recipient export of your e-mail tool (Mailchimp,"
                                  " Brevo, Mautic, ActiveCampaign…) covering the period."),
    context="KpiNeeds",
)

_BREAKDOWNS = ("by_month", "by_source", "by_campaign", "by_workflow")
_TABLES = ("email_daily", "campaign_stats", "campaigns")


def _email(kpi_id: str, name: str, tooltip: str, formula: str, unit: str = COUNT, better: str = UP,
           alert: AlertRule | None = None) -> KpiDefinition:
    return KpiDefinition(kpi_id, "email", name, tooltip, formula, unit, breakdowns=_BREAKDOWNS,
                         needs=NEEDS_EMAIL.text, better=better, alert=alert, tables=_TABLES)


register(
    _email("emails_sent", QT_TRANSLATE_NOOP("Kpi", "Emails sent"),
           QT_TRANSLATE_NOOP("Kpi", "E-mails sent by your tools, one per recipient."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of recipients of the e-mails sent in the period"),
           alert=AlertRule(0, above=False, inclusive=True, needs_volume=False, when="paid_email_tools",
                           message=QT_TRANSLATE_NOOP("KpiAlert", "You pay for e-mail tools but sent nothing."))),
    _email("emails_delivered", QT_TRANSLATE_NOOP("Kpi", "Emails delivered"),
           QT_TRANSLATE_NOOP("Kpi", "Sent minus bounces."),
           QT_TRANSLATE_NOOP("Kpi", "E-mails sent minus bounces")),
    _email("emails_bounced", QT_TRANSLATE_NOOP("Kpi", "Bounces"),
           QT_TRANSLATE_NOOP("Kpi", "E-mails refused by the recipient's server."),
           QT_TRANSLATE_NOOP("Kpi", "Hard plus soft bounces, or the export's bounce total"), better=DOWN),
    _email("hard_bounces", QT_TRANSLATE_NOOP("Kpi", "Hard bounces"),
           QT_TRANSLATE_NOOP("Kpi", "Address or domain does not exist."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of hard bounces"), better=DOWN),
    _email("soft_bounces", QT_TRANSLATE_NOOP("Kpi", "Soft bounces"),
           QT_TRANSLATE_NOOP("Kpi", "Temporary failure: mailbox full, server down."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of soft bounces"), better=DOWN),
    _email("unique_opens", QT_TRANSLATE_NOOP("Kpi", "Unique opens"),
           QT_TRANSLATE_NOOP("Kpi", "Recipients who opened at least once."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of recipients who opened")),
    _email("unique_clicks", QT_TRANSLATE_NOOP("Kpi", "Unique clicks"),
           QT_TRANSLATE_NOOP("Kpi", "Recipients who clicked at least once."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of recipients who clicked")),
    _email("total_opens", QT_TRANSLATE_NOOP("Kpi", "Total opens"),
           QT_TRANSLATE_NOOP("Kpi", "Every open, repeats included."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of all opens")),
    _email("total_clicks", QT_TRANSLATE_NOOP("Kpi", "Total clicks"),
           QT_TRANSLATE_NOOP("Kpi", "Every click, repeats included."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of all clicks")),
    _email("unsubscribes", QT_TRANSLATE_NOOP("Kpi", "Unsubscribes"),
           QT_TRANSLATE_NOOP("Kpi", "Recipients who unsubscribed from these e-mails."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of unsubscribes"), better=DOWN),
    _email("complaints", QT_TRANSLATE_NOOP("Kpi", "Spam complaints"),
           QT_TRANSLATE_NOOP("Kpi", "Recipients who reported the e-mail as spam."),
           QT_TRANSLATE_NOOP("Kpi", "Sum of spam complaints"), better=DOWN),
    _email("open_rate", QT_TRANSLATE_NOOP("Kpi", "Open rate"),
           QT_TRANSLATE_NOOP("Kpi", "Share of delivered e-mails opened; inflated by Apple Mail privacy."),
           QT_TRANSLATE_NOOP("Kpi", "Unique opens ÷ e-mails delivered"), RATIO),
    _email("click_rate", QT_TRANSLATE_NOOP("Kpi", "Click rate"),
           QT_TRANSLATE_NOOP("Kpi", "Share of delivered e-mails clicked."),
           QT_TRANSLATE_NOOP("Kpi", "Unique clicks ÷ e-mails delivered"), RATIO),
    _email("click_to_open_rate", QT_TRANSLATE_NOOP("Kpi", "Click-to-open rate"),
           QT_TRANSLATE_NOOP("Kpi", "Share of openers who clicked."),
           QT_TRANSLATE_NOOP("Kpi", "Unique clicks ÷ unique opens"), RATIO),
    _email("unsubscribe_rate", QT_TRANSLATE_NOOP("Kpi", "Unsubscribe rate"),
           QT_TRANSLATE_NOOP("Kpi", "Share of delivered e-mails followed by an unsubscribe."),
           QT_TRANSLATE_NOOP("Kpi", "Unsubscribes ÷ e-mails delivered"), RATIO, better=DOWN,
           alert=AlertRule(0.01, message=QT_TRANSLATE_NOOP(
               "KpiAlert", "Above 1 %: review your list segmentation."))),
    _email("bounce_rate", QT_TRANSLATE_NOOP("Kpi", "Bounce rate"),
           QT_TRANSLATE_NOOP("Kpi", "Share of sent e-mails not delivered."),
           QT_TRANSLATE_NOOP("Kpi", "Bounces ÷ e-mails sent"), RATIO, better=DOWN,
           alert=AlertRule(0.02, 0.05, message=QT_TRANSLATE_NOOP(
               "KpiAlert", "Too many bounces: clean invalid and old addresses."))),
    _email("complaint_rate", QT_TRANSLATE_NOOP("Kpi", "Spam complaint rate"),
           QT_TRANSLATE_NOOP("Kpi", "Share of delivered e-mails reported as spam."),
           QT_TRANSLATE_NOOP("Kpi", "Spam complaints ÷ e-mails delivered, over the exports that report"
                                    " complaints"), RATIO, better=DOWN,
           alert=AlertRule(0.001, 0.003, critical_inclusive=True, message=QT_TRANSLATE_NOOP(
               "KpiAlert", "Spam complaints threaten your deliverability."))),
    _email("open_rate_excl_mpp", QT_TRANSLATE_NOOP("Kpi", "Open rate without Apple MPP"),
           QT_TRANSLATE_NOOP("Kpi", "Open rate without opens caused only by Apple Mail's auto-loading."),
           QT_TRANSLATE_NOOP("Kpi", "(Unique opens − opens due only to Apple Mail) ÷ e-mails delivered, over the"
                                    " exports that flag Apple Mail opens"), RATIO),
)
