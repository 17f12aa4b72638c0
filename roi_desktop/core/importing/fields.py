"""The canonical fields an export can be mapped to, grouped by kind of data, with their synonyms.

Source profiles (profiles/*.py) map known exports to these fields; the mapping step proposes them for an
unknown file from header synonyms in English and French and from the values themselves (mapping.py). The
labels are what the user sees in the mapping step, hence translatable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from roi_desktop.core.messages import QT_TRANSLATE_NOOP

# Field types: how a cell is parsed (normalise.py) before validation.
TEXT, EMAIL, DATETIME, NUMBER, INTEGER, MONEY, PERCENT, BOOL, LIST = (
    "text", "email", "datetime", "number", "integer", "money", "percent", "bool", "list",
)


@dataclass(frozen=True)
class Field:
    """A canonical field: its name in the store, its label, its type, and header names that suggest it."""

    name: str
    label: str
    type: str = TEXT
    synonyms: tuple[str, ...] = ()
    key: bool = False
    """Needed to identify a row: a row without it is rejected."""


@dataclass(frozen=True)
class Kind:
    """A kind of data (contacts, deals, …): the table family it loads into and the fields it can carry."""

    name: str
    label: str
    fields: tuple[Field, ...]

    def field(self, name: str) -> Field:
        return self.by_name()[name]

    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    @property
    def key_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.key)


def header_key(text: str) -> str:
    """A header name reduced for matching: accents, case, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _f(name: str, label: str, type_: str = TEXT, *synonyms: str, key: bool = False) -> Field:
    return Field(name, label, type_, tuple(header_key(s) for s in synonyms), key)


STAGE_DATE_FIELDS = {
    "became_subscriber_at": "subscriber",
    "became_lead_at": "lead",
    "became_mql_at": "mql",
    "became_sql_at": "sql",
    "became_opportunity_at": "opportunity",
    "became_customer_at": "customer",
}
"""Contact fields holding the day a contact entered a funnel stage (KPIS §3.3)."""

CONTACTS = Kind("contacts", QT_TRANSLATE_NOOP("Fields", "Contacts"), (
    _f("email", QT_TRANSLATE_NOOP("Fields", "E-mail address"), EMAIL, "email", "e-mail", "email address", "adresse e-mail",
       "adresse email", "courriel", "mail", "email_id", key=True),
    _f("external_id", QT_TRANSLATE_NOOP("Fields", "ID in the tool"), TEXT, "record id", "contact id", "id", "identifiant",
       "id de fiche d informations"),
    _f("first_name", QT_TRANSLATE_NOOP("Fields", "First name"), TEXT, "first name", "firstname", "prenom", "given name"),
    _f("last_name", QT_TRANSLATE_NOOP("Fields", "Last name"), TEXT, "last name", "lastname", "nom", "surname",
       "nom de famille"),
    _f("company", QT_TRANSLATE_NOOP("Fields", "Company"), TEXT, "company", "company name", "organization", "organisation",
       "entreprise", "societe", "nom de l entreprise", "account name"),
    _f("job_title", QT_TRANSLATE_NOOP("Fields", "Job title"), TEXT, "job title", "title", "position", "fonction", "poste",
       "intitule du poste"),
    _f("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), TEXT, "phone", "phone number", "mobile", "telephone",
       "numero de telephone", "sms"),
    _f("city", QT_TRANSLATE_NOOP("Fields", "City"), TEXT, "city", "ville"),
    _f("country", QT_TRANSLATE_NOOP("Fields", "Country"), TEXT, "country", "country region", "pays", "pays region"),
    _f("owner", QT_TRANSLATE_NOOP("Fields", "Owner"), TEXT, "contact owner", "owner", "proprietaire du contact",
       "proprietaire"),
    _f("created_at", QT_TRANSLATE_NOOP("Fields", "Created on"), DATETIME, "create date", "created", "date created",
       "created date", "date de creation", "added time", "optin time", "date added", "cree le", "date d ajout"),
    _f("lifecycle_stage", QT_TRANSLATE_NOOP("Fields", "Lifecycle stage"), TEXT, "lifecycle stage", "stage",
       "phase du cycle de vie", "etape du cycle de vie"),
    _f("lead_status", QT_TRANSLATE_NOOP("Fields", "Lead status"), TEXT, "lead status", "statut du lead"),
    _f("original_source", QT_TRANSLATE_NOOP("Fields", "Original source"), TEXT, "original source", "lead source",
       "source", "source d origine", "origine", "canal d acquisition"),
    _f("original_source_detail", QT_TRANSLATE_NOOP("Fields", "Source detail"), TEXT, "original source drill down 1",
       "source detail"),
    _f("utm_source", QT_TRANSLATE_NOOP("Fields", "UTM source"), TEXT, "utm source", "utm_source"),
    _f("utm_medium", QT_TRANSLATE_NOOP("Fields", "UTM medium"), TEXT, "utm medium", "utm_medium"),
    _f("utm_campaign", QT_TRANSLATE_NOOP("Fields", "UTM campaign"), TEXT, "utm campaign", "utm_campaign"),
    _f("score", QT_TRANSLATE_NOOP("Fields", "Lead score"), NUMBER, "hubspot score", "score", "lead score", "points",
       "score hubspot"),
    _f("unsubscribed", QT_TRANSLATE_NOOP("Fields", "Unsubscribed (yes/no)"), BOOL, "unsubscribed",
       "unsubscribed from all email", "email blacklisted", "desinscrit", "desabonne", "opt out"),
    _f("unsubscribed_at", QT_TRANSLATE_NOOP("Fields", "Unsubscribed on"), DATETIME, "unsub time", "unsubscribe date",
       "date de desinscription"),
    _f("bounced", QT_TRANSLATE_NOOP("Fields", "Bounced (yes/no)"), BOOL, "bounced", "hard bounced"),
    _f("bounced_at", QT_TRANSLATE_NOOP("Fields", "Bounced on"), DATETIME, "clean time", "bounce date"),
    _f("status", QT_TRANSLATE_NOOP("Fields", "Subscription status"), TEXT, "status", "subscription status",
       "marketing contact status", "statut"),
    _f("last_open_at", QT_TRANSLATE_NOOP("Fields", "Last open"), DATETIME, "last open date",
       "last marketing email open date", "derniere ouverture"),
    _f("last_click_at", QT_TRANSLATE_NOOP("Fields", "Last click"), DATETIME, "last click date",
       "last marketing email click date", "dernier clic"),
    _f("last_active_at", QT_TRANSLATE_NOOP("Fields", "Last activity"), DATETIME, "last active", "last activity date",
       "derniere activite"),
    _f("customer_end_at", QT_TRANSLATE_NOOP("Fields", "Customer until"), DATETIME, "customer end date", "churn date",
       "date de fin client", "date de resiliation"),
    _f("tags", QT_TRANSLATE_NOOP("Fields", "Tags"), LIST, "tags", "etiquettes", "labels"),
    _f("became_subscriber_at", QT_TRANSLATE_NOOP("Fields", "Became a subscriber on"), DATETIME,
       "became a subscriber date", "devenu abonne le", "date de passage au statut abonne"),
    _f("became_lead_at", QT_TRANSLATE_NOOP("Fields", "Became a lead on"), DATETIME, "became a lead date",
       "devenu lead le", "date de passage au statut lead"),
    _f("became_mql_at", QT_TRANSLATE_NOOP("Fields", "Became an MQL on"), DATETIME,
       "became a marketing qualified lead date", "devenu lead qualifie marketing le",
       "date de passage au statut lead qualifie marketing"),
    _f("became_sql_at", QT_TRANSLATE_NOOP("Fields", "Became an SQL on"), DATETIME, "became a sales qualified lead date",
       "devenu lead qualifie commercial le", "date de passage au statut lead qualifie commercial"),
    _f("became_opportunity_at", QT_TRANSLATE_NOOP("Fields", "Became an opportunity on"), DATETIME,
       "became an opportunity date", "devenu opportunite le", "date de passage au statut opportunite"),
    _f("became_customer_at", QT_TRANSLATE_NOOP("Fields", "Became a customer on"), DATETIME, "became a customer date",
       "devenu client le", "date de passage au statut client"),
))

DEALS = Kind("deals", QT_TRANSLATE_NOOP("Fields", "Deals"), (
    _f("external_id", QT_TRANSLATE_NOOP("Fields", "Deal ID"), TEXT, "record id", "deal id", "deal - id", "id",
       "opportunity id", "affaire - id"),
    _f("name", QT_TRANSLATE_NOOP("Fields", "Deal name"), TEXT, "deal name", "deal - title", "opportunity name",
       "affaire - titre", "nom de l affaire", "nom de l opportunite", "titre", key=True),
    _f("amount", QT_TRANSLATE_NOOP("Fields", "Amount"), MONEY, "amount", "deal - value", "value", "montant",
       "affaire - valeur", "valeur"),
    _f("currency", QT_TRANSLATE_NOOP("Fields", "Currency"), TEXT, "currency", "deal - currency of value",
       "deal - currency", "devise"),
    _f("stage", QT_TRANSLATE_NOOP("Fields", "Stage"), TEXT, "deal stage", "stage", "deal - stage", "etape",
       "affaire - etape", "phase"),
    _f("status", QT_TRANSLATE_NOOP("Fields", "Status (won/lost/open)"), TEXT, "deal - status", "status",
       "affaire - statut", "statut"),
    _f("pipeline", QT_TRANSLATE_NOOP("Fields", "Pipeline"), TEXT, "pipeline", "deal - pipeline"),
    _f("created_at", QT_TRANSLATE_NOOP("Fields", "Created on"), DATETIME, "create date", "created date",
       "deal - deal created", "deal - add time", "affaire - affaire creee", "date de creation"),
    _f("closed_at", QT_TRANSLATE_NOOP("Fields", "Close date"), DATETIME, "close date", "deal - deal closed on",
       "date de cloture", "date de fermeture"),
    _f("won_at", QT_TRANSLATE_NOOP("Fields", "Won on"), DATETIME, "deal - won time", "affaire - date de gain",
       "date de gain"),
    _f("lost_at", QT_TRANSLATE_NOOP("Fields", "Lost on"), DATETIME, "deal - lost time",
       "affaire - heure de l echec", "date de perte"),
    _f("expected_close_at", QT_TRANSLATE_NOOP("Fields", "Expected close date"), DATETIME,
       "deal - expected close date", "affaire - date de cloture prevue", "date de cloture prevue"),
    _f("owner", QT_TRANSLATE_NOOP("Fields", "Owner"), TEXT, "deal owner", "deal - owner", "opportunity owner", "owner",
       "proprietaire"),
    _f("company", QT_TRANSLATE_NOOP("Fields", "Company"), TEXT, "account name", "deal - organization", "company",
       "associated company", "affaire - organisation", "entreprise"),
    _f("contact_email", QT_TRANSLATE_NOOP("Fields", "Contact e-mail"), EMAIL, "person - email", "contact email",
       "email", "personne - e-mail"),
    _f("contact_refs", QT_TRANSLATE_NOOP("Fields", "Contact IDs"), LIST, "associated contact ids", "contact ids"),
    _f("contact_name", QT_TRANSLATE_NOOP("Fields", "Contact"), TEXT, "associated contact", "deal - contact person",
       "affaire - personne a contacter", "contact"),
    _f("lead_source", QT_TRANSLATE_NOOP("Fields", "Lead source"), TEXT, "lead source", "deal - source channel",
       "source", "origine"),
    _f("deal_type", QT_TRANSLATE_NOOP("Fields", "Deal type"), TEXT, "deal type", "type"),
    _f("lost_reason", QT_TRANSLATE_NOOP("Fields", "Lost reason"), TEXT, "deal - lost reason", "lost reason",
       "affaire - raison de la perte", "raison de la perte"),
))

CAMPAIGN_STATS = Kind("campaign_stats", QT_TRANSLATE_NOOP("Fields", "E-mail campaign totals"), (
    _f("campaign_id", QT_TRANSLATE_NOOP("Fields", "Campaign ID"), TEXT, "unique id", "campaign id", "id"),
    _f("campaign", QT_TRANSLATE_NOOP("Fields", "Campaign name"), TEXT, "title", "campaign name", "name", "campaign",
       "nom de la campagne", "campagne", key=True),
    _f("subject", QT_TRANSLATE_NOOP("Fields", "Subject"), TEXT, "subject", "subject line", "objet"),
    _f("list_name", QT_TRANSLATE_NOOP("Fields", "List"), TEXT, "list", "liste"),
    _f("sent_at", QT_TRANSLATE_NOOP("Fields", "Sent on"), DATETIME, "send date", "sent date", "date sent",
       "date d envoi", "envoye le"),
    _f("type", QT_TRANSLATE_NOOP("Fields", "Type (one-off or automation)"), TEXT, "type", "campaign type"),
    _f("workflow", QT_TRANSLATE_NOOP("Fields", "Workflow"), TEXT, "workflow", "automation", "scenario"),
    _f("sent", QT_TRANSLATE_NOOP("Fields", "Sent"), INTEGER, "total recipients", "sends", "sent", "sent count",
       "emails sent", "envoyes", "destinataires"),
    _f("delivered", QT_TRANSLATE_NOOP("Fields", "Delivered"), INTEGER, "successful deliveries", "delivered",
       "delivres"),
    _f("hard_bounces", QT_TRANSLATE_NOOP("Fields", "Hard bounces"), INTEGER, "hard bounces", "rebonds definitifs"),
    _f("soft_bounces", QT_TRANSLATE_NOOP("Fields", "Soft bounces"), INTEGER, "soft bounces", "rebonds temporaires"),
    _f("bounces", QT_TRANSLATE_NOOP("Fields", "Bounces"), INTEGER, "total bounces", "bounces", "bounced", "rebonds"),
    _f("unique_opens", QT_TRANSLATE_NOOP("Fields", "Unique opens"), INTEGER, "unique opens", "read count",
       "ouvertures uniques"),
    _f("total_opens", QT_TRANSLATE_NOOP("Fields", "Total opens"), INTEGER, "total opens", "opens", "ouvertures"),
    _f("unique_clicks", QT_TRANSLATE_NOOP("Fields", "Unique clicks"), INTEGER, "unique clicks", "clics uniques"),
    _f("total_clicks", QT_TRANSLATE_NOOP("Fields", "Total clicks"), INTEGER, "total clicks", "clicks", "clics"),
    _f("unsubscribes", QT_TRANSLATE_NOOP("Fields", "Unsubscribes"), INTEGER, "unsubscribes", "unsubscribed",
       "desinscriptions"),
    _f("complaints", QT_TRANSLATE_NOOP("Fields", "Spam complaints"), INTEGER, "abuse complaints", "complaints",
       "spam complaints", "plaintes"),
    _f("forwards", QT_TRANSLATE_NOOP("Fields", "Forwards"), INTEGER, "times forwarded", "forwards"),
    _f("vendor_open_rate", QT_TRANSLATE_NOOP("Fields", "Open rate (tool's figure)"), PERCENT, "open rate", "read ratio",
       "taux d ouverture"),
    _f("vendor_click_rate", QT_TRANSLATE_NOOP("Fields", "Click rate (tool's figure)"), PERCENT, "click rate",
       "taux de clic"),
))

EMAIL_EVENTS = Kind("email_events", QT_TRANSLATE_NOOP("Fields", "E-mail recipients"), (
    _f("campaign_id", QT_TRANSLATE_NOOP("Fields", "Campaign ID"), TEXT, "campaign id", "id", "email id"),
    _f("campaign", QT_TRANSLATE_NOOP("Fields", "Campaign name"), TEXT, "campaign name", "name", "campaign",
       "nom de la campagne", key=True),
    _f("subject", QT_TRANSLATE_NOOP("Fields", "Subject"), TEXT, "subject", "objet"),
    _f("workflow", QT_TRANSLATE_NOOP("Fields", "Workflow"), TEXT, "workflow", "automation", "scenario"),
    _f("email", QT_TRANSLATE_NOOP("Fields", "Recipient e-mail"), EMAIL, "email address", "email", "email_id",
       "recipient", "destinataire", key=True),
    _f("sent_at", QT_TRANSLATE_NOOP("Fields", "Sent on"), DATETIME, "send date", "date sent", "sent at",
       "date d envoi", key=True),
    _f("opened", QT_TRANSLATE_NOOP("Fields", "Opened (yes/no)"), BOOL, "read", "opened", "ouvert"),
    _f("open_at", QT_TRANSLATE_NOOP("Fields", "Opened on"), DATETIME, "open date", "date read", "date d ouverture"),
    _f("total_opens", QT_TRANSLATE_NOOP("Fields", "Number of opens"), INTEGER, "total opens", "open count",
       "nombre d ouvertures"),
    _f("mpp_opens", QT_TRANSLATE_NOOP("Fields", "Apple privacy opens"), INTEGER, "total apple mpp opens"),
    _f("clicked", QT_TRANSLATE_NOOP("Fields", "Clicked (yes/no)"), BOOL, "clicked", "a clique"),
    _f("click_count", QT_TRANSLATE_NOOP("Fields", "Number of links clicked"), INTEGER, "clicked links count",
       "click count"),
    _f("click_at", QT_TRANSLATE_NOOP("Fields", "Clicked on"), DATETIME, "click date", "date clicked"),
    _f("unsubscribed", QT_TRANSLATE_NOOP("Fields", "Unsubscribed (yes/no)"), BOOL, "unsubscribed", "desinscrit"),
    _f("unsubscribe_at", QT_TRANSLATE_NOOP("Fields", "Unsubscribed on"), DATETIME, "unsubscribe date"),
    _f("bounced", QT_TRANSLATE_NOOP("Fields", "Bounced (yes/no)"), BOOL, "bounced", "is failed", "rebond"),
    _f("hard_bounce_at", QT_TRANSLATE_NOOP("Fields", "Hard bounce on"), DATETIME, "hard bounce date"),
    _f("soft_bounce_at", QT_TRANSLATE_NOOP("Fields", "Soft bounce on"), DATETIME, "soft bounce date"),
    _f("complaint_at", QT_TRANSLATE_NOOP("Fields", "Spam complaint on"), DATETIME, "complaint date"),
))

WORKFLOWS = Kind("workflows", QT_TRANSLATE_NOOP("Fields", "Workflows"), (
    _f("tool", QT_TRANSLATE_NOOP("Fields", "Tool"), TEXT, "tool", "outil", "platform", "plateforme"),
    _f("name", QT_TRANSLATE_NOOP("Fields", "Workflow name"), TEXT, "automation", "workflow", "name", "workflow name",
       "nom du workflow", "nom du scenario", "scenario", "nom", key=True),
    _f("status", QT_TRANSLATE_NOOP("Fields", "Status"), TEXT, "status", "statut", "etat"),
    _f("trigger", QT_TRANSLATE_NOOP("Fields", "Trigger"), TEXT, "trigger", "declencheur", "enrollment trigger"),
    _f("goal", QT_TRANSLATE_NOOP("Fields", "Goal"), TEXT, "goal", "objectif", "but"),
    _f("labels", QT_TRANSLATE_NOOP("Fields", "Labels"), TEXT, "business goals labels", "labels", "etiquettes"),
    _f("emails_configured", QT_TRANSLATE_NOOP("Fields", "E-mails in the workflow"), INTEGER, "emails in workflow",
       "e mails dans le workflow", "nombre d e mails", "emails"),
    _f("enrolled", QT_TRANSLATE_NOOP("Fields", "Contacts enrolled"), INTEGER, "total entries", "enrolled",
       "contacts inscrits", "inscrits", "entries"),
    _f("completed", QT_TRANSLATE_NOOP("Fields", "Completions"), INTEGER, "total completions", "completed",
       "completions", "termines"),
    _f("current_contacts", QT_TRANSLATE_NOOP("Fields", "Contacts in it now"), INTEGER, "current contacts",
       "contacts en cours"),
    _f("email_sends", QT_TRANSLATE_NOOP("Fields", "E-mails sent"), INTEGER, "email sends", "e mails envoyes"),
    _f("conversions", QT_TRANSLATE_NOOP("Fields", "Conversions"), INTEGER, "total conversions", "conversions"),
    _f("created_at", QT_TRANSLATE_NOOP("Fields", "Created on"), DATETIME, "created", "cree le", "date de creation",
       "created date"),
    _f("last_edited_at", QT_TRANSLATE_NOOP("Fields", "Last edited"), DATETIME, "last edited", "modifie le"),
))

COSTS = Kind("costs", QT_TRANSLATE_NOOP("Fields", "Costs"), (
    _f("month", QT_TRANSLATE_NOOP("Fields", "Month"), DATETIME, "month", "mois", "date", "periode", "period", key=True),
    _f("category", QT_TRANSLATE_NOOP("Fields", "Category"), TEXT, "category", "categorie", "type de cout", "type"),
    _f("item", QT_TRANSLATE_NOOP("Fields", "Item"), TEXT, "item", "poste", "libelle", "description", "fournisseur"),
    _f("channel", QT_TRANSLATE_NOOP("Fields", "Channel"), TEXT, "channel", "canal"),
    _f("amount", QT_TRANSLATE_NOOP("Fields", "Amount"), MONEY, "amount", "montant", "cout", "cost", "montant ht",
       "montant eur", key=True),
    _f("currency", QT_TRANSLATE_NOOP("Fields", "Currency"), TEXT, "currency", "devise"),
    _f("note", QT_TRANSLATE_NOOP("Fields", "Note"), TEXT, "note", "comment", "commentaire", "remarque"),
))

WEB_TRAFFIC = Kind("web_traffic", QT_TRANSLATE_NOOP("Fields", "Web traffic"), (
    _f("day", QT_TRANSLATE_NOOP("Fields", "Day"), DATETIME, "date", "day", "jour", key=True),
    _f("source_medium", QT_TRANSLATE_NOOP("Fields", "Source / medium"), TEXT, "session source medium",
       "source medium", "source support de la session", "source support"),
    _f("traffic_source", QT_TRANSLATE_NOOP("Fields", "Source"), TEXT, "session source", "source"),
    _f("medium", QT_TRANSLATE_NOOP("Fields", "Medium"), TEXT, "session medium", "medium", "support"),
    _f("campaign", QT_TRANSLATE_NOOP("Fields", "Campaign"), TEXT, "session campaign", "campaign", "campagne"),
    _f("landing_page", QT_TRANSLATE_NOOP("Fields", "Landing page"), TEXT, "landing page query string",
       "landing page", "page de destination"),
    _f("channel_group", QT_TRANSLATE_NOOP("Fields", "Channel group"), TEXT,
       "session primary channel group default channel group", "session default channel group",
       "groupe de canaux par defaut de la session"),
    _f("sessions", QT_TRANSLATE_NOOP("Fields", "Sessions"), INTEGER, "sessions", "visits", "visites"),
    _f("engaged_sessions", QT_TRANSLATE_NOOP("Fields", "Engaged sessions"), INTEGER, "engaged sessions",
       "sessions avec engagement"),
    _f("users", QT_TRANSLATE_NOOP("Fields", "Users"), INTEGER, "total users", "users", "active users",
       "utilisateurs actifs", "utilisateurs"),
    _f("new_users", QT_TRANSLATE_NOOP("Fields", "New users"), INTEGER, "new users", "nouveaux utilisateurs"),
    _f("key_events", QT_TRANSLATE_NOOP("Fields", "Key events (conversions)"), INTEGER, "key events", "conversions",
       "evenements cles"),
    _f("event_count", QT_TRANSLATE_NOOP("Fields", "Events"), INTEGER, "event count", "nombre d evenements"),
    _f("revenue", QT_TRANSLATE_NOOP("Fields", "Revenue"), MONEY, "total revenue", "revenus totaux", "revenue"),
))

KINDS: dict[str, Kind] = {k.name: k for k in (CONTACTS, DEALS, CAMPAIGN_STATS, EMAIL_EVENTS, WORKFLOWS, COSTS, WEB_TRAFFIC)}
