package wave.engine.backtest;

/** How a backtest treats the corporate actions (splits, cash dividends) a data series carries. */
public enum CorporateActionMode {
    /**
     * Raw (as traded) prices plus the actions: on each ex-date, before the bar is matched, a split multiplies the
     * position (cash in lieu of fractional lots) and cancels the instrument's working orders, and a dividend is
     * paid to cash. The default; with data that carries no actions it changes nothing.
     */
    APPLY,
    /**
     * The prices are taken to be adjusted already (e.g. loaded from the adjusted close) and the actions the series
     * carry are ignored.
     */
    ADJUSTED
}
