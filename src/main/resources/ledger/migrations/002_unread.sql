-- Ledger schema version 2. A file whose reading ran out of time has no verdict: it is not a
-- received_file (so it is never a "duplicate" of itself) but one row here per attempt, and later
-- ingest runs read it again (see Intake). Rows are only ever added.

CREATE TABLE unread_attempt (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256        TEXT    NOT NULL,
    original_path TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    attempted_at  TEXT    NOT NULL,                  -- ISO-8601 instant (UTC)
    reason        TEXT    NOT NULL CHECK (reason IN ('TIMEOUT'))
);

CREATE INDEX unread_attempt_sha256 ON unread_attempt (sha256);
