"""`roi-desktop usage`."""

from __future__ import annotations

import argparse
from typing import Any


def run(args: argparse.Namespace, out: Any) -> int:
    from roi_desktop.cli import NOT_YET

    return out.fail(NOT_YET(command=args.command))
