"""`roi-desktop costs WS [--json]`: the cost ledger, line by line, with each amount in the workspace currency.

JSON: {"currency", "total", "lines": [...], "exchange_rates_monthly", "unconverted"}; a line gives its amount as
entered (`amount`, `currency`) and as the KPIs count it (`amount_converted`, null without a rate), and where
it comes from (`origin` "import" with its file, or "app").
"""

from __future__ import annotations

import argparse
from typing import Any

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate

NO_COSTS = MessageTemplate("cli.no_costs", QT_TRANSLATE_NOOP(
    "Messages", "No cost line yet: import your costs workbook or add lines on the ROI page."))
TOTAL = MessageTemplate("cli.costs_total", QT_TRANSLATE_NOOP("Messages", "{count} line(s), total {total}"))
UNCONVERTED = MessageTemplate("cli.costs_unconverted", QT_TRANSLATE_NOOP(
    "Messages", "{count} line(s) have no exchange rate and are left out of the total."))
HEADINGS = (QT_TRANSLATE_NOOP("Cli", "Month"), QT_TRANSLATE_NOOP("Cli", "Category"), QT_TRANSLATE_NOOP("Cli", "Item"),
            QT_TRANSLATE_NOOP("Cli", "Channel"), QT_TRANSLATE_NOOP("Cli", "Amount"))


def run(args: argparse.Namespace, out: Any) -> int:
    from roi_desktop.core.channels import CHANNELS, COST_CATEGORIES
    from roi_desktop.core.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as workspace:
        ledger = workspace.costs.ledger()
    currency = ledger.currency
    total = ledger.total_cents()
    if out.as_json:
        out.emit_json({
            "currency": currency,
            "total": total / 100,
            "lines": [line_json(ledger, line) for line in ledger.lines],
            "exchange_rates_monthly": ledger.monthly_rates,
            "unconverted": [line.id for line in ledger.unconverted()],
        })
        return 0
    if not ledger.lines:
        out.say(NO_COSTS())
        return 0
    print("  ".join(f"{out.translate('Cli', heading):<{width}}"
                    for heading, width in zip(HEADINGS, (7, 18, 28, 22, 14), strict=True)))
    for line in ledger.lines:
        category = line.category_label or out.translate("CostCategories", COST_CATEGORIES.get(line.category, ""))
        channel = line.channel_label or (out.translate("Channels", CHANNELS[line.channel])
                                         if line.channel in CHANNELS else "")
        amount = out.kpi_value(line.amount_cents / 100, line.currency)
        print(f"{line.month:<7}  {category[:18]:<18}  {(line.item or '')[:28]:<28}  {channel[:22]:<22}  {amount:>14}")
    out.say(TOTAL(count=len(ledger.lines), total=out.kpi_value(total / 100, currency)))
    if ledger.unconverted():
        out.say(UNCONVERTED(count=len(ledger.unconverted())))
    return 0


def line_json(ledger: Any, line: Any) -> dict[str, Any]:
    converted = ledger.converted_cents(line)
    return {
        "id": line.id, "month": line.month, "day": line.day,
        "category": line.category, "category_label": line.category_label, "item": line.item,
        "channel": line.channel, "channel_label": line.channel_label,
        "amount": line.amount_cents / 100, "currency": line.currency,
        "amount_converted": None if converted is None else converted / 100,
        "note": line.note, "recurring_group": line.recurring_group,
        "origin": "import" if line.batch_id is not None else "app", "batch_id": line.batch_id,
        "file_name": line.file_name,
    }
