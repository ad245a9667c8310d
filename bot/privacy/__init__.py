"""Data protection: the legal grounds and periods, the privacy statement, withdrawing consent,
retention."""
