"""Sessions: a facilitator opens one for a group, pushes dialogues and questions, sees the
results and closes it."""
