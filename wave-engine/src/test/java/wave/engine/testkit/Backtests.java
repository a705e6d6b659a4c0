package wave.engine.testkit;

import java.util.List;
import java.util.Map;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.pretrade.PreTradeCheck;
import wave.engine.strategy.Strategy;

/** Runs scenario backtests (events always recorded). */
public final class Backtests {
    private Backtests() {
    }

    /** The default configuration with {@code cash} USD. */
    public static BacktestConfig withCash(String cash) {
        return BacktestConfig.defaults().withInitialCash(Money.of(cash, Currency.USD));
    }

    /** One strategy on one series. */
    public static BacktestResult run(BacktestConfig config, BarSeries series, Strategy<?> strategy) {
        return new Backtest(config, List.of(series), "test", id -> strategy, true).run();
    }

    /** Runs one strategy with no pre-trade check, so that only the venue refuses orders. */
    public static BacktestResult runVenueChecksOnly(BacktestConfig config, BarSeries series, Strategy<?> strategy) {
        return new Backtest(config, List.of(series), "test", id -> strategy, true)
                .replacePreTradeCheck(PreTradeCheck.ACCEPT_ALL).run();
    }

    /** One strategy per series, looked up by instrument. */
    public static BacktestResult run(BacktestConfig config, List<BarSeries> series, Map<InstrumentId, ? extends Strategy<?>> strategies) {
        return new Backtest(config, series, "test", strategies::get, true).run();
    }

    /**
     * Exact decimal to raw, for any kind of value: these tests run in the standard range, where prices, quantities
     * and money share the 9-decimal scale (the wide-range tests use the typed parsers of FixedPoint).
     */
    public static long raw(String decimal) {
        return FixedPoint.parseMoney(decimal);
    }
}
