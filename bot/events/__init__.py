"""Events: the agenda, reminders, calendar files, cancelling, and importing events from a file."""
