"""The KPI catalogue of KPIS.md, one module per area, registered in catalogue order on import."""

from roi_desktop.core.kpis.catalogue import (  # noqa: F401 - importing registers
    contacts,
    email,
    funnel,
    deals,
    costs,
    web,
    workflows,
    social,
)
