"""The cost ledger and value settings (issue #7): edit costs, recurring lines, exchange rates."""
