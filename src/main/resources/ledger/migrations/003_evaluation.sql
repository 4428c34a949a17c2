-- Ledger schema version 3. Raw 公共评议 exports (网上评议, 民意测评, 征求意见, hotline return visits):
-- every imported file is kept; a newer file of the same batch supersedes the older one (its rows stay,
-- marked by superseded_by). Per file: where every row went, the tallies per unit and channel (answers
-- counted by value, so points are applied when scores are computed), the rows it listed (bad rows,
-- repeated answers) and the units it named that the plan does not have. A file refused whole
-- (wrong header, unreadable) leaves nothing here.

CREATE TABLE evaluation_import (
    id                INTEGER PRIMARY KEY AUTOINCREMENT, -- import order
    sha256            TEXT    NOT NULL,
    original_path     TEXT    NOT NULL,
    file_name         TEXT    NOT NULL,
    size_bytes        INTEGER NOT NULL,
    format            TEXT    NOT NULL CHECK (format IN ('CSV', 'XLSX')),
    encoding          TEXT    NOT NULL,                  -- UTF8_BOM, UTF8, ASCII, GB18030, XLSX
    encoding_line     INTEGER NOT NULL,                  -- for GB18030: the first line that is not UTF-8
    sheet             TEXT,
    batch             TEXT    NOT NULL,
    imported_at       TEXT    NOT NULL,                  -- ISO-8601 instant (UTC)
    plan_code         TEXT    NOT NULL,
    rules_fingerprint TEXT    NOT NULL,
    header_line       INTEGER NOT NULL,
    title_rows        INTEGER NOT NULL,
    channels          TEXT    NOT NULL,                  -- the format's channel codes, comma-separated
    rows              INTEGER NOT NULL,
    valid             INTEGER NOT NULL,
    not_counted       INTEGER NOT NULL,
    repeats           INTEGER NOT NULL,
    out_of_period     INTEGER NOT NULL,
    unknown_unit      INTEGER NOT NULL,
    bad               INTEGER NOT NULL,
    blank             INTEGER NOT NULL,
    superseded_by     INTEGER REFERENCES evaluation_import (id)
);

-- The same bytes read under the same rules again are a duplicate; after the rules changed, the same
-- file may be imported again (and supersedes its batch's import read under the old rules).
CREATE UNIQUE INDEX evaluation_import_content ON evaluation_import (sha256, rules_fingerprint);

-- At most one current import per batch.
CREATE UNIQUE INDEX evaluation_import_current ON evaluation_import (batch) WHERE superseded_by IS NULL;

CREATE TABLE evaluation_tally (
    import_id     INTEGER NOT NULL REFERENCES evaluation_import (id),
    unit_code     TEXT    NOT NULL,
    channel       TEXT    NOT NULL,
    respondents   INTEGER NOT NULL,
    repeats       INTEGER NOT NULL,
    out_of_period INTEGER NOT NULL,
    PRIMARY KEY (import_id, unit_code, channel)
);

CREATE TABLE evaluation_answer (
    import_id INTEGER NOT NULL REFERENCES evaluation_import (id),
    unit_code TEXT    NOT NULL,
    channel   TEXT    NOT NULL,
    answer    TEXT    NOT NULL,
    count     INTEGER NOT NULL,
    PRIMARY KEY (import_id, unit_code, channel, answer)
);

CREATE TABLE evaluation_note (
    import_id INTEGER NOT NULL REFERENCES evaluation_import (id),
    seq       INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    kind      TEXT    NOT NULL CHECK (kind IN ('BAD', 'REPEAT')),
    unit_code TEXT,
    channel   TEXT,
    found     TEXT,
    what      TEXT    NOT NULL,
    todo      TEXT,
    PRIMARY KEY (import_id, seq)
);

CREATE TABLE evaluation_unknown_unit (
    import_id  INTEGER NOT NULL REFERENCES evaluation_import (id),
    name       TEXT    NOT NULL,
    rows       INTEGER NOT NULL,
    first_line INTEGER NOT NULL,
    PRIMARY KEY (import_id, name)
);
