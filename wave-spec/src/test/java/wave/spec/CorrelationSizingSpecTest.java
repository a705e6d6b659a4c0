package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.spec.SpecRuns.toml;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.Bar;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.money.Quantity;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.backtest.BacktestResult;
import wave.engine.execution.FeeModel;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/**
 * {@code [sizing] correlation} on two instruments, 100,000 USD, no fees. A Java strategy buys 100 HELD at bar 0 (filled
 * at 110 on bar 1); the spec trades NEW: its first bar waits for 4 returns (bar 4), the entry fills at bar 5's open
 * (100). HELD's returns over bars 1-4 are +0.1, -0.1, +0.1, -0.1 (deviations 1, -1, 1, -1); NEW's +0.01, -0.01, +0.02,
 * -0.02 (deviations 1, -1, 2, -2): covariance 6, sums of squares 4 and 10, rho = 6 / sqrt(40) = 0.948683. Equity at
 * the entry: 89,000 cash + 100 x 98.01 = 98,801.
 */
class CorrelationSizingSpecTest {
    private static final InstrumentId HELD = InstrumentId.of("HELD");
    private static final InstrumentId NEW = InstrumentId.of("NEW");
    private static final double[] HELD_CLOSES = {100, 110, 99, 108.9, 98.01, 98.01};
    private static final double[] NEW_CLOSES = {100, 101, 99.99, 101.9898, 99.950004, 100};
    /** NEW's returns negated: -0.01, +0.01, -0.02, +0.02, rho = -0.948683 with HELD. */
    private static final double[] HEDGE_CLOSES = {100, 99, 99.99, 97.9902, 99.950004, 100};
    private static final String SPEC = """
            [params]
            strength = 0.5
            [entry.long]
            all = ["close > 0"]
            [sizing]
            model = "fixed-fractional"
            fraction = 0.1
            """;

    /** Buys 100 shares on its first bar. */
    public static final class BuyOnce extends Strategy<BuyOnce.Params> {
        /** No parameters. */
        public record Params() {
        }

        /** The strategy. */
        public BuyOnce() {
            super(new Params());
        }

        @Override
        protected void onBar(Bar bar) {
            if (isFlat()) {
                buy(Quantity.of(100));
            }
        }
    }

    private static BarSeries series(InstrumentId id, double[] closes) {
        double[][] rows = new double[closes.length][];
        for (int i = 0; i < closes.length; i++) {
            rows[i] = new double[] {closes[i], closes[i], closes[i], closes[i], 1000};
        }
        return SpecRuns.bars(id, rows);
    }

    /** The quantity of the spec's entry on NEW. */
    private static long entry(String spec, double[] newCloses, Map<String, String> params) {
        SpecStrategyDefinition definition = toml(spec);
        BacktestConfig config = BacktestConfig.defaults().withFeeModel(FeeModel.none()).withSizing(Sizing.parse("fixed:1"));
        BacktestResult result = new Backtest(config, List.of(series(HELD, HELD_CLOSES), series(NEW, newCloses)),
                definition.name(), id -> id.equals(HELD) ? new BuyOnce() : definition.create(params), true).run();
        assertThat(result.failures()).isEmpty();
        List<OrderFilled> entries = result.fills().stream()
                .filter(f -> f.instrument().equals(NEW) && f.side() == OrderSide.BUY).toList();
        assertThat(entries).hasSize(1);
        return entries.get(0).quantityRaw();
    }

    @Test
    void aCorrelatedHoldingShrinksTheEntry() {
        String scaled = SPEC + "correlation = { strength = 0.5, lookback = 4 }\n";
        // without scaling: 10 % of 98,801 = 9,880.1 at 100 = 98 shares (the spec waits for the same 4 returns)
        assertThat(entry(SPEC + "correlation = { strength = 0, lookback = 4 }\n", NEW_CLOSES, Map.of()))
                .isEqualTo(FixedPoint.quantityOfUnits(98));
        // 1 - 0.5 x 0.948683 = 0.525658: 5.25658 % of 98,801 = 5,193.6 at 100 = 51 shares
        assertThat(entry(scaled, NEW_CLOSES, Map.of())).isEqualTo(FixedPoint.quantityOfUnits(51));
    }

    @Test
    void aHedgeLeavesTheEntry() {
        // rho = -0.948683 is clamped to 0: 98 shares
        assertThat(entry(SPEC + "correlation = { strength = 0.5, lookback = 4 }\n", HEDGE_CLOSES, Map.of()))
                .isEqualTo(FixedPoint.quantityOfUnits(98));
    }

    @Test
    void theStrengthMayBeAParameter() {
        String spec = SPEC + "correlation = { strength = \"$strength\", lookback = 4 }\n";
        assertThat(entry(spec, NEW_CLOSES, Map.of())).isEqualTo(FixedPoint.quantityOfUnits(51));
        // --param strength=1: 1 - 0.948683 = 0.051317: 0.51317 % of 98,801 = 507.0 at 100 = 5 shares
        assertThat(entry(spec, NEW_CLOSES, Map.of("strength", "1"))).isEqualTo(FixedPoint.quantityOfUnits(5));
        assertThatThrownBy(() -> toml(spec).create(Map.of("strength", "2"))).isInstanceOf(SpecException.class)
                .hasMessage("test: sizing.correlation.strength: expected a strength in [0, 1] (the size shrinks by strength x "
                        + "the largest correlation with a holding), got $strength = 2");
    }

    @Test
    void badCorrelationTablesAreRefused() {
        String model = "[entry.long]\nall = [\"close > 0\"]\n[sizing]\nmodel = \"fixed-fractional\"\nfraction = 0.1\n";
        assertThatThrownBy(() -> toml(model + "correlation = 0.5\n"))
                .hasMessage("test.toml: sizing.correlation: expected a table like { strength = 0.5, lookback = 60 }, got 0.5");
        assertThatThrownBy(() -> toml(model + "correlation = { lookback = 20 }\n"))
                .hasMessage("test.toml: sizing.correlation.strength: missing; expected a strength in [0, 1] (the size shrinks "
                        + "by strength x the largest correlation with a holding)");
        assertThatThrownBy(() -> toml(model + "correlation = { strength = 0.5, lookback = 1 }\n"))
                .hasMessage("test.toml: sizing.correlation.lookback: expected a whole number of returns >= 2, got 1");
        assertThatThrownBy(() -> toml(model + "correlation = { strength = 0.5, window = 20 }\n"))
                .hasMessage("test.toml: sizing.correlation.window: unknown key 'window'; valid keys: strength, lookback");
        assertThatThrownBy(() -> toml("[entry.long]\nall = [\"close > 0\"]\n[sizing]\nrule = \"all-in\"\ncorrelation = { strength = 1 }\n"))
                .hasMessage("test.toml: sizing.correlation: unknown key 'correlation'; valid keys: rule, model");
    }
}
