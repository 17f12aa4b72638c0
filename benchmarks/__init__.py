"""Speed and memory measurements, each against a baseline measured in the same run (see README.md here)."""
