"""What the bot says and how it reaches the chat: replies, button actions and their codec,
delivery, the outbox."""
