"""Lead scoring and funnel models (issue #6): rules, evaluation, versions, back-test, apply."""
