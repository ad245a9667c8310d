-- Data protection (issue 15).
-- last_seen_at: the day of the citizen's latest message (written at most once a day); the
-- retention job erases citizens who have been silent longer than the retention period.
-- permission: on what ground a citizen takes part: 'own' (16 or older), 'guardian' (under 16,
-- a parent or guardian agreed, confirmed by the young person) or 'school' (under 16, in a
-- session for which the facilitator confirmed that the school arranged parents' permission).
ALTER TABLE citizens ADD COLUMN last_seen_at TEXT;
ALTER TABLE citizens ADD COLUMN permission TEXT
    CHECK (permission IS NULL OR permission IN ('own', 'guardian', 'school'));
UPDATE citizens SET last_seen_at = updated_at;

-- A consent record also proves the age band given and the ground of the permission.
ALTER TABLE consent_events ADD COLUMN age_band TEXT;
ALTER TABLE consent_events ADD COLUMN permission TEXT;

-- The facilitator confirmed, when creating the session, that the school arranged the
-- permission of the parents of participants under 16.
ALTER TABLE sessions ADD COLUMN school_permission_at TEXT;

-- After a staff member's erasure their staff actions stay in the audit log with a keyed
-- pseudonym instead of their Telegram id (accountability of a government body).
ALTER TABLE audit_log ADD COLUMN actor_pseudonym TEXT;
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX citizens_last_seen ON citizens(last_seen_at);
