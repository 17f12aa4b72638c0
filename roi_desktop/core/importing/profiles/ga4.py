"""Google Analytics 4 traffic-acquisition download ('#' preamble, grand-total row; EXPORT-FORMATS §7)."""

from roi_desktop.core.importing.profiles import Profile
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

_DIMENSIONS = ("day", "source_medium", "traffic_source", "medium", "campaign", "landing_page", "channel_group")

PROFILES = (
    Profile(
        id="ga4.traffic",
        source="ga4",
        kind="web_traffic",
        label=QT_TRANSLATE_NOOP("Profiles", "Google Analytics 4 traffic"),
        requires=(),
        requires_any=(
            ("Sessions",),
            ("Session source / medium", "Session source", "Session medium", "Session campaign",
             "Session primary channel group (Default Channel Group)", "Session default channel group",
             "Source/support de la session", "Groupe de canaux par défaut de la session", "Landing page + query string"),
        ),
        columns={
            "day": ("Date",),
            "source_medium": ("Session source / medium", "Source/support de la session"),
            "traffic_source": ("Session source", "Source de la session"),
            "medium": ("Session medium", "Support de la session"),
            "campaign": ("Session campaign", "Campagne de la session"),
            "landing_page": ("Landing page + query string", "Landing page", "Page de destination"),
            "channel_group": ("Session primary channel group (Default Channel Group)", "Session default channel group",
                              "Groupe de canaux par défaut de la session"),
            "sessions": ("Sessions",),
            "engaged_sessions": ("Engaged sessions", "Sessions avec engagement"),
            "users": ("Total users", "Active users", "Utilisateurs actifs"),
            "new_users": ("New users", "Nouveaux utilisateurs"),
            "key_events": ("Key events", "Conversions", "Événements clés"),
            "event_count": ("Event count", "Nombre d'événements"),
            "revenue": ("Total revenue", "Revenus totaux"),
        },
        percent="fraction",
        total_when_empty=_DIMENSIONS,
    ),
)
