"""Marketing channels and cost categories (KPIS §3.5–3.6): ids, labels, and how source labels map to them.

A contact's "Original Source", a CRM "Lead Source", a GA4 source / medium and a cost line's channel are all
free text written by different tools in different languages; KPIs compare them by channel id. The mapping is
data: labels are matched after folding accents and case, unknown labels give `other` (and are listed by the
data-quality strip), empty ones `unknown`.
"""

from __future__ import annotations

from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

CHANNELS: dict[str, str] = {
    "organic_search": QT_TRANSLATE_NOOP("Channels", "Organic search"),
    "paid_search": QT_TRANSLATE_NOOP("Channels", "Paid search"),
    "organic_social": QT_TRANSLATE_NOOP("Channels", "Social media"),
    "paid_social": QT_TRANSLATE_NOOP("Channels", "Paid social"),
    "email": QT_TRANSLATE_NOOP("Channels", "E-mail"),
    "referral": QT_TRANSLATE_NOOP("Channels", "Referral sites"),
    "direct": QT_TRANSLATE_NOOP("Channels", "Direct"),
    "events": QT_TRANSLATE_NOOP("Channels", "Events and webinars"),
    "offline": QT_TRANSLATE_NOOP("Channels", "Offline"),
    "automation": QT_TRANSLATE_NOOP("Channels", "Marketing automation"),
    "shared": QT_TRANSLATE_NOOP("Channels", "All channels"),
    "other": QT_TRANSLATE_NOOP("Channels", "Other"),
    "unknown": QT_TRANSLATE_NOOP("Channels", "Unknown"),
}

TOOL_NAMES: dict[str, str] = {
    "hubspot": "HubSpot", "brevo": "Brevo", "mailchimp": "Mailchimp", "mautic": "Mautic",
    "activecampaign": "ActiveCampaign", "plezi": "Plezi", "pipedrive": "Pipedrive", "salesforce": "Salesforce",
    "ga4": "Google Analytics", "manual": QT_TRANSLATE_NOOP("Channels", "Typed by hand"),
}
"""How tools are named to people (the ids are lower-case in data and JSON)."""


def tool_name(tool: str) -> str:
    return TOOL_NAMES.get(tool, tool)


COST_CATEGORIES: dict[str, str] = {
    "licence": QT_TRANSLATE_NOOP("CostCategories", "Tool licences"),
    "staff_time": QT_TRANSLATE_NOOP("CostCategories", "Staff time"),
    "ads": QT_TRANSLATE_NOOP("CostCategories", "Advertising"),
    "content": QT_TRANSLATE_NOOP("CostCategories", "Content"),
    "agency": QT_TRANSLATE_NOOP("CostCategories", "Agency"),
    "other": QT_TRANSLATE_NOOP("CostCategories", "Other"),
}

_SOURCE_LABELS = {
    "organic_search": ("organic search", "recherche organique", "seo", "organic", "natural search"),
    "paid_search": ("paid search", "recherche payante", "sea", "cpc", "ppc", "google ads", "adwords", "search ads"),
    "organic_social": ("social media", "reseaux sociaux", "social", "organic social"),
    "paid_social": ("paid social", "reseaux sociaux payants", "social ads", "paid social media"),
    "email": ("email marketing", "marketing par e mail", "marketing par email", "e mail", "email", "newsletter",
              "e mailing", "emailing"),
    "referral": ("referrals", "referral", "sites referents", "partenariats", "partnerships", "referral sites"),
    "direct": ("direct traffic", "trafic direct", "acces direct", "direct", "none"),
    "events": ("events", "evenements", "webinaires", "webinars", "webinar", "salons", "salon", "trade shows"),
    "offline": ("offline sources", "sources hors ligne", "hors ligne", "offline"),
    "automation": ("automatisation", "automation", "marketing automation"),
    "shared": ("tous canaux", "all channels", "crm", "site web", "website", "global", "general"),
}
_LABEL_TO_CHANNEL = {label: channel for channel, labels in _SOURCE_LABELS.items() for label in labels}

_CATEGORY_LABELS = {
    "licence": ("licence outil", "licences", "licence", "license", "tool licence", "tool license", "abonnement",
                "subscription", "software", "logiciel", "outils"),
    "staff_time": ("temps equipe", "staff time", "temps", "salaires", "staff", "personnel", "time"),
    "ads": ("publicite", "media", "ads", "advertising", "paid media", "achat media"),
    "content": ("contenu", "content", "redaction", "creation de contenu"),
    "agency": ("agence", "agency", "prestataire", "freelance"),
    "other": ("autre", "other", "divers"),
}
_LABEL_TO_CATEGORY = {label: category for category, labels in _CATEGORY_LABELS.items() for label in labels}

_SOCIAL_SITES = ("linkedin", "facebook", "instagram", "twitter", "t.co", "x.com", "youtube", "tiktok", "pinterest",
                 "lnkd.in")


def channel_of_label(label: str | None) -> str:
    """The channel of a source label written by a tool or a person ("Organic Search", "Réseaux sociaux")."""
    if label is None or not label.strip():
        return "unknown"
    return _LABEL_TO_CHANNEL.get(header_key(label), "other")


def channel_of_source_medium(source: str | None, medium: str | None) -> str:
    """The channel of a web analytics source / medium pair (GA4 "google / organic") or UTM fields."""
    source_key = (source or "").strip().lower()
    medium_key = (medium or "").strip().lower()
    social = any(site in source_key for site in _SOCIAL_SITES)
    if source_key in {"(direct)", "direct"} and medium_key in {"(none)", "(not set)", "", "none"}:
        return "direct"
    if medium_key in {"cpc", "ppc", "paid", "paidsearch", "paid_search", "sea"}:
        return "paid_social" if social else "paid_search"
    if medium_key in {"paid_social", "paidsocial", "social_paid", "social-paid"}:
        return "paid_social"
    if medium_key == "organic":
        return "organic_search"
    if medium_key in {"email", "e-mail", "newsletter"}:
        return "email"
    if social or medium_key in {"social", "social-network", "social_network", "sm"}:
        return "organic_social"
    if medium_key == "referral":
        return "referral"
    if not source_key and not medium_key:
        return "unknown"
    return channel_of_label(medium_key) if medium_key else "other"


def split_source_medium(value: str | None) -> tuple[str | None, str | None]:
    """"google / organic" → ("google", "organic")."""
    if not value:
        return None, None
    source, _, medium = value.partition(" / ")
    return source.strip() or None, medium.strip() or None


def category_of_label(label: str | None) -> str:
    """The cost category of a label typed in a costs workbook ("Licence outil" → licence)."""
    if label is None or not label.strip():
        return "other"
    return _LABEL_TO_CATEGORY.get(header_key(label), "other")
