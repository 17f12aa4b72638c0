"""The words of the workbook in its language: sheet names, headings, KPI names, breakdown labels, dates.

The workbook's language is chosen at export time and may differ from the interface's, so the core
translates with the same catalogue the CLI reads (core/translations.py): KPI names and formulas in context
"Kpi", channels in "Channels", cost categories in "CostCategories", and the workbook's own words in
"Workbook", declared here with QT_TRANSLATE_NOOP so that lupdate extracts them.
"""

from __future__ import annotations

from datetime import date

from roi_desktop.core.channels import CHANNELS, COST_CATEGORIES, TOOL_NAMES
from roi_desktop.core.kpis.definitions import (
    COUNT,
    DAYS,
    RATIO,
    KpiDefinition,
    all_definitions,
)
from roi_desktop.core.kpis.period import Period
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from roi_desktop.core.translations import translator

CONTEXT = "Workbook"

SPAN = QT_TRANSLATE_NOOP("Workbook", "{start} to {end}")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

UNIT_WORDS = {
    COUNT: QT_TRANSLATE_NOOP("Workbook", "number"),
    RATIO: QT_TRANSLATE_NOOP("Workbook", "percentage"),
    DAYS: QT_TRANSLATE_NOOP("Workbook", "days"),
}
BETTER_WORDS = {
    "up": QT_TRANSLATE_NOOP("Workbook", "higher"),
    "down": QT_TRANSLATE_NOOP("Workbook", "lower"),
    "neutral": QT_TRANSLATE_NOOP("Workbook", "neither"),
}
AUTOMATION_WORDS = {
    "enrolled": QT_TRANSLATE_NOOP("Workbook", "Entered a workflow"),
    "not_enrolled": QT_TRANSLATE_NOOP("Workbook", "Never in a workflow"),
}
BREAKDOWN_WORDS = {
    "by_source": QT_TRANSLATE_NOOP("Workbook", "Tool"),
    "by_channel": QT_TRANSLATE_NOOP("Workbook", "Channel"),
    "by_campaign": QT_TRANSLATE_NOOP("Workbook", "Campaign"),
    "by_workflow": QT_TRANSLATE_NOOP("Workbook", "Workflow"),
    "by_category": QT_TRANSLATE_NOOP("Workbook", "Category"),
    "by_source_medium": QT_TRANSLATE_NOOP("Workbook", "Source / medium"),
    "by_landing_page": QT_TRANSLATE_NOOP("Workbook", "Landing page"),
    "by_automation": QT_TRANSLATE_NOOP("Workbook", "Leads"),
}


class Texts:
    """Translations and date wording for one language ("en" or "fr")."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translate = translator(language)
        self.definitions: dict[str, KpiDefinition] = all_definitions()

    def __call__(self, text: str, **params: object) -> str:
        """A "Workbook" literal in the language, with its {placeholders} filled."""
        translated = self._translate(CONTEXT, text)
        return translated.format(**params) if params else translated

    def context(self, context: str, text: str) -> str:
        """A literal of another translation context (declared where it is used)."""
        return self._translate(context, text)

    def message(self, message: Message) -> str:
        return message.render(self._translate, self.number)

    def kpi(self, kpi_id: str) -> str:
        definition = self.definitions.get(kpi_id)
        return self._translate("Kpi", definition.name) if definition else kpi_id

    def kpi_text(self, text: str) -> str:
        """A tooltip or formula of the catalogue (context "Kpi")."""
        return self._translate("Kpi", text) if text else ""

    def needs(self, text: str) -> str:
        return self._translate("KpiNeeds", text) if text else ""

    def unit(self, definition: KpiDefinition, currency: str) -> str:
        return self(UNIT_WORDS[definition.unit]) if definition.unit in UNIT_WORDS else currency

    def label(self, breakdown: str, key: str) -> str:
        """How an item of a breakdown is named to people: a channel, a tool, a cost category…"""
        if breakdown == "by_channel" and key in CHANNELS:
            return self._translate("Channels", CHANNELS[key])
        if breakdown == "by_category" and key in COST_CATEGORIES:
            return self._translate("CostCategories", COST_CATEGORIES[key])
        if breakdown == "by_source":
            return self.tool(key)
        if breakdown == "by_automation" and key in AUTOMATION_WORDS:
            return self(AUTOMATION_WORDS[key])
        return key

    def tool(self, tool: str | None) -> str:
        if not tool:
            return ""
        name = TOOL_NAMES.get(tool, tool)
        return self._translate("Channels", name) if tool == "manual" else name

    def day(self, day: date) -> str:
        """A day as written in running text: 1 Jan 2025 / 01/01/2025."""
        if self.language == "fr":
            return day.strftime("%d/%m/%Y")
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"

    def period(self, period: Period) -> str:
        return self(SPAN, start=self.day(period.start), end=self.day(period.end))

    def number(self, value: object) -> str:
        """A message parameter: integers with the language's thousands separator."""
        if isinstance(value, int) and not isinstance(value, bool):
            grouped = f"{value:,}"
            return grouped.replace(",", "\u202f") if self.language == "fr" else grouped
        return str(value)
