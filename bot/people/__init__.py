"""Who the bot talks to: the visitor of an update, their language, consent, age band and roles."""
