"""Translatable messages of the core, without Qt.

The core never builds user-facing sentences by string concatenation: it returns a `Message` (a template
from the catalogue plus parameters) and the front end renders it in the user's language — the GUI through
Qt's translator (gui/i18n.py), the CLI through the same French catalogue read from the .ts file
(core/translations.py). Templates are declared with a local `QT_TRANSLATE_NOOP(context, text)` so that
`pyside6-lupdate` extracts them from the source like any `tr()` call (Vorta's convention), and every
template is registered so that a test can prove the French catalogue is complete.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Messages"
"""Translation context of every core message template."""

_REGISTRY: dict[str, MessageTemplate] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name is what lupdate looks for
    """Mark `text` for extraction into the translation catalogue; returns it unchanged."""
    return text


@dataclass(frozen=True)
class MessageTemplate:
    """A sentence with `{named}` placeholders, identified by a stable code (used in CLI JSON errors)."""

    code: str
    text: str
    context: str = CONTEXT

    def __post_init__(self) -> None:
        known = _REGISTRY.get(self.code)
        if known is not None and known.text != self.text:
            raise ValueError(f"message code {self.code!r} defined twice with different texts")
        _REGISTRY[self.code] = self

    def __call__(self, **params: Any) -> Message:
        missing = set(placeholders(self.text)) - params.keys()
        if missing:
            raise KeyError(f"{self.code}: missing parameters {sorted(missing)}")
        return Message(self, params)


@dataclass(frozen=True)
class Message:
    """A template and its parameters; rendered by the front end in the user's language."""

    template: MessageTemplate
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.template.code

    def render(self, translate: Callable[[str, str], str], format_value: Callable[[Any], str] = str) -> str:
        """The sentence, with the template translated by `translate(context, text)` and each parameter
        formatted by `format_value` (locale-aware numbers in the GUI)."""
        text = translate(self.template.context, self.template.text)
        return text.format_map({k: format_value(v) for k, v in self.params.items()})

    def english(self) -> str:
        return self.render(lambda _context, text: text, format_english)

    def __str__(self) -> str:
        return self.english()


def format_english(value: Any) -> str:
    """Plain English formatting of a message parameter: thousands separators on integers."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def placeholders(text: str) -> list[str]:
    """Names of the `{placeholders}` in a template, in order."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name]


def registered_templates() -> dict[str, MessageTemplate]:
    """Every template declared so far (import the modules first)."""
    return dict(_REGISTRY)
