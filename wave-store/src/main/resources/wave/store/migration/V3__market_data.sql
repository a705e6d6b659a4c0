-- Market data: bar series imported by 'wave data import', one per symbol, with where every import came from.
-- Prices are fixed-point integers (units of 10^-9, exact); times are nanoseconds since the epoch, UTC.

-- One row per stored series. symbol is the key 'store:SYMBOL' names; label says which end of each bar its
-- timestamp names ('start' or 'end').
CREATE TABLE bar_series (
    id             ${id_column},
    symbol         TEXT    NOT NULL UNIQUE,
    instrument     TEXT    NOT NULL,                -- e.g. 'AAPL.SIM'
    bar_length     TEXT    NOT NULL,                -- '1d', '1m', ...
    label          TEXT    NOT NULL,
    bars           INTEGER NOT NULL,
    first_ts_nanos BIGINT  NOT NULL,
    last_ts_nanos  BIGINT  NOT NULL
);

-- The bars in chunks of up to 4096 consecutive bars, each column encoded as the run history's equity curve is
-- (differences from the previous value, zigzag-mapped, little-endian base-128 varints; see docs/store.md). Volumes
-- are doubles, stored as their IEEE 754 bits through the same encoding, so they round-trip exactly.
CREATE TABLE bar_chunk (
    series_id   BIGINT  NOT NULL REFERENCES bar_series (id) ON DELETE CASCADE,
    chunk       INTEGER NOT NULL,                   -- 0, 1, 2, ...
    first_seq   INTEGER NOT NULL,                   -- index in the series of the chunk's first bar
    points      INTEGER NOT NULL,
    ts_nanos    ${blob_type} NOT NULL,
    open_raw    ${blob_type} NOT NULL,
    high_raw    ${blob_type} NOT NULL,
    low_raw     ${blob_type} NOT NULL,
    close_raw   ${blob_type} NOT NULL,
    volume_bits ${blob_type} NOT NULL,
    PRIMARY KEY (series_id, chunk)
);

-- Provenance: one row per import into a series, in order (seq 0, 1, ...): the file (absolute path, size, SHA-256),
-- when it was imported, the file's bars after validation and how many of them were new (appended), and the
-- validation report as 'wave data validate' prints it.
CREATE TABLE bar_import (
    series_id      BIGINT  NOT NULL REFERENCES bar_series (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    imported_at_ms BIGINT  NOT NULL,
    source_path    TEXT    NOT NULL,
    size_bytes     BIGINT  NOT NULL,
    sha256         TEXT    NOT NULL,
    bars_read      INTEGER NOT NULL,
    bars_added     INTEGER NOT NULL,
    first_ts_nanos BIGINT  NOT NULL,
    last_ts_nanos  BIGINT  NOT NULL,
    validation     TEXT    NOT NULL,
    PRIMARY KEY (series_id, seq)
);
