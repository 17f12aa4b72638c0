"""Pipedrive deals export, English or French UI ("Deal - …" / "Affaire - …" columns; EXPORT-FORMATS §6.1)."""

from roi_desktop.core.importing.profiles import Profile
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

PROFILES = (
    Profile(
        id="pipedrive.deals",
        source="pipedrive",
        kind="deals",
        label=QT_TRANSLATE_NOOP("Profiles", "Pipedrive deals"),
        requires=(),
        requires_any=(("Deal - Title", "Affaire - Titre"), ("Deal - Status", "Affaire - Statut")),
        columns={
            "external_id": ("Deal - ID", "Affaire - ID"),
            "name": ("Deal - Title", "Affaire - Titre"),
            "owner": ("Deal - Owner", "Affaire - Propriétaire"),
            "amount": ("Deal - Value", "Affaire - Valeur"),
            "currency": ("Deal - Currency of Value", "Deal - Currency", "Affaire - Devise de la valeur"),
            "company": ("Deal - Organization", "Affaire - Organisation"),
            "pipeline": ("Deal - Pipeline", "Affaire - Pipeline"),
            "contact_name": ("Deal - Contact person", "Affaire - Personne à contacter"),
            "stage": ("Deal - Stage", "Deal - Stage (pipeline)", "Affaire - Étape"),
            "status": ("Deal - Status", "Affaire - Statut"),
            "created_at": ("Deal - Deal created", "Deal - Add time", "Affaire - Affaire créée"),
            "won_at": ("Deal - Won time", "Affaire - Date de gain"),
            "lost_at": ("Deal - Lost time", "Affaire - Heure de l'échec"),
            "closed_at": ("Deal - Deal closed on", "Affaire - Affaire conclue le"),
            "lost_reason": ("Deal - Lost reason", "Affaire - Raison de la perte"),
            "expected_close_at": ("Deal - Expected close date", "Affaire - Date de clôture prévue"),
            "contact_email": ("Person - Email", "Person - Email (Work)", "Personne - E-mail"),
            "lead_source": ("Deal - Source channel", "Deal - Source origin", "Affaire - Canal source"),
        },
    ),
)
