"""Run the benchmarks: `python -m benchmarks [NAME ...]` (all when no name is given).

Each benchmark prints its figures and the ratio to its baseline, and appends a JSON line to
benchmarks/results/results.jsonl so that figures can be compared across changes.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

BENCHMARKS = ("cold_start", "import_events", "scoring_eval", "export_workbook", "kpis")
RESULTS = Path(__file__).resolve().parent / "results" / "results.jsonl"


def main(argv: list[str]) -> int:
    names = argv or list(BENCHMARKS)
    unknown = set(names) - set(BENCHMARKS)
    if unknown:
        print(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    RESULTS.parent.mkdir(exist_ok=True)
    for name in names:
        module = importlib.import_module(f"benchmarks.{name}")
        result = module.run()
        result.update({"benchmark": name, "at": time.strftime("%Y-%m-%d %H:%M:%S")})
        with RESULTS.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
