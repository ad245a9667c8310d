"""Staff manage dialogues from the chat (``/dialogen``): the overview with status, version
and runs; per dialogue its link, QR code and file; pause, activate, archive; a ``.yaml`` file
sent as a document is checked, previewed and activated.

- ``flow`` — the overview and the steps on one dialogue;
- ``upload`` — a file sent to the bot: checked (``upload_check``), kept until it is
  activated, then written into the folder (``folder``);
- ``preview`` — walking through an uploaded file without storing answers (``previews`` holds
  where each staff member is, in memory);
- ``screens``, ``actions``, ``store`` — its texts, its buttons, its SQL.
"""
