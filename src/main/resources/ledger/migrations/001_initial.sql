-- Ledger schema version 1. Every received file is kept; nothing is ever updated except the
-- superseded_by link of a submission that a newer accepted one replaces.

CREATE TABLE received_file (
    id            INTEGER PRIMARY KEY AUTOINCREMENT, -- ingest order: a higher id was received later
    sha256        TEXT    NOT NULL,
    original_path TEXT    NOT NULL,
    file_name     TEXT    NOT NULL,
    size_bytes    INTEGER NOT NULL,
    file_type     TEXT,
    received_at   TEXT    NOT NULL,                  -- ISO-8601 instant (UTC)
    verdict       TEXT    NOT NULL CHECK (verdict IN ('ACCEPTED', 'REJECTED')),
    plan_code     TEXT,
    plan_year     INTEGER,
    unit_code     TEXT,
    form          TEXT,
    assessor      TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX received_file_sha256 ON received_file (sha256);
CREATE INDEX received_file_unit_form ON received_file (unit_code, form);

CREATE TABLE problem (
    file_id INTEGER NOT NULL REFERENCES received_file (id),
    seq     INTEGER NOT NULL,
    sheet   TEXT,
    cell    TEXT,
    found   TEXT,
    what    TEXT    NOT NULL,
    todo    TEXT    NOT NULL,
    PRIMARY KEY (file_id, seq)
);

CREATE TABLE submission (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id       INTEGER NOT NULL UNIQUE REFERENCES received_file (id),
    unit_code     TEXT    NOT NULL,
    form          TEXT    NOT NULL,
    assessor      TEXT    NOT NULL DEFAULT '',
    superseded_by INTEGER REFERENCES submission (id)
);

-- At most one current submission per unit, form and assessor.
CREATE UNIQUE INDEX submission_current ON submission (unit_code, form, assessor) WHERE superseded_by IS NULL;

CREATE TABLE recorded_value (
    submission_id INTEGER NOT NULL REFERENCES submission (id),
    position      INTEGER NOT NULL,
    field         TEXT    NOT NULL,
    value         TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    sheet         TEXT    NOT NULL,
    cell          TEXT    NOT NULL,
    PRIMARY KEY (submission_id, field)
);
