"""First contact: /start, the consent question, the age band and a parent's permission."""
