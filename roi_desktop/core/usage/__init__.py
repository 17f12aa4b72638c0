"""The usage audit of the automation tool (issue #8): e-mails sent, workflows, hygiene checks, usage score."""
