"""The Excel workbook of KPI tables and other exports (issue #9)."""
