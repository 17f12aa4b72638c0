"""The `Workspace` façade: the one entry point through which the GUI and the CLI reach the core.

Like Anki's Collection, it owns the open store and hands out plain data (dataclasses) and `Changes`;
callers never see SQL or connections. Feature areas hang off it as attributes as they are built
(`imports`, `kpis`, `scoring`, `reports`), each a small service object taking the store.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roi_desktop.core.changes import Changes
from roi_desktop.core.errors import UserError, WorkspaceError
from roi_desktop.core.kpis import engine as kpi_engine
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.progress import CancelToken, Progress, no_progress
from roi_desktop.core.store import Store, open_store
from roi_desktop.core.store import batches as batch_store
from roi_desktop.core.store import backups, browse, overview, privacy
from roi_desktop.core.store import settings as settings_store
from roi_desktop.core.store.connection import READ_ONLY, WORKSPACE_SUFFIX

if TYPE_CHECKING:
    from roi_desktop.core.costs.service import CostService
    from roi_desktop.core.importing.pipeline import Importer
    from roi_desktop.core.reporting.service import ReportService
    from roi_desktop.core.scoring.service import ScoringService
    from roi_desktop.core.usage.service import UsageService

BAD_ADDRESS = MessageTemplate(
    "privacy.bad_address",
    QT_TRANSLATE_NOOP("Messages", "“{address}” is not an e-mail address: type the person's address in full."),
)
MIGRATED = MessageTemplate(
    "workspace.migrated",
    QT_TRANSLATE_NOOP(
        "Messages",
        "The workspace “{name}” was updated to this version of ROI Desktop. A copy of the previous file was kept"
        " in “{backup}”.",
    ),
)


def _importer() -> type:
    from roi_desktop.core.importing.pipeline import Importer

    return Importer


def _usage() -> type:
    from roi_desktop.core.usage.service import UsageService

    return UsageService


def _scoring() -> type:
    from roi_desktop.core.scoring.service import ScoringService

    return ScoringService


def _reports() -> type:
    from roi_desktop.core.reporting.service import ReportService

    return ReportService


def _costs() -> type:
    from roi_desktop.core.costs.service import CostService

    return CostService


_SERVICES: dict[str, Any] = {"imports": _importer, "usage": _usage, "scoring": _scoring, "reports": _reports,
                             "costs": _costs}
"""Feature service name → the function importing its class (on first use, see `Workspace._service`)."""


class Workspace:
    """An open workspace.

    Attributes:
        path: the .roidb file.
        read_only: nothing can be imported or edited.
        notices: sentences to show once after opening (updated from an older version, opened read-only).
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._services: dict[str, Any] = {}
        self._services_lock = threading.Lock()
        self.notices: list[Message] = []
        if store.read_only:
            self.notices.append(READ_ONLY(name=store.path.name))
        if store.backup_path is not None:
            self.notices.append(MIGRATED(name=store.path.name, backup=str(store.backup_path.parent)))

    # ---- Feature services, made on first use: `roi-desktop kpis` never imports the importer, the scorer, the
    # workbook writer or the cost ledger (a third of its start-up at scale 38).

    def _service(self, name: str) -> Any:
        service = self._services.get(name)
        if service is None:
            with self._services_lock:
                service = self._services.get(name)
                if service is None:
                    service = self._services[name] = _SERVICES[name]()(self.store)
        return service

    @property
    def imports(self) -> Importer:
        return self._service("imports")

    @property
    def usage(self) -> UsageService:
        return self._service("usage")

    @property
    def scoring(self) -> ScoringService:
        return self._service("scoring")

    @property
    def reports(self) -> ReportService:
        return self._service("reports")

    @property
    def costs(self) -> CostService:
        return self._service("costs")

    # ---- Opening and closing

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Workspace:
        """Open an existing workspace; raises WorkspaceError (one plain sentence) when it cannot be."""
        return cls(open_store(path, read_only=read_only))

    @classmethod
    def create(cls, path: Path | str) -> Workspace:
        """Open `path`, creating an empty workspace there if no file exists."""
        return cls(open_store(with_suffix(path), create=True))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- Properties

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def name(self) -> str:
        return self.store.path.stem

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    # ---- Contents

    def summary(self) -> overview.WorkspaceSummary:
        return overview.summary(self.store.reader())

    def batches(self, *, include_undone: bool = True) -> list[batch_store.BatchInfo]:
        return batch_store.list_batches(self.store.reader(), include_undone=include_undone)

    def browse(self, table_id: str, *, search: str = "", order_by: str | None = None, descending: bool = False,
               offset: int = 0, limit: int = 200) -> browse.Page:
        """A page of rows of a browsable table (core/tables.py), filtered by `search`."""
        return browse.browse(self.store.reader(), table_id, search=search, order_by=order_by,
                             descending=descending, offset=offset, limit=limit)

    def undo(self, batch_id: int, *, progress: Progress = no_progress, cancel: CancelToken | None = None) -> Changes:
        """Remove everything one import brought in (and restore what it overwrote), after a backup copy."""
        self.store.safety_copy("before-undo", progress=progress, cancel=cancel)
        with self.store.writing() as db:
            tables = batch_store.undo_batch(db, batch_id)
        return Changes(frozenset(tables), (batch_id,))

    # ---- KPIs

    def kpis(self, period: Period | None = None, *, overrides: dict[str, Any] | None = None,
             filter: Any = None) -> KpiReport:
        """The KPI catalogue over `period` (default: all data); `overrides` replace settings for this run;
        `filter` (a kpis.filters.KpiFilter) counts only some tools and channels (None: all)."""
        return kpi_engine.compute(self.store.reader(), period, overrides=overrides, filter=filter)

    def kpi_filter_choices(self) -> Any:
        """What the KPIs can be filtered by (kpis.filters.FilterChoices): the tools and channels present, with
        how many rows carry each, most first."""
        from roi_desktop.core.kpis.filters import choices

        return choices(self.store.reader())

    def attribution(self, period: Period | None = None, *, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
        """The six attribution models side by side over `period` (the ROI page): model → Attribution, with
        cents by channel, campaign and workflow and whether the data supports the model. Only the
        `attribution_model` setting feeds the KPIs."""
        from roi_desktop.core.kpis.attribution import side_by_side

        return side_by_side(self.store.reader(), period, overrides)

    def data_quality(self, period: Period | None = None) -> list[Any]:
        """What weakens the figures (the Overview's strip), worst first."""
        from roi_desktop.core.kpis.quality import data_quality

        return data_quality(self.store.reader(), period)

    def ab_candidates(self) -> list[Any]:
        """Campaigns an A/B test can compare (abtest.Candidate), latest send first."""
        from roi_desktop.core.kpis.abtest import candidates

        return candidates(self.store.reader())

    def ab_test(self, campaign_a: int, campaign_b: int, metric: str = "click_rate") -> Any:
        """The A/B test of two campaigns on click_rate (or open_rate, indicative): an abtest.AbTest."""
        from roi_desktop.core.kpis.abtest import ab_test
        from roi_desktop.core.kpis.context import effective_settings

        alpha = effective_settings(self.settings())["ab_alpha"]
        return ab_test(self.store.reader(), campaign_a, campaign_b, metric, float(alpha))

    def default_period(self) -> Period | None:
        return kpi_engine.default_period(self.store.reader())

    # ---- Privacy

    def person_footprint(self, email: str, *, progress: Progress = no_progress, cancel: CancelToken | None = None
                         ) -> privacy.Footprint:
        """Where the person with this address appears (shown before erasing); raises UserError on a bad address."""
        return privacy.footprint(self.store.reader(), _person_address(email), progress, cancel)

    def erase_person(self, email: str, *, delete_backups: bool = True, progress: Progress = no_progress,
                     cancel: CancelToken | None = None) -> Changes:
        """Erase the person with this address while keeping every count (store/privacy.py).

        No backup is taken — it would hold the person — and with `delete_backups` the existing copies, which
        still do, are deleted."""
        address = _person_address(email)
        with self.store.writing_securely() as db:
            erasure = privacy.erase(db, address, progress, cancel)
        if delete_backups:
            backups.delete_all(self.path)
        return Changes(frozenset(erasure.rows) | {"activity_log"})

    # ---- Settings

    def settings(self) -> dict[str, Any]:
        return settings_store.read_settings(self.store.reader())

    def set_settings(self, values: dict[str, Any]) -> Changes:
        with self.store.writing() as db:
            changed = settings_store.write_settings(db, values)
        return Changes(settings=frozenset(changed))


def restore_backup(path: Path, copy: Path) -> None:
    """Put the backup `copy` in place of the (closed) workspace at `path`, after backing up its present state
    — so that a restore can itself be reverted. Raises WorkspaceError when the workspace is in use or read-only."""
    with Workspace.open(path) as workspace:
        if workspace.read_only:
            raise WorkspaceError(READ_ONLY(name=path.name))
        backups.backup(path, "before-restore")
    backups.restore(path, copy)


def _person_address(email: str) -> str:
    from roi_desktop.core.importing.normalise import is_valid_email, normalise_email

    address = normalise_email(email)
    if not is_valid_email(address):
        raise UserError(BAD_ADDRESS(address=email.strip()))
    return address


def with_suffix(path: Path | str) -> Path:
    """`path` with the .roidb suffix added when the user typed a bare name."""
    path = Path(path)
    return path if path.suffix.lower() == WORKSPACE_SUFFIX else path.with_name(path.name + WORKSPACE_SUFFIX)
