"""Native charts and sparklines of the workbook, written by XlsxWriter from the cells of a table.

Monthly tables get a chart under them: their counts or amounts as bars, their rates as lines on a second
axis (e-mails sent with open and click rates; revenue and costs with ROI). A breakdown into parts (costs by
category) gets a pie. The Summary's "Monthly trend" column holds sparklines drawn from the area sheets'
monthly tables, so the trend and the table behind it are the same cells.
"""

from __future__ import annotations

from typing import Any

from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Sheet, Table
from roi_desktop.core.reporting.styles import INK, PALETTE

CHART_ROWS = 18
"""Rows kept free under a table for its chart (about 340 pixels)."""


class ChartWriter:
    """Chart and sparkline writing for workbook._Writer (which provides book, styles, stats and trends)."""

    book: Any
    styles: Any
    stats: Any
    trends: list[tuple[Any, str, int, int, str]]

    def _chart(self, ws: Any, sheet: Sheet, table: Table, first: int, last: int, row: int,
               widths: list[float]) -> None:
        spec = table.chart
        name = self._quoted(ws.name)
        categories = f"={name}!${_col(0)}${first + 1}:${_col(0)}${last + 1}"
        if spec.kind == "pie":
            chart = self.book.add_chart({"type": "pie"})
            column = spec.bars[0]
            chart.add_series({"name": table.columns[column].header, "categories": categories,
                              "values": self._range(name, column, first, last),
                              "points": [{"fill": {"color": PALETTE[i % len(PALETTE)]}} for i in range(last - first + 1)],
                              "data_labels": {"percentage": True, "leader_lines": True, "position": "best_fit"}})
        else:
            chart = self.book.add_chart({"type": "column"})
            for index, column in enumerate(spec.bars):
                chart.add_series(self._series(table, name, column, first, last, categories, index))
            chart.set_y_axis(self._axis(table, spec.bars))
            if spec.lines:
                line = self.book.add_chart({"type": "line"})
                for index, column in enumerate(spec.lines, start=len(spec.bars)):
                    series = self._series(table, name, column, first, last, categories, index)
                    series.update(y2_axis=True, marker={"type": "circle", "size": 4,
                                                        "fill": {"color": PALETTE[index % len(PALETTE)]},
                                                        "border": {"color": PALETTE[index % len(PALETTE)]}},
                                  line={"color": PALETTE[index % len(PALETTE)], "width": 2.25})
                    line.add_series(series)
                line.set_y2_axis(self._axis(table, spec.lines))
                chart.combine(line)
            labels = table.columns[0].kind
            chart.set_x_axis({"num_font": {"rotation": -45, "size": 8}, "major_tick_mark": "none",
                              "line": {"color": "#BFBFBF"},
                              **({"num_format": self.styles.number_format(labels)} if labels == content.MONTH else {})})
        chart.set_title({"name": self._safe(spec.title), "name_font": {"size": 11, "bold": True, "color": INK}})
        chart.set_legend({"position": "bottom", "font": {"size": 9}})
        chart.set_chartarea({"border": {"none": True}})
        pixels = int(min(max(sum(widths[:max(len(table.columns), 6)]) * 7.5, 560), 980))
        chart.set_size({"width": pixels, "height": CHART_ROWS * 20 - 20})
        ws.insert_chart(row, 0, chart, {"x_offset": 4, "y_offset": 8, "object_position": 1})
        self.stats.charts += 1

    def _series(self, table: Table, name: str, column: int, first: int, last: int, categories: str,
                index: int) -> dict[str, Any]:
        colour = PALETTE[index % len(PALETTE)]
        return {"name": table.columns[column].header, "categories": categories,
                "values": self._range(name, column, first, last),
                "fill": {"color": colour}, "border": {"none": True}, "gap": 60}

    def _axis(self, table: Table, columns: tuple[int, ...]) -> dict[str, Any]:
        kind = table.columns[columns[0]].kind
        return {"num_format": self.styles.axis_format(kind), "num_font": {"size": 8},
                "major_gridlines": {"visible": True, "line": {"color": "#E7E6E6"}}, "line": {"none": True}}

    def _range(self, name: str, column: int, first: int, last: int) -> str:
        return f"={name}!${_col(column)}${first + 1}:${_col(column)}${last + 1}"

    def _remember_series(self, sheet: Sheet, table: Table, first: int, last: int) -> None:
        """Where the monthly series of each KPI is (the first monthly table showing it)."""
        if not table.rows or table.columns[0].kind != content.MONTH:
            return
        for col, column in enumerate(table.columns):
            if column.kpi and column.kpi not in self.stats.series:
                values = [content.plain(row[col]) for row in table.rows]
                lowest = min((v for v in values if isinstance(v, int | float)), default=0)
                self.stats.series[column.kpi] = (self._quoted(self._sheet_names[-1]), first, last, col, lowest)

    def sparklines(self) -> None:
        """The Summary's trend column: one sparkline group per scale (XlsxWriter rebuilds its whole style table
        for every add_sparkline call, so single sparklines cost ~2 ms each)."""
        groups: dict[tuple[Any, bool], tuple[list[str], list[str]]] = {}
        for ws, kpi_id, row, col, role in self.trends:
            found = self.stats.series.get(kpi_id)
            if found is None or role != "data":
                continue
            name, first, last, column, lowest = found
            if last - first < 2:
                continue
            locations, ranges = groups.setdefault((ws, lowest >= 0), ([], []))
            locations.append(xl_rowcol_to_cell(row, col))
            ranges.append(f"{name}!{_col(column)}{first + 1}:{_col(column)}{last + 1}")
        for (ws, from_zero), (locations, ranges) in groups.items():
            # Columns, not lines: LibreOffice 7.4 draws line sparklines invisibly in print and PDF. Bars start
            # from zero (not from the smallest month, Excel's default) unless a month is negative.
            # Light bars with the last month in full colour: the trend at a glance, the latest month singled out.
            ws.add_sparkline(0, 0, {"location": locations, "range": ranges, "type": "column",
                                    "series_color": "#9DC3E6", "last_point": True, "last_color": PALETTE[0],
                                    "negative_points": True, "negative_color": "#D55E00",
                                    "empty_cells": "gaps", **({"min": 0} if from_zero else {})})

    @property
    def _sheet_names(self) -> list[str]:
        return [ws.name for ws in self.book.worksheets()]

    @staticmethod
    def _quoted(name: str) -> str:
        return "'" + name.replace("'", "''") + "'"


def _col(index: int) -> str:
    return xl_col_to_name(index)
