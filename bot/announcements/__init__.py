"""Announcements (/bericht): staff send news to the citizens who asked for it."""
