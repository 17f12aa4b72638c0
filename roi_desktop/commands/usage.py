"""`roi-desktop usage WORKSPACE [--json]`: the usage audit over all the data, as text or JSON (DESIGN §7).

The JSON is `UsageAudit.to_json` (period, currency, emails, workflows, checks, contacts, score); the text
prints the same sections for a person. A workspace that cannot be opened exits 1 with one sentence.
"""

from __future__ import annotations

import argparse
from typing import Any

from roi_desktop.core.channels import tool_name
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate
from roi_desktop.core.usage.audit import UsageAudit

NO_DATA = MessageTemplate("usage.cli.no_data", QT_TRANSLATE_NOOP(
    "Messages", "This workspace holds no data yet: import your exports first."))

C = "UsageCli"
MARKS = {"critical": "‼", "warning": "⚠", "notice": "•"}
T = {
    "score": QT_TRANSLATE_NOOP("UsageCli", "Usage score"),
    "emails": QT_TRANSLATE_NOOP("UsageCli", "E-mails sent through your tools"),
    "sent": QT_TRANSLATE_NOOP("UsageCli", "E-mails sent"),
    "automated": QT_TRANSLATE_NOOP("UsageCli", "Automated (workflows)"),
    "one_off": QT_TRANSLATE_NOOP("UsageCli", "One-off campaigns"),
    "share": QT_TRANSLATE_NOOP("UsageCli", "Share automated"),
    "trend": QT_TRANSLATE_NOOP("UsageCli", "Share automated, last %1 months: %2 (%3 pt on the %1 months before)"),
    "by_tool": QT_TRANSLATE_NOOP("UsageCli", "By tool"),
    "by_month": QT_TRANSLATE_NOOP("UsageCli", "By month"),
    "workflows": QT_TRANSLATE_NOOP("UsageCli", "Workflows"),
    "checks": QT_TRANSLATE_NOOP("UsageCli", "Hygiene checks"),
    "no_issue": QT_TRANSLATE_NOOP("UsageCli", "no issue"),
    "not_judged": QT_TRANSLATE_NOOP("UsageCli", "cannot be judged"),
    "issues": QT_TRANSLATE_NOOP("UsageCli", "issue(s)"),
    "contacts": QT_TRANSLATE_NOOP("UsageCli", "Contacts and licences"),
    "total": QT_TRANSLATE_NOOP("UsageCli", "Total contacts"),
    "engaged": QT_TRANSLATE_NOOP("UsageCli", "Engaged contacts (clicked in the last %1 days)"),
    "silent": QT_TRANSLATE_NOOP("UsageCli", "Never engaged in %1 months (sunset list)"),
    "licence": QT_TRANSLATE_NOOP("UsageCli", "Licence costs"),
    "per_engaged": QT_TRANSLATE_NOOP("UsageCli", "Cost per engaged contact"),
}


def run(args: argparse.Namespace, out: Any) -> int:
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as workspace:
        audit = workspace.usage.audit()
    if out.as_json:
        out.emit_json(audit.to_json(out.text))
        return 0
    if audit.period is None:
        out.say(NO_DATA())
        return 0
    _Text(out, audit).print()
    return 0


class _Text:
    """The audit for a person reading a terminal."""

    def __init__(self, out: Any, audit: UsageAudit) -> None:
        self.out, self.audit = out, audit

    def t(self, key: str) -> str:
        return self.out.translate(C, T[key])

    def tool(self, source: str) -> str:
        return self.out.translate("Channels", tool_name(source))

    def value(self, value: float | None, unit: str) -> str:
        return "—" if value is None else self.out.kpi_value(value, unit)

    def line(self, label: str, shown: str, indent: int = 2) -> None:
        print(f"{' ' * indent}{label:<54} {shown:>16}")

    def print(self) -> None:
        from roi_desktop.cli import PERIOD_LINE

        audit = self.audit
        print(self.out.text(PERIOD_LINE(start=audit.period.first, end=audit.period.last)))
        self.score()
        self.emails()
        self.workflows()
        self.checks()
        self.contacts()

    def score(self) -> None:
        score = self.audit.score
        print()
        shown = "—" if score.value is None else f"{self.value(round(score.value), 'count')} / 100"
        self.line(self.t("score"), shown, 0)
        print("  " + self.out.text(score.formula))
        from roi_desktop.core.usage.score import PART_NAMES

        for part in score.parts:
            counts = "" if part.value is None else (f"  ({self.value(part.numerator, 'count')} / "
                                                    f"{self.value(part.denominator, 'count')})")
            self.line(self.out.text(PART_NAMES[part.key]()), self.value(part.value, "ratio") + counts)
        for note in score.notes + ([score.reason] if score.reason else []):
            print("  " + self.out.text(note))

    def emails(self) -> None:
        emails = self.audit.emails
        print()
        print(self.t("emails"))
        if emails.reason is not None:
            print("  " + self.out.text(emails.reason.message))
            return
        for key, value, unit in (("sent", emails.total.sent, "count"), ("automated", emails.total.automated, "count"),
                                 ("one_off", emails.total.one_off, "count"), ("share", emails.total.share, "ratio")):
            self.line(self.t(key), self.value(value, unit))
        trend = emails.trend
        if trend is not None and trend.share_points is not None:
            print("  " + self.t("trend").replace("%1", str(len(trend.recent)))
                  .replace("%2", self.value(trend.recent_counts.share, "ratio"))
                  .replace("%3", ("+" if trend.share_points > 0 else "") + self.value(trend.share_points, "count")))
        print("  " + self.t("by_tool"))
        for source, counts in emails.by_source.items():
            self.line(
                self.tool(source), f"{self.value(counts.sent, 'count')}  ({self.value(counts.share, 'ratio')})", 4
            )
        print("  " + self.t("by_month"))
        for month, counts in emails.by_month.items():
            self.line(month, f"{self.value(counts.sent, 'count')}  ({self.value(counts.share, 'ratio')})", 4)

    def workflows(self) -> None:
        from roi_desktop.core.kpis.definitions import all_definitions

        print()
        print(self.t("workflows"))
        definitions = all_definitions()
        for result in self.audit.workflow_kpis.values():
            if result is not None:
                self.line(self.out.translate("Kpi", definitions[result.id].name), self.value(result.value, result.unit))
        for row in self.audit.workflows:
            state = row.status or "?"
            sent = (
                self.value(row.emails_sent, "count")
                if row.emails_sent
                else (self.value(row.undated_sends, "count") if row.undated_sends else "0")
            )
            print(
                f"    {row.name[:40]:<40} {self.tool(row.source):<15} {state:<10} "
                f"{self.value(row.enrolled, 'count'):>8} {sent:>8}  {'⚠' * len(row.issues)}"
            )

    def checks(self) -> None:
        from roi_desktop.core.usage.check_messages import TITLES

        print()
        print(self.t("checks"))
        for result in self.audit.checks:
            status = (
                f"{len(result.findings)} {self.t('issues')}"
                if result.findings
                else self.t("no_issue")
                if result.judged
                else self.t("not_judged")
            )
            self.line(self.out.text(TITLES[result.check]()), status)
            for finding in result.findings:
                print(f"    {MARKS[finding.level]} {self.out.text(finding.message)}")
                print(f"      → {self.out.text(finding.fix)}")
            for note in result.notes:
                print(f"    ℹ {self.out.text(note)}")

    def contacts(self) -> None:
        contacts = self.audit.contacts
        currency = contacts.currency
        print()
        print(self.t("contacts"))
        self.line(self.t("total"), self.value(contacts.total.value, "count"))
        self.line(
            self.t("engaged").replace("%1", str(contacts.window_days)), self.value(contacts.engaged.value, "count")
        )
        silent = contacts.silent
        self.line(
            self.t("silent").replace("%1", str(contacts.sunset_months)),
            self.value(len(silent) if silent is not None else None, "count"),
        )
        if contacts.silent_reason is not None:
            print("    " + self.out.text(contacts.silent_reason))
        licence = contacts.licence_cents / 100 if contacts.licence_cents is not None else None
        self.line(self.t("licence"), self.value(licence, currency))
        self.line(self.t("per_engaged"), self.value(contacts.cost_per_engaged, currency))
        if contacts.cost_reason is not None:
            print("    " + self.out.text(contacts.cost_reason))
        for tool in contacts.by_tool:
            shown = self.value(tool.cost_per_engaged, currency)
            print(
                f"    {self.tool(tool.tool):<16}"
                f"{self.value(tool.licence_cents / 100 if tool.licence_cents is not None else None, currency):>14}"
                f"{self.value(tool.engaged, 'count'):>10}{shown:>14}"
            )
