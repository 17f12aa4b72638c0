"""The usage audit of the automation tool (issue #8): is what the team pays for really used?

    audit.py           UsageAudit and `audit()`: the five sections of a period, and `usage --json`
    facts.py           what the audit reads, gathered once: the KPIs it builds on, workflows, dated sends, overlaps
    emails.py          e-mails sent by month and tool, automated against one-off, share automated and its trend
    workflows.py       the workflow table and the KPIs that sum it up
    checks.py          the seven hygiene checks (check_messages.py: their sentences)
    contacts.py        engaged and silent contacts, licence cost per engaged contact (sunset.py: the CSV export)
    score.py           the usage score, its formula and its trend by month
    settings.py        the audit's workspace settings and the decisions behind their defaults
    service.py         `workspace.usage`, the façade for the GUI and the CLI

No SQL here (core/store/usage.py holds the queries); every figure that is a KPI of the catalogue comes from the
KPI engine's own code.
"""
