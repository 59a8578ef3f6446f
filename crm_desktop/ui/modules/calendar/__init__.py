"""The calendar module: day, week and month views of events and tasks, the event dialog, reminder pop-ups."""
