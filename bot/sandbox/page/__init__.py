"""Static files of the sandbox chat page (served by :mod:`bot.sandbox.chat_page`)."""
