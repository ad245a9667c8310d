"""The running process: start and stop, receiving updates (polling, webhook, durable inbox),
HTTP, logs, keys."""
