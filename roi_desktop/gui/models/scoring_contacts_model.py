"""The contacts behind a bar, a band or a rule, and one contact's score broken down rule by rule.

Both models show core results as they came (`explain.ContactScore`): the contact list one contact per row,
highest score first, loaded a page at a time as the view scrolls (`canFetchMore`/`fetchMore` ask the page for
the next rows, which a worker fetches and `append` adds); the breakdown one row per rule that gave points, then one per group cap that cut them,
so that the points column adds up to the contact's score.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.scoring import labels
from roi_desktop.core.scoring.explain import ContactScore
from roi_desktop.core.scoring.rules import Model
from roi_desktop.gui.i18n import format_day, tr
from roi_desktop.gui.models.scoring_rules_model import rule_summary

RAW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

CONTACT_HEADERS = (
    QT_TRANSLATE_NOOP("ScoringPage", "E-mail"),
    QT_TRANSLATE_NOOP("ScoringPage", "Name"),
    QT_TRANSLATE_NOOP("ScoringPage", "Company"),
    QT_TRANSLATE_NOOP("ScoringPage", "Score"),
    QT_TRANSLATE_NOOP("ScoringPage", "Furthest stage"),
)
SCORE = 3
BREAKDOWN_HEADERS = (
    QT_TRANSLATE_NOOP("ScoringPage", "Why"),
    QT_TRANSLATE_NOOP("ScoringPage", "Points"),
    QT_TRANSLATE_NOOP("ScoringPage", "Times"),
    QT_TRANSLATE_NOOP("ScoringPage", "Last time"),
)
POINTS = 1


def points_text(value: float) -> str:
    """Signed points with one decimal at most, as the locale writes numbers."""
    text = QLocale().toString(float(round(value, 1)), "g", 8).replace("-", "−")
    return text if text.startswith("−") else "+" + text


def stage_text(model: Model | None, key: str | None) -> str:
    stage = model.funnel.stage(key) if model is not None and key is not None else None
    return stage.name.strip() if stage is not None and stage.name.strip() else labels.stage_label(key, tr)


class _Table(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return QCoreApplication.translate("ScoringPage", self.headers[section])
        return None

    def column_values(self, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
        return [self.data(self.index(row, column), role) for row in range(self.rowCount())]

    def _rows(self) -> int:
        return 0


class ContactsModel(_Table):
    """Contacts, highest score first; `total` of them match, the rows loaded so far are `contacts`.

    Signals:
        fetch_requested(int): the view scrolled to the end: fetch the contacts from this offset on.
    """

    headers = CONTACT_HEADERS
    fetch_requested = Signal(int)
    """Load the next contacts of the same list, from this row on (answer with `append`)."""

    def __init__(self) -> None:
        super().__init__()
        self.contacts: list[ContactScore] = []
        self.model: Model | None = None
        self.total = 0
        self.fetching = False

    def set_contacts(self, contacts: list[ContactScore], model: Model | None, total: int | None = None) -> None:
        """A new list: its first rows, and how many contacts it holds in all (default: these)."""
        self.beginResetModel()
        self.contacts, self.model = list(contacts), model
        self.total = len(self.contacts) if total is None else max(total, len(self.contacts))
        self.fetching = False
        self.endResetModel()

    def append(self, offset: int, contacts: list[ContactScore]) -> None:
        """Add the rows fetched from `offset` (ignored when they are not the next ones)."""
        self.fetching = False
        if offset != len(self.contacts):
            return
        if not contacts:
            self.total = len(self.contacts)
            return
        self.beginInsertRows(QModelIndex(), len(self.contacts), len(self.contacts) + len(contacts) - 1)
        self.contacts.extend(contacts)
        self.endInsertRows()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.fetching and len(self.contacts) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.fetching = True
            self.fetch_requested.emit(len(self.contacts))

    def _rows(self) -> int:
        return len(self.contacts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.contacts):
            return None
        contact, column = self.contacts[index.row()], index.column()
        if role == RAW_ROLE:
            return contact.score if column == SCORE else self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return contact.email
        if column == 1:
            return " ".join(p for p in (contact.first_name, contact.last_name) if p)
        if column == 2:
            return contact.company or ""
        if column == SCORE:
            return QLocale().toString(float(round(contact.score, 1)), "g", 8).replace("-", "−")
        return stage_text(self.model, contact.stage)


@dataclass(frozen=True)
class BreakdownRow:
    """One line of a score: a rule's points, or a group cap's cut (negative)."""

    text: str
    points: float
    times: int | None = None
    last: str | None = None


class BreakdownModel(_Table):
    """Rule by rule, the points a contact got; the points add up to its score."""

    headers = BREAKDOWN_HEADERS

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[BreakdownRow] = []

    def set_contact(self, contact: ContactScore | None, model: Model | None) -> None:
        rows: list[BreakdownRow] = []
        if contact is not None and model is not None:
            known = {r.id: r for r in model.rules}
            for part in contact.rules:
                rule = known.get(part.rule_id)
                rows.append(BreakdownRow(rule_summary(rule) if rule is not None else part.rule_id, part.points,
                                         part.occurrences, part.last_day.isoformat() if part.last_day else None))
            for cap in contact.caps:
                group = model.group(cap.group_id)
                text = QCoreApplication.translate("ScoringPage", "Cap of the group “%1”") \
                    .replace("%1", group.name if group is not None else cap.group_id)
                rows.append(BreakdownRow(text, cap.after - cap.before))
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def total(self) -> float:
        return sum(r.points for r in self.rows)

    def _rows(self) -> int:
        return len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == RAW_ROLE:
            return row.points if column == POINTS else self.data(index)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (POINTS, 2):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return QCoreApplication.translate("ScoringPage", "How many times it happened within the rule's time"
                                                             " window.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return row.text
        if column == POINTS:
            return points_text(row.points)
        if column == 2:
            return "" if row.times is None else str(row.times)
        return format_day(row.last) if row.last else ""
