-- The name a role holder has on Telegram (taken when they use the role), so that /rol and
-- `doetmee roles list` show people rather than bare ids. Erased with the role.
ALTER TABLE roles ADD COLUMN name TEXT;
