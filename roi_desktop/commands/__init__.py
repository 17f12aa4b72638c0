"""Headless sub-commands of `roi-desktop` that belong to one feature area, one module each.

cli.py parses arguments and imports the module of the command asked for; each module exposes
`run(args, out) -> int` (exit code).
"""
