-- Found by benchmarks/sizing_benchmark.py (100,000 citizens, 1,000,000 answers): without these,
-- /mijngegevens read all dialogue runs to find a citizen's own, and /vergeetmij (the cascade from
-- citizens, and the outbox rows of the chat) read every dialogue run and every outbox row.
CREATE INDEX dialogue_runs_user ON dialogue_runs(user_id);
CREATE INDEX outbox_chat ON outbox(chat_id);
