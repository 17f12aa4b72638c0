"""pyqtgraph charts fed with plain series (month labels, values, a unit): they never read the workspace."""
