"""Salesforce opportunity report ("Details Only" export, footer lines after the data; EXPORT-FORMATS §6.2).

Reports carry no record id: the opportunity name is the natural key. Dates and numbers follow the user's
locale (a French user gets dd/mm/yyyy and decimal commas), decided from the data.
"""

from roi_desktop.core.importing.profiles import Profile
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

PROFILES = (
    Profile(
        id="salesforce.opportunities",
        source="salesforce",
        kind="deals",
        label=QT_TRANSLATE_NOOP("Profiles", "Salesforce opportunities report"),
        requires=("Opportunity Name", "Stage", "Close Date"),
        columns={
            "external_id": ("Opportunity ID", "Opportunity Name"),
            "name": ("Opportunity Name",),
            "company": ("Account Name",),
            "owner": ("Opportunity Owner",),
            "amount": ("Amount",),
            "currency": ("Opportunity Currency", "Amount Currency"),
            "closed_at": ("Close Date",),
            "stage": ("Stage",),
            "created_at": ("Created Date",),
            "lead_source": ("Lead Source",),
            "deal_type": ("Type",),
        },
    ),
)
