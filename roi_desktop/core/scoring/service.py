"""`workspace.scoring`: the façade of lead scoring and the funnel for the GUI and the CLI.

The editor works on `Model` objects (rules.py) and calls, from a worker for anything that reads data:

- `load_matrix(progress, cancel)`: read the facts once (again only after an import or an undo);
- `preview(model, …)`: live counts (stages, score bands, each rule's reach); after a one-rule change only
  that rule's column is recomputed; each call checks `cancel` between rules, so a newer request can cancel
  the running one;
- `contacts(model, …)` / `explain(model, email)`: the contacts behind a bar, band or rule, and why;
- `backtest(model)`; `compare(a, b)` / `compare_versions(a_id, b_id)`;
- `save_version`, `versions`, `load_version`, `apply`, `export_json`, `import_json`.

Thread safety: the facts and the rule-column cache are shared by every worker (both are only ever added to);
each call reads the workspace through its own thread's connection.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from roi_desktop.core.changes import Changes
from roi_desktop.core.errors import UserError
from roi_desktop.core.kpis.engine import default_period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate
from roi_desktop.core.progress import CancelToken, Progress, no_progress
from roi_desktop.core.scoring import backtest as backtesting
from roi_desktop.core.scoring import explain as explaining
from roi_desktop.core.scoring import facts as facts_module
from roi_desktop.core.scoring import labels, model_json, validate, versions
from roi_desktop.core.scoring import preview as previewing
from roi_desktop.core.scoring.conditions import imported_columns
from roi_desktop.core.scoring.evaluate import ColumnCache, Scores, prefetch, score
from roi_desktop.core.scoring.facts import Facts, FactsChanged
from roi_desktop.core.scoring.funnel import MADE_BY, MADE_BY_DRAFT
from roi_desktop.core.scoring.rules import FIT_FIELDS, Model, starter_model
from roi_desktop.core.scoring.stages import Stages, stages
from roi_desktop.core.store import Store
from roi_desktop.core.store import scoring as store

STARTER_NAME = MessageTemplate("scoring.starter.name", QT_TRANSLATE_NOOP("Scoring", "Starter model"), "Scoring")
STARTER_GROUP = MessageTemplate("scoring.starter.group", QT_TRANSLATE_NOOP("Scoring", "E-mail engagement"),
                                "Scoring")
NO_VERSION = MessageTemplate("scoring.no_version", QT_TRANSLATE_NOOP(
    "Messages", "This model version does not exist (any more)."))
NO_ACTIVE = MessageTemplate("scoring.no_active", QT_TRANSLATE_NOOP(
    "Messages", "No scoring model is active yet: save and apply one on the Scoring & funnel page."))


@dataclass(frozen=True)
class MatrixInfo:
    """What `load_matrix` holds: contacts, activity rows, checkpoints, the evaluation day, and the seconds it
    took (0 when the facts were already loaded) with the time of each part."""

    contacts: int
    activity: int
    checkpoints: int
    evaluation_day: date
    seconds: float
    parts: dict[str, float]


@dataclass(frozen=True)
class FieldChoice:
    """A field the editor offers for fit rules: its id, how many contacts have a value (None = unknown yet)."""

    id: str
    label: Message
    contacts: int | None


@dataclass
class Evaluation:
    """A model evaluated on the loaded facts (kept for the contact list and "why" of the same model)."""

    facts: Facts
    model: Model
    scores: Scores
    stages: Stages
    problems: list[validate.Problem]


class ScoringService:
    """Lead scoring and funnel models (issue #6): rules, evaluation, versions, back-test, apply."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._facts: Facts | None = None
        self._signature: tuple[object, ...] | None = None
        self._load_lock = threading.Lock()
        self._columns = ColumnCache()
        self._last: Evaluation | None = None
        self._start = date.today()
        self._saved_models: dict[int, Model] = {}

    # ---- Facts

    def load_matrix(self, progress: Progress = no_progress, cancel: CancelToken | None = None,
                    model: Model | None = None) -> MatrixInfo:
        """Read the facts every evaluation needs (only when the data changed since the last time) and, given a
        model, the fields and activities its rules read — the editor calls it when the page opens, so that the
        live counts then only compute."""
        started = time.perf_counter()
        facts, fresh = self._load(progress, cancel)
        if model is not None:
            prefetched = time.perf_counter()
            prefetch(facts, model)
            facts.timings["fields of the model"] = time.perf_counter() - prefetched
            fresh = True
        k = facts.checkpoints
        assert k is not None
        return MatrixInfo(facts.size, len(facts.activity["contact"]), len(k.key), facts.end_date,
                          time.perf_counter() - started if fresh else 0.0, dict(facts.timings))

    def _load(self, progress: Progress, cancel: CancelToken | None) -> tuple[Facts, bool]:
        db = self.store.reader()
        signature = store.data_signature(db)
        with self._load_lock:
            if self._facts is not None and signature == self._signature:
                return self._facts, False
            period = default_period(db)
            end = period.end if period is not None else date.today()
            facts = facts_module.load(db, end, self.store.reader, progress, cancel)
            self._facts, self._signature, self._last = facts, signature, None
            self._start = period.start if period is not None else end
            self._columns.clear()
            return facts, True

    def evaluate(self, model: Model, progress: Progress = no_progress, cancel: CancelToken | None = None
                 ) -> Evaluation:
        """Score `model` (its enabled rules without a blocking problem of their own) and place contacts in
        its funnel."""
        for attempt in (1, 2):
            facts, _fresh = self._load(progress, cancel)
            last = self._last
            if last is not None and last.facts is facts and last.model == model:
                return last
            problems = validate.problems(model)
            broken = {p.rule_id for p in problems if p.blocking and p.rule_id is not None}
            rules = [r for r in model.active_rules() if r.id not in broken]
            try:
                scores = score(facts, model, rules, self._columns, cancel)
                placed = stages(facts, model, scores)
            except FactsChanged:
                if attempt == 2:
                    raise
                with self._load_lock:  # an import landed while fields were read: read everything again
                    self._signature = None
                continue
            if cancel is not None:
                cancel.check()
            evaluation = Evaluation(facts, model, scores, placed, problems)
            self._last = evaluation
            return evaluation
        raise AssertionError("unreachable")

    # ---- Editor

    def starter_model(self, translate: Callable[[str, str], str] = lambda _c, text: text) -> Model:
        """A sensible model to start from, its names in the user's language (`translate` of the front end)."""
        return starter_model(translate(STARTER_NAME.context, STARTER_NAME.text),
                             translate(STARTER_GROUP.context, STARTER_GROUP.text))

    def validate(self, model: Model) -> list[validate.Problem]:
        return validate.problems(model)

    def fields(self, progress: Progress = no_progress, cancel: CancelToken | None = None) -> list[FieldChoice]:
        """Fit fields with how many contacts have a value, then every imported column (`column:<name>`)."""
        from roi_desktop.core.scoring.conditions import match
        from roi_desktop.core.scoring.rules import Condition

        facts, _fresh = self._load(progress, cancel)
        choices = [FieldChoice(f, labels.FIELDS[f](), int(match(facts, Condition(f, "is_not_empty")).sum()))
                   for f in FIT_FIELDS]
        choices += [FieldChoice(f"column:{name}", labels.IMPORTED_COLUMN(name=name), None)
                    for name, _count in imported_columns(facts)]
        return choices

    def preview(self, model: Model, *, start: date | None = None, end: date | None = None,
                bin_width: float | None = None, progress: Progress = no_progress,
                cancel: CancelToken | None = None) -> previewing.Preview:
        """Live counts of `model` over [start, end] (default: all the data)."""
        started = time.perf_counter()
        misses = self._columns.misses
        evaluation = self.evaluate(model, progress, cancel)
        first, last = self._period(evaluation.facts, start, end)
        result = previewing.build(evaluation.facts, model, evaluation.scores, evaluation.stages, first, last,
                                  evaluation.problems, bin_width)
        result.description.append(self._made_by(model))
        result.seconds = time.perf_counter() - started
        result.computed = self._columns.misses - misses
        return result

    def contacts(self, model: Model, *, stage: str | None = None, band: tuple[float, float] | None = None,
                 rule_id: str | None = None, search: str = "", start: date | None = None, end: date | None = None,
                 limit: int = 100, offset: int = 0, cancel: CancelToken | None = None) -> explaining.ContactPage:
        """The contacts of a funnel bar (`stage`: the contacts counted in it, as the preview counts them), a
        score band [low, high), or a rule (`rule_id`: those it applies to), highest score first, each with its
        score broken down rule by rule."""
        evaluation = self.evaluate(model, cancel=cancel)
        facts = evaluation.facts
        counted = None
        if stage is not None:
            first, last = self._period(facts, start, end)
            funnel = model.funnel
            counted = evaluation.stages.counted(stage, funnel.counting, first, last, funnel.window_days) \
                if stage in evaluation.stages.keys else None
        chosen = explaining.select(facts, model, evaluation.scores, evaluation.stages, stage=stage,
                                   counted_in=counted, band=band, rule_id=rule_id, search=search)
        rows = [explaining.explain(facts, model, evaluation.scores, evaluation.stages, int(i))
                for i in chosen[offset:offset + limit]]
        return explaining.ContactPage(len(chosen), offset, rows)

    def explain(self, model: Model, email: str) -> explaining.ContactScore | None:
        """Why one contact has its score and stage (None if it is not a counted contact)."""
        evaluation = self.evaluate(model)
        contact = evaluation.facts.index_of(email.strip().lower())
        if contact is None:
            return None
        return explaining.explain(evaluation.facts, model, evaluation.scores, evaluation.stages, contact)

    def backtest(self, model: Model, progress: Progress = no_progress,
                 cancel: CancelToken | None = None) -> backtesting.Backtest:
        evaluation = self.evaluate(model, progress, cancel)
        return backtesting.backtest(evaluation.facts, model, evaluation.scores, evaluation.stages.rejected)

    def compare(self, a: Model, b: Model, *, limit: int = 1000, move: tuple[str | None, str | None] | None = None,
                cancel: CancelToken | None = None) -> versions.Comparison:
        """How contacts move between stages from model `a` to model `b`, on today's data; the contacts listed
        (`moves`, at most `limit`, biggest score change first) are those of every move, or of one `move`
        (stage under A, stage under B; None = no stage)."""
        first = self.evaluate(a, cancel=cancel)
        second = self.evaluate(b, cancel=cancel)
        return versions.compare(first.facts, (first.scores, first.stages), (second.scores, second.stages), limit,
                                move)

    def compare_versions(self, a: int, b: int, *, limit: int = 1000,
                         move: tuple[str | None, str | None] | None = None,
                         cancel: CancelToken | None = None) -> versions.Comparison:
        return self.compare(self.load_version(a), self.load_version(b), limit=limit, move=move, cancel=cancel)

    # ---- Versions

    def save_version(self, model: Model, name: str | None = None, note: str = "") -> versions.Saved:
        """Save `model` as a new version of `name` (default: the model's name); UserError when the model has
        a blocking problem (nothing is written)."""
        named = model if name is None or name == model.name else _renamed(model, name)
        blocking = validate.blocking(named)
        if blocking:
            raise UserError(blocking[0].message)
        created = datetime.now(UTC).isoformat(timespec="seconds")
        with self.store.writing() as db:
            version_id, _number = store.insert_version(db, named.name, model_json.export_text(named), note, created)
        return versions.Saved(self.version(version_id), Changes(frozenset({"scoring_models"})))

    def versions(self) -> list[versions.VersionInfo]:
        """Every saved version, latest first."""
        return [versions.VersionInfo.from_row(row) for row in store.versions(self.store.reader())]

    def version(self, version_id: int) -> versions.VersionInfo:
        row = store.version(self.store.reader(), version_id)
        if row is None:
            raise UserError(NO_VERSION())
        return versions.VersionInfo.from_row(row)

    def active_version(self) -> versions.VersionInfo | None:
        version_id = store.active_version_id(self.store.reader())
        return self.version(version_id) if version_id is not None else None

    def load_version(self, version_id: int) -> Model:
        """The model exactly as it was saved."""
        row = store.version(self.store.reader(), version_id)
        if row is None:
            raise UserError(NO_VERSION())
        return model_json.import_text(row[-1])

    def apply(self, version_id: int, progress: Progress = no_progress,
              cancel: CancelToken | None = None) -> versions.Applied:
        """Evaluate a saved version on today's data, write its scores and stage entries (replacing only its
        own earlier results) and make it the active version the KPIs read."""
        cancel = cancel or CancelToken()
        model = self.load_version(version_id)
        evaluation = self.evaluate(model, progress, cancel)
        computed = datetime.now(UTC).isoformat(timespec="seconds")
        scores_rows, entries = versions.result_rows(evaluation.facts, evaluation.scores, evaluation.stages, computed)
        cancel.check()
        with self.store.writing() as db:
            store.replace_results(db, version_id, scores_rows, entries)
        placed = evaluation.stages
        counts = {key: int(placed.reached[key].sum()) for key in placed.keys}
        current: dict[str | None, int] = {key: int((placed.current == i).sum()) for i, key in enumerate(placed.keys)}
        current[None] = int((placed.current < 0).sum())
        names = {s.key: s.name for s in model.funnel.enabled()}
        return versions.Applied(self.version(version_id), len(scores_rows), len(entries), counts, current, names,
                                evaluation.facts.end_date, Changes(versions.RESULT_TABLES))

    def rescore(self, progress: Progress = no_progress, cancel: CancelToken | None = None) -> versions.Applied:
        """Apply the active version again, on today's data (`roi-desktop score`)."""
        active = store.active_version_id(self.store.reader())
        if active is None:
            raise UserError(NO_ACTIVE())
        return self.apply(active, progress, cancel)

    def export_json(self, version_id: int) -> str:
        """A saved version as a JSON text to send a colleague."""
        info = self.version(version_id)
        return model_json.export_text(self.load_version(version_id),
                                      {"version": info.version, "saved_at": info.created_at})

    def import_json(self, text: str) -> Model:
        """The model in a JSON text (UserError with a plain sentence when malformed); nothing is written —
        the editor opens it, and saving makes it a version."""
        return model_json.import_text(text)

    # ---- Helpers

    def _made_by(self, model: Model) -> Message:
        """"Scores and stages from the model “X”, version 3 of …", or "…being edited (not saved yet)"."""
        for info in self.versions():
            saved = self._saved_models.get(info.id)
            if saved is None:
                saved = self._saved_models.setdefault(info.id, self.load_version(info.id))
            if saved == model:
                return MADE_BY(name=info.name, version=info.version, saved=info.created_at[:10])
        return MADE_BY_DRAFT()

    def _period(self, facts: Facts, start: date | None, end: date | None) -> tuple[date, date]:
        """[start, end], by default the data's whole span (KPIS §1)."""
        return start or self._start, end or facts.end_date


def _renamed(model: Model, name: str) -> Model:
    from dataclasses import replace

    return replace(model, name=name)
