"""Importing exports: read a file, recognise its source, map and normalise its rows, validate, load.

Data flows one way (DESIGN §2): readers (sniff.py, readers.py) → profiles/mapping → normalise → validate →
store (core/store/loading.py), orchestrated by pipeline.py with progress and cancel.
"""
