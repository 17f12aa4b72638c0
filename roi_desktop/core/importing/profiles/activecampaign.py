"""ActiveCampaign exports: contacts, the campaigns performance report and the automations overview (§3).

Column spellings of the contacts and campaigns exports are not documented publicly (EXPORT-FORMATS §3: low
confidence), so their signatures ask for several columns together; other spellings go through mapping.
"""

from roi_desktop.core.importing.profiles import Profile
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

PROFILES = (
    Profile(
        id="activecampaign.contacts",
        source="activecampaign",
        kind="contacts",
        label=QT_TRANSLATE_NOOP("Profiles", "ActiveCampaign contacts"),
        requires=("Email", "First Name", "Last Name", "Tags", "Date Created"),
        columns={
            "email": ("Email",),
            "first_name": ("First Name",),
            "last_name": ("Last Name",),
            "phone": ("Phone",),
            "company": ("Organization", "Account"),
            "tags": ("Tags",),
            "created_at": ("Date Created",),
            "status": ("Status",),
        },
        day_first=False,
    ),
    Profile(
        id="activecampaign.campaigns",
        source="activecampaign",
        kind="campaign_stats",
        label=QT_TRANSLATE_NOOP("Profiles", "ActiveCampaign campaigns report"),
        requires=("Campaign Name", "Sends", "Unique Opens"),
        columns={
            "campaign": ("Campaign Name",),
            "type": ("Type",),
            "sent_at": ("Send Date",),
            "sent": ("Sends",),
            "total_opens": ("Opens",),
            "unique_opens": ("Unique Opens",),
            "vendor_open_rate": ("Open Rate",),
            "total_clicks": ("Clicks",),
            "unique_clicks": ("Unique Clicks",),
            "vendor_click_rate": ("Click Rate",),
            "unsubscribes": ("Unsubscribes",),
            "bounces": ("Bounces",),
            "forwards": ("Forwards",),
        },
        day_first=False,
    ),
    Profile(
        id="activecampaign.automations",
        source="activecampaign",
        kind="workflows",
        label=QT_TRANSLATE_NOOP("Profiles", "ActiveCampaign automations"),
        requires=("Automation", "Total Entries", "Total Completions"),
        columns={
            "name": ("Automation",),
            "labels": ("Business Goals/ Labels", "Labels"),
            "last_edited_at": ("Last Edited",),
            "current_contacts": ("Current Contacts",),
            "enrolled": ("Total Entries",),
            "completed": ("Total Completions",),
            "email_sends": ("Email Sends",),
            "conversions": ("Total Conversions",),
        },
        day_first=False,
        constants={"tool": "activecampaign"},
    ),
)
