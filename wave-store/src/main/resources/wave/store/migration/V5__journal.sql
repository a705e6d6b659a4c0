-- The journal of paper and live sessions: every command, order event, fill, risk decision, signal and equity snapshot
-- the kernel recorded before acting on it, in order, as an append-only audit chain. Times are nanoseconds since the
-- epoch, UTC.

-- One row per session (e.g. one 'wave paper' run directory): its name, when it was created (milliseconds since the
-- epoch), how many records it holds and the hash of the last one, so that a record removed from the end is noticed.
CREATE TABLE journal_session (
    id            ${id_column},
    name          TEXT    NOT NULL UNIQUE,
    created_at_ms BIGINT  NOT NULL,
    records       BIGINT  NOT NULL,
    head_hash     TEXT    NOT NULL
);

-- One row per record, seq 1, 2, ... in append order. kind is the record's type (a Java class name), payload its
-- canonical encoding (JSON, fields in declaration order). hash is the SHA-256 (hex) of prev_hash, ts_nanos, kind and
-- payload (see docs/paper.md); prev_hash is the previous record's hash (the first record's: the session's genesis hash).
CREATE TABLE journal_record (
    session_id BIGINT  NOT NULL REFERENCES journal_session (id) ON DELETE CASCADE,
    seq        BIGINT  NOT NULL,
    ts_nanos   BIGINT  NOT NULL,
    kind       TEXT    NOT NULL,
    payload    TEXT    NOT NULL,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL,
    PRIMARY KEY (session_id, seq)
);
