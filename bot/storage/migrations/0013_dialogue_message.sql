-- The chat message that shows a run's live buttons (its current question, or the notice
-- that it is paused), so that when the question is shown again the old copy loses its
-- buttons and no two messages offer the same answers.
ALTER TABLE dialogue_runs ADD COLUMN message_id INTEGER;
