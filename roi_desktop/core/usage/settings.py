"""Workspace settings of the usage audit, with their defaults (the KPI settings of KPIS §2 apply as well).

Each key is stored in the workspace `settings` table like the KPI settings, so that a colleague opening the
same file sees the same audit. Decisions behind the defaults:

- `usage.zombie_days` = 60: an active workflow is a "zombie" when nobody has ever entered it, or when no
  automated e-mail went out of it and no export dates any activity of it in the 60 days up to the end of
  the period. Two months is longer than any usual nurture wait, shorter than a quarter of silence.
- `usage.completion_min_enrolled` = 20, `usage.completion_min_workflows` = 3, `usage.completion_ratio` =
  0.5: a completion rate is "far below the others" under half the median rate of the workflows that
  report completions for at least 20 contacts, when at least 3 such workflows exist (a median of one or two
  workflows is no norm). Below 20 contacts a rate is noise.
- `usage.overlap_min_contacts` = 10: two workflows "mail the same contacts the same week" when at least 10
  contacts got an e-mail of each within one Monday-to-Sunday week of the period; a handful of contacts who
  moved stage that week is not a pattern.
- `usage.sunset_months` = 12: the sunset list holds the reachable contacts, first seen at least 12 months
  before the end of the period, who neither opened nor clicked in those 12 months.
- `usage.score_weights`: how much each share weighs in the usage score (score.py); equal by default.
- Engaged contacts use the KPI window `active_window_days` (90) with clicks only: an Apple Mail "open" is
  no proof of a reader (KPIS §2), a click is.
"""

from __future__ import annotations

from typing import Any

SCORE_PARTS = ("active_workflows", "automated_share", "clean_workflows")
"""The components of the usage score, in the order they are shown."""

DEFAULTS: dict[str, Any] = {
    "usage.zombie_days": 60,
    "usage.completion_min_enrolled": 20,
    "usage.completion_min_workflows": 3,
    "usage.completion_ratio": 0.5,
    "usage.overlap_min_contacts": 10,
    "usage.sunset_months": 12,
    "usage.score_weights": {part: 1 for part in SCORE_PARTS},
}


def usage_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """`settings` (effective KPI settings) completed with the audit's defaults; unusable values fall back to
    the default rather than break the audit."""
    found = dict(settings)
    for key, default in DEFAULTS.items():
        value = settings.get(key)
        if key == "usage.score_weights":
            given = value if isinstance(value, dict) else {}
            found[key] = {part: _number(given.get(part), default[part]) for part in SCORE_PARTS}
        else:
            found[key] = _number(value, default)
    return found


def _number(value: Any, default: float) -> Any:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        return default
    return type(default)(value) if isinstance(default, int) and float(value).is_integer() else value
