"""Our own detection rules, for what deduce misses: one small module per family of data."""
