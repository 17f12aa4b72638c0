"""The sentences of the hygiene checks (checks.py): titles, findings, fixes, and what could not be judged.

Findings name the workflow and its tool, say what is wrong in words a marketer uses, and the fix says what
to do next — in the tool when it is the tool's job, in the inventory when it is the team's.
"""

from roi_desktop.core.messages import QT_TRANSLATE_NOOP, MessageTemplate


def _t(code: str, text: str) -> MessageTemplate:
    return MessageTemplate(f"usage.check.{code}", text)


TITLES = {
    "no_trigger": _t("no_trigger.title", QT_TRANSLATE_NOOP("Messages", "Workflows without a trigger")),
    "no_goal": _t("no_goal.title", QT_TRANSLATE_NOOP("Messages", "Workflows without a goal")),
    "zombie": _t("zombie.title", QT_TRANSLATE_NOOP("Messages", "Active workflows nobody enters any more")),
    "low_completion": _t("low_completion.title", QT_TRANSLATE_NOOP(
        "Messages", "Completion far below the other workflows")),
    "bad_rates": _t("bad_rates.title", QT_TRANSLATE_NOOP(
        "Messages", "Workflows whose e-mails make people unsubscribe or complain")),
    "overlap": _t("overlap.title", QT_TRANSLATE_NOOP("Messages", "Workflows mailing the same contacts the same week")),
    "never_sent": _t("never_sent.title", QT_TRANSLATE_NOOP("Messages", "E-mails configured but never sent")),
}

NO_TRIGGER_ACTIVE = _t("no_trigger.active", QT_TRANSLATE_NOOP(
    "Messages", "“{workflow}” ({tool}) is switched on but has no trigger: no contact can ever enter it."))
NO_TRIGGER_OFF = _t("no_trigger.off", QT_TRANSLATE_NOOP("Messages", "“{workflow}” ({tool}) has no trigger."))
FIX_TRIGGER_ACTIVE = _t("no_trigger.fix_active", QT_TRANSLATE_NOOP(
    "Messages", "Set its trigger in {tool} (a form filled in, a list joined, a stage reached…), or switch it off."))
FIX_TRIGGER_OFF = _t("no_trigger.fix_off", QT_TRANSLATE_NOOP(
    "Messages", "Give it a trigger before switching it on, or delete it if nobody needs it any more."))
TRIGGER_UNKNOWN = _t("no_trigger.unknown", QT_TRANSLATE_NOOP(
    "Messages", "No export gives the trigger of these workflows: {workflows}. Add it to your workflow inventory."))

NO_GOAL = _t("no_goal.found", QT_TRANSLATE_NOOP(
    "Messages", "“{workflow}” ({tool}) has no goal, so nobody can tell whether it works."))
FIX_GOAL = _t("no_goal.fix", QT_TRANSLATE_NOOP(
    "Messages", "Write down what it should achieve (a demo booked, a purchase, a reply) in {tool} or in your"
                " workflow inventory."))
GOAL_UNKNOWN = _t("no_goal.unknown", QT_TRANSLATE_NOOP(
    "Messages", "No export gives the goal of these workflows: {workflows}. Add it to your workflow inventory."))

ZOMBIE_EMPTY = _t("zombie.empty", QT_TRANSLATE_NOOP(
    "Messages", "“{workflow}” ({tool}) is switched on, yet no contact has ever entered it."))
FIX_ZOMBIE_EMPTY = _t("zombie.fix_empty", QT_TRANSLATE_NOOP(
    "Messages", "Check its trigger: does the form, list or stage it waits for still exist? If not, switch it off."))
ZOMBIE_STALE = _t("zombie.stale", QT_TRANSLATE_NOOP(
    "Messages", "“{workflow}” ({tool}) is switched on, yet nothing has come out of it for the last {days} days."))
FIX_ZOMBIE_STALE = _t("zombie.fix_stale", QT_TRANSLATE_NOOP(
    "Messages", "Check that its trigger still matches what happens (the form, list or stage it waits for), or"
                " switch it off."))
ZOMBIE_UNKNOWN = _t("zombie.unknown", QT_TRANSLATE_NOOP(
    "Messages", "No export dates the activity of these workflows: {workflows}. Import the reports of their"
                " e-mails to check that contacts still enter them."))

LOW_COMPLETION = _t("low_completion.found", QT_TRANSLATE_NOOP(
    "Messages", "Only {rate} % of the contacts who enter “{workflow}” ({tool}) reach its end, against {median} %"
                " for your workflows as a rule."))
FIX_LOW_COMPLETION = _t("low_completion.fix", QT_TRANSLATE_NOOP(
    "Messages", "Find the step where contacts leave it (an e-mail that does not work, a wait too long, an exit"
                " condition too broad) and fix that step."))
COMPLETION_FEW = _t("low_completion.few", QT_TRANSLATE_NOOP(
    "Messages", "Completion rates can be compared once {count} workflows report completions for at least"
                " {enrolled} contacts; {found} do so far."))

UNSUBSCRIBES = _t("bad_rates.unsubscribes", QT_TRANSLATE_NOOP(
    "Messages", "{rate} % of the recipients of “{workflow}” ({tool}) unsubscribed ({count} of {delivered}"
                " e-mails delivered), above the {threshold} % alert threshold."))
FIX_UNSUBSCRIBES = _t("bad_rates.fix_unsubscribes", QT_TRANSLATE_NOOP(
    "Messages", "Send it to fewer, better-chosen contacts, space its e-mails out, and check that they give what"
                " people signed up for."))
COMPLAINTS = _t("bad_rates.complaints", QT_TRANSLATE_NOOP(
    "Messages", "{rate} % of the e-mails of “{workflow}” ({tool}) were reported as spam ({count} of {delivered}"
                " delivered), above the {threshold} % alert threshold."))
FIX_COMPLAINTS = _t("bad_rates.fix_complaints", QT_TRANSLATE_NOOP(
    "Messages", "Stop mailing people who never asked for it and make the unsubscribe link easy to find:"
                " complaints hurt the delivery of all your e-mails."))
NO_AUTOMATED_SENDS = _t("no_automated_sends", QT_TRANSLATE_NOOP(
    "Messages", "No automated e-mail was sent in this period, so there is nothing to judge."))

OVERLAP = _t("overlap.found", QT_TRANSLATE_NOOP(
    "Messages", "“{first}” ({first_tool}) and “{second}” ({second_tool}) both e-mailed the same {count} contacts"
                " within a week."))
FIX_OVERLAP = _t("overlap.fix", QT_TRANSLATE_NOOP(
    "Messages", "Make them exclusive (a contact leaves one when entering the other), or add a wait so that each"
                " contact gets e-mails from one of them at a time."))
NO_RECIPIENT_SENDS = _t("overlap.no_recipients", QT_TRANSLATE_NOOP(
    "Messages", "No automated e-mail of this period is known recipient by recipient: import the sent e-mails"
                " report of your automation tool (Mautic, Brevo…) to see who gets what."))

NEVER_SENT = _t("never_sent.found", QT_TRANSLATE_NOOP(
    "Messages", "“{workflow}” ({tool}) contains e-mails ({count}), yet none has ever been sent."))
FIX_NEVER_SENT_OFF = _t("never_sent.fix_off", QT_TRANSLATE_NOOP(
    "Messages", "If it is still useful, finish it and switch it on; otherwise delete it."))
FIX_NEVER_SENT_EMPTY = _t("never_sent.fix_empty", QT_TRANSLATE_NOOP(
    "Messages", "Nobody has entered it: check its trigger first."))
FIX_NEVER_SENT_ACTIVE = _t("never_sent.fix_active", QT_TRANSLATE_NOOP(
    "Messages", "Contacts enter it but receive nothing: check that its e-mails are switched on and that their"
                " conditions can be met."))
NEVER_SENT_UNKNOWN = _t("never_sent.unknown", QT_TRANSLATE_NOOP(
    "Messages", "The automated e-mails of {tools} are not imported, so the sends of these workflows cannot be"
                " checked: {workflows}. Import their e-mail reports."))
