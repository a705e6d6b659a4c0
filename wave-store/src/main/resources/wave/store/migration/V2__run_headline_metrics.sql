-- Headline metrics on the run row itself, so that 'wave runs list' can show, sort and filter runs without
-- pivoting run_metric. Backfilled for the runs recorded before: the strategy's metrics from run_metric (a
-- non-finite or undefined value stays null), closed trades from run_trade.

ALTER TABLE run ADD COLUMN total_return DOUBLE PRECISION;
ALTER TABLE run ADD COLUMN cagr DOUBLE PRECISION;
ALTER TABLE run ADD COLUMN sharpe_ratio DOUBLE PRECISION;
ALTER TABLE run ADD COLUMN max_drawdown DOUBLE PRECISION;
ALTER TABLE run ADD COLUMN closed_trades INTEGER NOT NULL DEFAULT 0;

UPDATE run SET
    total_return = (SELECT m.value_number FROM run_metric m
                    WHERE m.run_id = run.id AND m.source = 'strategy' AND m.name = 'total_return'),
    cagr         = (SELECT m.value_number FROM run_metric m
                    WHERE m.run_id = run.id AND m.source = 'strategy' AND m.name = 'cagr'),
    sharpe_ratio = (SELECT m.value_number FROM run_metric m
                    WHERE m.run_id = run.id AND m.source = 'strategy' AND m.name = 'sharpe_ratio'),
    max_drawdown = (SELECT m.value_number FROM run_metric m
                    WHERE m.run_id = run.id AND m.source = 'strategy' AND m.name = 'max_drawdown'),
    closed_trades = (SELECT COUNT(*) FROM run_trade t WHERE t.run_id = run.id);
