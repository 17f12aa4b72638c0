"""A model to and from JSON: the saved versions' `definition` and the file a marketer sends a colleague.

Reading is strict: anything malformed raises `UserError` with one plain sentence naming where the problem
is (e.g. "rules › 3 › points"), and nothing is written anywhere — reading builds an object, it never touches
a workspace. What is well-formed but unwise (a negative threshold) is read, and `validate.problems` flags it
in the editor, which refuses to save it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from roi_desktop import __version__
from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.scoring.funnel import BASES, COUNTINGS, ORDERS, Funnel, Stage
from roi_desktop.core.scoring.rules import (
    ACTIVITIES,
    FIT_FIELDS,
    FORMAT,
    FORMAT_VERSION,
    FREQUENCIES,
    OPERATORS,
    Condition,
    Group,
    Model,
    Rule,
    SqlCriteria,
)
from roi_desktop.core.stages import STAGES

NOT_JSON = MessageTemplate("scoring.json.not_json", QT_TRANSLATE_NOOP(
    "Messages", "This is not a scoring model: the text is not valid JSON (line {line}, column {column})."
                " Nothing was changed."))
NOT_A_MODEL = MessageTemplate("scoring.json.not_model", QT_TRANSLATE_NOOP(
    "Messages", "This is not a scoring model exported by ROI Desktop. Nothing was changed."))
NEWER = MessageTemplate("scoring.json.newer", QT_TRANSLATE_NOOP(
    "Messages", "This scoring model comes from a newer version of ROI Desktop: update the app to open it."
                " Nothing was changed."))
MISSING = MessageTemplate("scoring.json.missing", QT_TRANSLATE_NOOP(
    "Messages", "The scoring model is incomplete: “{where}” is missing. Nothing was changed."))
NOT_NUMBER = MessageTemplate("scoring.json.not_number", QT_TRANSLATE_NOOP(
    "Messages", "The scoring model cannot be read: at “{where}”, “{value}” is not a number. Nothing was changed."))
NOT_TEXT = MessageTemplate("scoring.json.not_text", QT_TRANSLATE_NOOP(
    "Messages", "The scoring model cannot be read: at “{where}”, “{value}” is not a text. Nothing was changed."))
NOT_LIST = MessageTemplate("scoring.json.not_list", QT_TRANSLATE_NOOP(
    "Messages", "The scoring model cannot be read: “{where}” should be a list. Nothing was changed."))
UNKNOWN = MessageTemplate("scoring.json.unknown", QT_TRANSLATE_NOOP(
    "Messages", "The scoring model cannot be read: at “{where}”, “{value}” is not a known choice."
                " Nothing was changed."))

T = TypeVar("T")


def export_text(model: Model, meta: dict[str, Any] | None = None) -> str:
    """The model as pretty JSON, with `meta` (version, saved date) and the app version for the reader."""
    data = model.to_dict()
    data["exported_by"] = f"ROI Desktop {__version__}"
    if meta:
        data["saved_version"] = meta
    return json.dumps(data, ensure_ascii=False, indent=2)


def import_text(text: str) -> Model:
    """The model in `text`; UserError (plain sentence) when it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(NOT_JSON(line=error.lineno, column=error.colno)) from None
    except (ValueError, RecursionError):  # a 5,000-digit number, brackets nested thousands deep
        raise UserError(NOT_A_MODEL()) from None
    return model_from_dict(data)


def model_from_dict(data: Any) -> Model:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise UserError(NOT_A_MODEL())
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise UserError(NOT_A_MODEL())
    if version > FORMAT_VERSION:
        raise UserError(NEWER())
    read = _Reader(data, "")
    rules = tuple(_rule(r) for r in read.items("rules"))
    groups = tuple(Group(g.text("id"), g.text("name", ""), g.number("cap", None)) for g in read.items("groups"))
    sql = read.child("sql", optional=True)
    rejection = read.child("rejection", optional=True)
    return Model(
        name=read.text("name"),
        rules=rules,
        groups=groups,
        mql_threshold=read.number("mql_threshold"),
        sql=_sql(sql) if sql is not None else SqlCriteria(),
        rejection=_condition(rejection) if rejection is not None else None,
        funnel=_funnel(read.child("funnel", optional=True)),
    )


def _rule(read: _Reader) -> Rule:
    window = read.number("window_days", None)
    kind = read.choice("kind", ("fit", "engagement"))
    fields = ACTIVITIES if kind == "engagement" else FIT_FIELDS
    field = read.text("field")
    if field not in fields and not (kind == "fit" and field.startswith("column:")):
        raise UserError(UNKNOWN(where=read.where("field"), value=_shown(field)))
    return Rule(
        id=read.text("id"), kind=kind, field=field,
        operator=read.choice("operator", OPERATORS, "equals"), value=read.text("value", ""),
        points=read.number("points"), frequency=read.choice("frequency", FREQUENCIES, "once"),
        cap=read.number("cap", None),
        window_days=None if window is None else _whole(read, "window_days", window),
        half_life_days=read.number("half_life_days", None), group=read.text("group", None),
        label=read.text("label", ""), enabled=read.flag("enabled", True),
    )


def _whole(read: _Reader, key: str, value: float) -> int:
    if not float(value).is_integer():
        raise UserError(NOT_NUMBER(where=read.where(key), value=value))
    return int(value)


def _condition(read: _Reader) -> Condition:
    return Condition(read.text("field"), read.choice("operator", OPERATORS, "equals"), read.text("value", ""))


def _sql(read: _Reader) -> SqlCriteria:
    return SqlCriteria(min_score=read.number("min_score", None), deal_exists=read.flag("deal_exists", False),
                       conditions=tuple(_condition(c) for c in read.items("conditions")),
                       sales_stage=read.choice("sales_stage", STAGES, None))


def _funnel(read: _Reader | None) -> Funnel:
    if read is None:
        return Funnel()
    stages = tuple(Stage(s.choice("key", STAGES), s.text("name", ""), s.choice("basis", BASES, "imported"),
                         s.flag("enabled", True)) for s in read.items("stages"))
    window = read.number("window_days", 180)
    return Funnel(stages=stages or Funnel().stages, order=read.choice("order", ORDERS, "any"),
                  counting=read.choice("counting", COUNTINGS, "snapshot"),
                  window_days=_whole(read, "window_days", window))


_ABSENT = object()


class _Reader:
    """Typed access to one JSON object, naming the path of whatever is wrong."""

    def __init__(self, data: dict[str, Any], path: str) -> None:
        self.data = data
        self.path = path

    def where(self, key: str | int) -> str:
        return f"{self.path} › {key}" if self.path else str(key)

    def _get(self, key: str, default: Any, check: Callable[[Any], bool], error: MessageTemplate) -> Any:
        value = self.data.get(key, _ABSENT)
        if value is _ABSENT or (value is None and default is None):
            if default is _ABSENT:
                raise UserError(MISSING(where=self.where(key)))
            return default
        if not check(value):
            raise UserError(error(where=self.where(key), value=_shown(value)))
        return value

    def text(self, key: str, default: Any = _ABSENT) -> Any:
        return self._get(key, default, lambda v: isinstance(v, str), NOT_TEXT)

    def choice(self, key: str, options: tuple[str, ...] | frozenset[str], default: Any = _ABSENT) -> Any:
        return self._get(key, default, lambda v: isinstance(v, str) and v in options, UNKNOWN)

    def number(self, key: str, default: Any = _ABSENT) -> Any:
        value = self._get(key, default, _is_number, NOT_NUMBER)
        return value if value is None else float(value)

    def flag(self, key: str, default: bool) -> bool:
        return bool(self._get(key, default, lambda v: isinstance(v, bool), UNKNOWN))

    def child(self, key: str, *, optional: bool = False) -> _Reader | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, dict):
            raise UserError(MISSING(where=self.where(key)))
        return _Reader(value, self.where(key))

    def items(self, key: str) -> list[_Reader]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise UserError(NOT_LIST(where=self.where(key)))
        readers = []
        for index, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                raise UserError(NOT_LIST(where=self.where(f"{key} › {index}")))
            readers.append(_Reader(item, self.where(f"{key} › {index}")))
        return readers


def _is_number(value: Any) -> bool:
    """A finite number within ±1e9 (points, days and thresholds far beyond it overflowed the evaluation)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and abs(value) <= 1e9


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"
