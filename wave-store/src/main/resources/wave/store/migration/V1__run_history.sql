-- Run history: one row per recorded backtest, with its configuration, input data, metrics, equity curve and trades.
-- One script for SQLite and PostgreSQL; the differences are placeholders: ${id_column} (an auto-incremented key
-- that is never reused) and ${blob_type} (bytes). Money, prices and quantities are fixed-point integers (*_raw: units of 10^-9, exact); times are
-- nanoseconds since the epoch, UTC (*_ts_nanos), except created_at_ms (milliseconds since the epoch, UTC).

CREATE TABLE run (
    id                 ${id_column},
    created_at_ms      BIGINT  NOT NULL,
    kind               TEXT    NOT NULL,            -- 'backtest'
    strategy           TEXT    NOT NULL,            -- strategy or spec name
    bar_length         TEXT    NOT NULL,            -- '1d', '5m', ...
    bars               INTEGER NOT NULL,            -- time steps of the equity curve
    start_ts_nanos     BIGINT,                      -- first step (null when no step)
    end_ts_nanos       BIGINT,                      -- last step
    currency           TEXT    NOT NULL,            -- account currency
    initial_cash_raw   BIGINT  NOT NULL,
    final_equity_raw   BIGINT  NOT NULL,
    final_cash_raw     BIGINT  NOT NULL,
    total_fees_raw     BIGINT  NOT NULL,
    total_slippage_raw BIGINT  NOT NULL,
    fills              INTEGER NOT NULL,
    orders             INTEGER NOT NULL,
    output_dir         TEXT                         -- absolute path of the run's --out directory, or null
);
CREATE INDEX run_created_at ON run (created_at_ms);

-- The configuration: section 'argument' (the command-line arguments in order, name null), 'parameter' (the
-- strategy's validated parameters) and 'setting' (the effective options, as summary.json echoes them).
CREATE TABLE run_setting (
    run_id  BIGINT  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    section TEXT    NOT NULL,
    seq     INTEGER NOT NULL,
    name    TEXT,
    value   TEXT,
    PRIMARY KEY (run_id, section, seq)
);

-- The input files: SHA-256 of their bytes, size, and the bars the run used from each.
CREATE TABLE run_data (
    run_id         BIGINT  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    path           TEXT    NOT NULL,
    size_bytes     BIGINT  NOT NULL,
    sha256         TEXT    NOT NULL,                -- 64 lower-case hex digits
    instrument     TEXT    NOT NULL,
    bars           INTEGER NOT NULL,
    first_ts_nanos BIGINT,
    last_ts_nanos  BIGINT,
    PRIMARY KEY (run_id, seq)
);

-- Metrics of the run (source 'strategy', instrument '') and of each instrument's buy-and-hold benchmark
-- (source 'buy_and_hold'). unit: count, time, money, fraction, ratio, days or number. A finite number is in
-- value_number; a time (ISO-8601 UTC) or a non-finite number ('NaN', 'Infinity', '-Infinity') in value_text;
-- an undefined value leaves both null.
CREATE TABLE run_metric (
    run_id       BIGINT  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    source       TEXT    NOT NULL,
    instrument   TEXT    NOT NULL,
    seq          INTEGER NOT NULL,
    name         TEXT    NOT NULL,
    label        TEXT    NOT NULL,
    unit         TEXT    NOT NULL,
    value_number DOUBLE PRECISION,
    value_text   TEXT,
    PRIMARY KEY (run_id, source, instrument, seq)
);

-- The equity curve in chunks of up to 4096 consecutive points: a curve of a million points is 245 rows. Each
-- column is the chunk's values (times in nanoseconds since the epoch, equity and cash as fixed point) encoded as
-- differences from the previous value, zigzag-mapped, as little-endian base-128 varints (Protocol Buffers' sint64;
-- see docs/store.md). Writing a million points as rows took 1.3 to 5.5 s; as chunks it takes a few milliseconds.
CREATE TABLE run_equity (
    run_id     BIGINT  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    chunk      INTEGER NOT NULL,                -- 0, 1, 2, ...
    first_seq  INTEGER NOT NULL,                -- index in the curve of the chunk's first point
    points     INTEGER NOT NULL,
    ts_nanos   ${blob_type} NOT NULL,
    equity_raw ${blob_type} NOT NULL,
    cash_raw   ${blob_type} NOT NULL,
    PRIMARY KEY (run_id, chunk)
);

-- Closed round trips (money in the instrument's quote currency).
CREATE TABLE run_trade (
    run_id          BIGINT  NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    instrument      TEXT    NOT NULL,
    side            TEXT    NOT NULL,               -- LONG or SHORT
    entry_ts_nanos  BIGINT  NOT NULL,
    exit_ts_nanos   BIGINT  NOT NULL,
    quantity_raw    BIGINT  NOT NULL,
    entry_price_raw BIGINT  NOT NULL,
    exit_price_raw  BIGINT  NOT NULL,
    gross_pnl_raw   BIGINT  NOT NULL,
    commission_raw  BIGINT  NOT NULL,
    PRIMARY KEY (run_id, seq)
);
