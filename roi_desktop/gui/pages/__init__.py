"""The pages of the main window's navigation, one job each."""
