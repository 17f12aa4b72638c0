"""Hand-kept workbooks: the monthly costs ledger and the inventory of workflows (fixtures' manual/ folder).

Nobody's tool exports costs or workflow triggers, so teams keep them in Excel; these profiles recognise the
usual French and English column names. A team's own layout goes through the mapping step once.
"""

from roi_desktop.core.importing.profiles import Profile
from roi_desktop.core.messages import QT_TRANSLATE_NOOP

PROFILES = (
    Profile(
        id="manual.costs",
        source="manual",
        kind="costs",
        label=QT_TRANSLATE_NOOP("Profiles", "Costs workbook"),
        requires=(),
        requires_any=(
            ("Mois", "Month", "Période", "Period"),
            ("Montant", "Montant (€)", "Montant HT", "Amount", "Coût", "Cost"),
            ("Catégorie", "Category", "Type de coût"),
        ),
        columns={
            "month": ("Mois", "Month", "Période", "Period"),
            "category": ("Catégorie", "Category", "Type de coût"),
            "item": ("Poste", "Item", "Libellé", "Description", "Fournisseur"),
            "channel": ("Canal", "Channel"),
            "amount": ("Montant (€)", "Montant", "Montant HT", "Amount", "Coût", "Cost"),
            "currency": ("Devise", "Currency"),
            "note": ("Commentaire", "Comment", "Note", "Remarque"),
        },
        day_first=True,
        decimal_comma=True,
    ),
    Profile(
        id="manual.workflows",
        source="manual",
        kind="workflows",
        label=QT_TRANSLATE_NOOP("Profiles", "Workflow inventory"),
        requires=(),
        requires_any=(
            ("Nom du workflow", "Workflow", "Workflow name", "Nom du scénario", "Scénario"),
            ("Statut", "Status"),
            ("Déclencheur", "Trigger", "Objectif", "Goal"),
        ),
        columns={
            "tool": ("Outil", "Tool", "Plateforme"),
            "name": ("Nom du workflow", "Workflow name", "Workflow", "Nom du scénario", "Scénario"),
            "status": ("Statut", "Status"),
            "trigger": ("Déclencheur", "Trigger"),
            "goal": ("Objectif", "Goal"),
            "enrolled": ("Contacts inscrits", "Enrolled", "Contacts enrolled"),
            "emails_configured": ("E-mails dans le workflow", "E-mails", "Emails in workflow"),
            "created_at": ("Créé le", "Created", "Created on"),
        },
        day_first=True,
    ),
)
