"""Mailchimp exports: audience files (subscribed / unsubscribed / cleaned) and the campaigns report (§4)."""

from roi_desktop.core.importing.profiles import Profile
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

PROFILES = (
    Profile(
        id="mailchimp.audience",
        source="mailchimp",
        kind="contacts",
        label=QT_TRANSLATE_NOOP("Profiles", "Mailchimp audience"),
        requires=("Email Address", "MEMBER_RATING"),
        requires_any=(("LEID", "EUID", "OPTIN_TIME"),),
        columns={
            "email": ("Email Address",),
            "first_name": ("First Name", "Prénom"),
            "last_name": ("Last Name", "Nom"),
            "company": ("Company", "Société", "Entreprise", "Organization"),
            "phone": ("Phone Number", "Téléphone"),
            "created_at": ("OPTIN_TIME", "CONFIRM_TIME"),
            "unsubscribed_at": ("UNSUB_TIME",),
            "bounced_at": ("CLEAN_TIME",),
            "tags": ("TAGS",),
            "external_id": ("LEID",),
        },
    ),
    Profile(
        id="mailchimp.campaigns",
        source="mailchimp",
        kind="campaign_stats",
        label=QT_TRANSLATE_NOOP("Profiles", "Mailchimp campaigns report"),
        requires=("Send Date", "Unique Id"),
        requires_any=(("Open Rate", "Successful Deliveries", "Total Recipients"),),
        columns={
            "campaign_id": ("Unique Id",),
            "campaign": ("Title",),
            "subject": ("Subject",),
            "list_name": ("List",),
            "sent_at": ("Send Date",),
            "sent": ("Total Recipients",),
            "delivered": ("Successful Deliveries",),
            "soft_bounces": ("Soft Bounces",),
            "hard_bounces": ("Hard Bounces",),
            "bounces": ("Total Bounces",),
            "forwards": ("Times Forwarded",),
            "unique_opens": ("Unique Opens",),
            "vendor_open_rate": ("Open Rate",),
            "total_opens": ("Total Opens",),
            "unique_clicks": ("Unique Clicks",),
            "vendor_click_rate": ("Click Rate",),
            "total_clicks": ("Total Clicks",),
            "unsubscribes": ("Unsubscribes",),
            "complaints": ("Abuse Complaints",),
        },
        day_first=False,
        constants={"automated": False},
    ),
)
