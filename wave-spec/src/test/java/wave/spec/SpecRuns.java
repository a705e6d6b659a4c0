package wave.spec;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import wave.config.DocumentFormat;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.FeeModel;
import wave.engine.execution.PercentFeeModel;
import wave.engine.order.Sizing;

/** Builds small bar series and runs specs on them. */
final class SpecRuns {
    static final InstrumentId ACME = InstrumentId.of("ACME");
    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static final long START_NANOS = LocalDate.parse("2024-01-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;

    private SpecRuns() {
    }

    /** A TOML spec from text. */
    static SpecStrategyDefinition toml(String text) {
        return StrategySpecs.parse(text, "test.toml", DocumentFormat.TOML);
    }

    /** Daily ACME bars with open = high = low = close and volume 1000. */
    static BarSeries closes(double... closes) {
        double[][] rows = new double[closes.length][];
        for (int i = 0; i < closes.length; i++) {
            rows[i] = new double[] {closes[i], closes[i], closes[i], closes[i], 1000};
        }
        return bars(ACME, rows);
    }

    /** Daily bars from rows of {open, high, low, close, volume}. */
    static BarSeries bars(InstrumentId instrument, double[]... rows) {
        BarSeries.Builder builder = BarSeries.builder(instrument, BarSpec.DAY_1, rows.length);
        for (int i = 0; i < rows.length; i++) {
            double[] r = rows[i];
            builder.add(START_NANOS + i * DAY_NANOS, raw(r[0]), raw(r[1]), raw(r[2]), raw(r[3]), r[4]);
        }
        return builder.build();
    }

    private static long raw(double price) {
        return FixedPoint.parsePrice(java.math.BigDecimal.valueOf(price).toPlainString());
    }

    /** The test configuration: 100,000 USD, 0.1 % fee of notional per fill, long only. */
    static BacktestConfig feeConfig(String sizing) {
        return BacktestConfig.defaults().withFeeModel(PercentFeeModel.ofPercent("0.1")).withSizing(Sizing.parse(sizing));
    }

    /** Runs a spec without fees. */
    static BacktestResult run(SpecStrategyDefinition definition, BarSeries data, String sizing) {
        return run(definition, data, sizing, Map.of());
    }

    /** Runs a spec without fees with parameter values given as on the command line ({@code --param name=value}). */
    static BacktestResult run(SpecStrategyDefinition definition, BarSeries data, String sizing, Map<String, String> params) {
        BacktestConfig config = BacktestConfig.defaults().withFeeModel(FeeModel.none()).withSizing(Sizing.parse(sizing));
        return new Backtest(config, List.of(data), definition.name(), id -> definition.create(params), true).run();
    }

    /** Runs a spec without fees in an account that allows short sales. */
    static BacktestResult runShort(SpecStrategyDefinition definition, BarSeries data, String sizing) {
        BacktestConfig config = BacktestConfig.defaults().withFeeModel(FeeModel.none()).withSizing(Sizing.parse(sizing))
                .withAllowShort(true);
        return new Backtest(config, List.of(data), definition.name(), id -> definition.create(Map.of()), true).run();
    }

    /** The fills as {@code S2@8}: side, the index of the bar they filled on, and the price. */
    static List<String> pricedTrades(BacktestResult result, BarSeries data) {
        List<String> out = new ArrayList<>();
        List<String> plain = trades(result, data);
        for (int i = 0; i < plain.size(); i++) {
            out.add(plain.get(i) + "@" + java.math.BigDecimal.valueOf(FixedPoint.priceToDouble(result.fills().get(i).priceRaw())).stripTrailingZeros().toPlainString());
        }
        return out;
    }

    /** The fills as {@code B3} / {@code S5}: side and the index of the bar they filled on. */
    static List<String> trades(BacktestResult result, BarSeries data) {
        List<String> out = new ArrayList<>();
        for (OrderFilled fill : result.fills()) {
            int bar = (int) ((fill.tsNanos() - data.tsNanos(0)) / DAY_NANOS);
            out.add((fill.side() == OrderSide.BUY ? "B" : "S") + bar);
        }
        return out;
    }
}
