"""KPI definitions of the contacts area (KPIS §4.1): how many people, new, active, silent, opted out.

All but contacts_new are stocks: measured at the period's end, and at each month end in `by_month`.
"""

from roi_desktop.core.kpis.definitions import COUNT, DOWN, FLOW, STOCK, AlertRule, KpiDefinition, register
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NEEDS_CONTACTS = MessageTemplate(
    "kpi.needs.contacts",
    QT_TRANSLATE_NOOP("KpiNeeds", "Import a contact export of your CRM or e-mail tool (HubSpot, Brevo, Mailchimp,"
                                  " Mautic, ActiveCampaign…)."),
    context="KpiNeeds",
)

_TABLES = ("contacts",)

register(
    KpiDefinition(
        "contacts_total", "contacts", QT_TRANSLATE_NOOP("Kpi", "Total contacts"),
        QT_TRANSLATE_NOOP("Kpi", "People in your contact exports, counted once by e-mail."),
        QT_TRANSLATE_NOOP("Kpi", "Distinct e-mail addresses of your contact exports created by the end of the"
                                 " period, or without a creation date"),
        COUNT, STOCK, ("by_month", "by_source"), NEEDS_CONTACTS.text, tables=_TABLES),
    KpiDefinition(
        "contacts_new", "contacts", QT_TRANSLATE_NOOP("Kpi", "New contacts"),
        QT_TRANSLATE_NOOP("Kpi", "Contacts created for the first time in the period."),
        QT_TRANSLATE_NOOP("Kpi", "Contacts whose earliest creation date, across your tools, falls in the period"),
        COUNT, FLOW, ("by_month", "by_channel"), NEEDS_CONTACTS.text, tables=_TABLES),
    KpiDefinition(
        "contacts_active", "contacts", QT_TRANSLATE_NOOP("Kpi", "Active contacts"),
        QT_TRANSLATE_NOOP("Kpi", "Reachable contacts who opened or clicked in the last N days."),
        QT_TRANSLATE_NOOP("Kpi", "Reachable contacts (neither unsubscribed nor bounced) with an open or a click in"
                                 " the N days up to the end of the period (N and the signal are settings)"),
        COUNT, STOCK, ("by_month",), NEEDS_CONTACTS.text, tables=("contacts", "contact_activity")),
    KpiDefinition(
        "contacts_inactive", "contacts", QT_TRANSLATE_NOOP("Kpi", "Inactive contacts"),
        QT_TRANSLATE_NOOP("Kpi", "Reachable contacts silent for N days: reactivate or remove them."),
        QT_TRANSLATE_NOOP("Kpi", "Reachable contacts at the end of the period minus active contacts"),
        COUNT, STOCK, ("by_month",), NEEDS_CONTACTS.text, DOWN,
        AlertRule(0.5, of="reachable", message=QT_TRANSLATE_NOOP(
            "KpiAlert", "Reactivate or remove inactive contacts.")),
        tables=("contacts", "contact_activity")),
    KpiDefinition(
        "contacts_unsubscribed", "contacts", QT_TRANSLATE_NOOP("Kpi", "Unsubscribed contacts"),
        QT_TRANSLATE_NOOP("Kpi", "Contacts who opted out or were blocklisted."),
        QT_TRANSLATE_NOOP("Kpi", "Contacts unsubscribed, blocklisted or having complained by the end of the"
                                 " period"),
        COUNT, STOCK, ("by_month", "by_source"), NEEDS_CONTACTS.text, DOWN, tables=_TABLES),
)
