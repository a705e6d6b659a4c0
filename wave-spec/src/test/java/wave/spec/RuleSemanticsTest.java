package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.spec.SpecRuns.closes;
import static wave.spec.SpecRuns.run;
import static wave.spec.SpecRuns.toml;
import static wave.spec.SpecRuns.trades;

import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.engine.backtest.BacktestResult;

/**
 * The meaning of rules on small hand-built series (no fees, fixed:1 sizing, open = close unless stated). Fills are
 * written {@code B3} / {@code S5}: a buy or sell filled at the open of bar 3 or 5, i.e. signalled at the close of
 * the bar before.
 */
class RuleSemanticsTest {
    private static BacktestResult result;

    private static List<String> tradesOf(String spec, BarSeries data) {
        result = run(toml(spec), data, "fixed:1");
        assertThat(result.failures()).isEmpty();
        return trades(result, data);
    }

    @Test
    void comparisonHoldsOnItsBar() {
        String spec = """
                [entry.long]
                all = ["close > 10"]
                [exit.long]
                any = ["close < 10"]
                """;
        assertThat(tradesOf(spec, closes(9, 11, 12, 9, 9, 10, 11))).containsExactly("B2", "S4"); // the buy signalled on the last bar never fills
    }

    @Test
    void forNBarsNeedsTheConditionOnEachOfTheLastNBars() {
        String spec = """
                [entry.long]
                all = ["close > 10 for 3 bars"]
                """;
        // true on bars 1, 2 (only two), then 4, 5, 6: the third consecutive bar is 6, filled at 7
        assertThat(tradesOf(spec, closes(9, 11, 11, 9, 11, 11, 11, 11, 11))).containsExactly("B7");
    }

    @Test
    void forNBarsCountsFromTheFirstBar() {
        String spec = """
                [entry.long]
                all = ["close > 10 for 2 bars"]
                """;
        assertThat(tradesOf(spec, closes(11, 11, 11))).containsExactly("B2");
    }

    @Test
    void forBarsOnAGroup() {
        String spec = """
                [entry.long]
                any = ["close > 20", "close < 5"]
                for_bars = 2
                """;
        // any holds on 1 (21), 2 (4): two bars in a row though different members
        assertThat(tradesOf(spec, closes(10, 21, 4, 10, 10))).containsExactly("B3");
    }

    @Test
    void notInvertsARule() {
        String spec = """
                [entry.long]
                not = "close <= 10"
                [exit.long]
                not = { any = ["close > 10"] }
                """;
        assertThat(tradesOf(spec, closes(10, 10, 11, 12, 10, 10))).containsExactly("B3", "S5");
    }

    @Test
    void allAndAnyNest() {
        String spec = """
                [entry.long]
                all = ["close > 10", { any = ["volume > 5000", "close > 20"] }]
                [exit.long]
                any = ["close < 10"]
                """;
        BarSeries data = SpecRuns.bars(SpecRuns.ACME,
                new double[] {11, 11, 11, 11, 1000},   // close > 10 only
                new double[] {9, 9, 9, 9, 9000},       // volume only
                new double[] {12, 12, 12, 12, 9000},   // both: buy at 3
                new double[] {8, 8, 8, 8, 1000},       // exit: sell at 4
                new double[] {21, 21, 21, 21, 1000},   // close > 20 and > 10: buy at 5
                new double[] {21, 21, 21, 21, 1000});
        assertThat(tradesOf(spec, data)).containsExactly("B3", "S4", "B5");
    }

    @Test
    void anArrayIsAnAllGroupAndAStringASingleRule() {
        String spec = """
                [entry]
                long = ["close > 10", "close < 12"]
                [exit]
                long = "close >= 12"
                """;
        assertThat(tradesOf(spec, closes(10, 11, 13, 12, 11))).containsExactly("B2", "S3");
    }

    @Test
    void crossingsFollowCrossoverIncludingTies() {
        String spec = """
                [entry.long]
                all = ["close crosses_above 10"]
                [exit.long]
                any = ["close crosses_below 10"]
                """;
        // first side seen (9) is no cross; 10 is a tie that keeps the side; 11 crosses above; then 10, 9 cross below
        assertThat(tradesOf(spec, closes(9, 10, 11, 10, 9, 9))).containsExactly("B3", "S5");
        // 11 first: no cross; 10 tie, 11 again: still above, no cross
        assertThat(tradesOf(spec, closes(11, 10, 11, 12))).isEmpty();
    }

    @Test
    void crossingsUseTheCrossoverTieTolerance() {
        String spec = """
                [entry.long]
                all = ["close crosses_above 10.0000000000001"]
                """;
        // 10 is within the relative tolerance 1e-12 of the level: a tie, so 11 -> 10 -> 11 never crosses
        assertThat(tradesOf(spec, closes(11, 10, 11, 11))).isEmpty();
        assertThat(tradesOf(spec, closes(11, 9, 11, 11))).containsExactly("B3");
    }

    @Test
    void indicatorWarmUpDelaysRulesButCrossingsSeeEveryBar() {
        String spec = """
                [indicators]
                slow = { type = "sma", period = 3 }
                [entry.long]
                all = ["close crosses_above slow"]
                """;
        // sma(3) ready at bar 2 (10, a tie); bar 3: 9 < 9.67; bar 4: 12 > sma(10, 9, 12) = 10.33 crosses above
        assertThat(tradesOf(spec, closes(10, 10, 10, 9, 12, 12))).containsExactly("B5");
    }

    @Test
    void crossingsDuringWarmUpAreNotReplayed() {
        String gated = """
                [indicators]
                gate = { type = "sma", period = 3 }
                [entry.long]
                all = ["close crosses_above 10"]
                """;
        String ungated = """
                [entry.long]
                all = ["close crosses_above 10"]
                """;
        // the cross happens at bar 1; with the gate, onBar starts at bar 2, where there is no cross (as in Java)
        assertThat(tradesOf(gated, closes(9, 11, 11, 11))).isEmpty();
        assertThat(tradesOf(ungated, closes(9, 11, 11, 11))).containsExactly("B2");
    }

    @Test
    void entersOnlyWhenFlat() {
        String spec = """
                [entry.long]
                all = ["close > 0"]
                """;
        assertThat(tradesOf(spec, closes(10, 11, 12, 13))).containsExactly("B1");
    }

    @Test
    void priceFieldsAndMultiOutputIndicators() {
        String spec = """
                [indicators]
                ch = { type = "donchian", period = 2 }
                [entry.long]
                all = ["high > ch.upper"]
                [exit.long]
                any = ["low < ch.lower"]
                """;
        BarSeries data = SpecRuns.bars(SpecRuns.ACME,
                new double[] {10, 11, 9, 10, 1000},
                new double[] {10, 12, 9, 10, 1000},
                new double[] {10, 12, 9, 10, 1000},   // high 12 = previous max, no breakout
                new double[] {10, 13, 9, 10, 1000},   // breakout: buy at 4
                new double[] {10, 13, 8, 10, 1000},   // low 8 < min(9, 9): sell at 5
                new double[] {10, 11, 10, 10, 1000});
        assertThat(tradesOf(spec, data)).containsExactly("B4", "S5");
    }

    @Test
    void stopLossExitsAtTheNextOpenAfterACloseAtOrBelowTheLevel() {
        String spec = """
                [entry.long]
                all = ["volume > 5000"]
                [risk]
                stop_loss_pct = 10.0
                """;
        BarSeries data = SpecRuns.bars(SpecRuns.ACME,
                new double[] {100, 100, 100, 100, 9000},  // entry signal
                new double[] {100, 100, 100, 100, 1000},  // filled at 100
                new double[] {95, 95, 80, 91, 1000},      // low below the level, close above: no exit
                new double[] {91, 91, 90, 90, 1000},      // close 90 = 100 x (1 - 10 %): exit signal
                new double[] {85, 85, 85, 85, 1000},      // sold at this open, 85 (a gap beyond the level)
                new double[] {85, 85, 85, 85, 1000});
        assertThat(tradesOf(spec, data)).containsExactly("B1", "S4");
        assertThat(result.fills().get(1).priceRaw()).isEqualTo(FixedPoint.priceOfUnits(85));
    }

    @Test
    void takeProfitExitsAtOrAboveTheLevel() {
        String spec = """
                [entry.long]
                all = ["volume > 5000"]
                [risk]
                take_profit_pct = 10.0
                """;
        BarSeries data = SpecRuns.bars(SpecRuns.ACME,
                new double[] {100, 100, 100, 100, 9000},
                new double[] {100, 100, 100, 100, 1000},  // filled at 100
                new double[] {105, 120, 105, 109, 1000},  // high above 110, close below: no exit
                new double[] {110, 110, 110, 110, 1000},  // close 110: exit signal
                new double[] {111, 111, 111, 111, 1000});
        assertThat(tradesOf(spec, data)).containsExactly("B1", "S4");
    }

    @Test
    void trailingStopFollowsTheHighestCloseSinceEntry() {
        String spec = """
                [entry.long]
                all = ["volume > 5000"]
                [risk]
                trailing_stop_pct = 10.0
                """;
        BarSeries data = SpecRuns.bars(SpecRuns.ACME,
                new double[] {100, 100, 100, 100, 9000},
                new double[] {100, 100, 100, 100, 1000},  // filled at 100, peak 100
                new double[] {120, 130, 120, 120, 1000},  // peak 120 (closes only; the high 130 does not count)
                new double[] {110, 110, 110, 110, 1000},  // 110 > 108: hold
                new double[] {108, 108, 108, 108, 1000},  // 108 = 120 x 90 %: exit signal
                new double[] {107, 107, 107, 107, 1000});
        assertThat(tradesOf(spec, data)).containsExactly("B1", "S5");
    }

    @Test
    void theExitRuleAndTheStopsBothClose() {
        String spec = """
                [entry.long]
                all = ["volume > 5000"]
                [exit.long]
                any = ["close > 150"]
                [risk]
                stop_loss_pct = 50.0
                """;
        BarSeries data = SpecRuns.bars(SpecRuns.ACME,
                new double[] {100, 100, 100, 100, 9000},
                new double[] {100, 100, 100, 100, 1000},
                new double[] {160, 160, 160, 160, 1000},  // exit rule: sold at 3
                new double[] {160, 160, 100, 100, 9000},  // entry again: bought at 4 for 100
                new double[] {100, 100, 100, 100, 1000},
                new double[] {49, 49, 49, 49, 1000},      // 49 <= 100 x 50 %: sold at 6
                new double[] {49, 49, 49, 49, 1000});
        assertThat(tradesOf(spec, data)).containsExactly("B1", "S3", "B4", "S6");
    }

    @Test
    void theSpecSizingOverridesTheRunSizing() {
        String spec = """
                [entry.long]
                all = ["close > 0"]
                [sizing]
                rule = "fixed:7"
                """;
        BacktestResult r = run(toml(spec), closes(10, 10, 10), "fixed:1");
        assertThat(r.fills()).singleElement().satisfies(f -> assertThat(f.quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(7)));
    }

    @Test
    void spacesAroundSymbolicOperatorsAreOptionalAndSizingMayBeAString() {
        String spec = """
                sizing = "fixed:3"
                [entry.long]
                all = ["close>=1e1"]
                [exit.long]
                any = ["close<10"]
                """;
        assertThat(tradesOf(spec, closes(9, 10, 9, 9))).containsExactly("B2", "S3");
        assertThat(result.fills().get(0).quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(3));
    }

    @Test
    void instrumentsNotMatchedAreNeverTraded() {
        String only = """
                instruments = ["AAPL", "MSFT.NASDAQ"]
                [entry.long]
                all = ["close > 0"]
                """;
        String glob = """
                instruments = ["AC?E", "B*"]
                [entry.long]
                all = ["close > 0"]
                """;
        assertThat(tradesOf(only, closes(10, 10, 10))).isEmpty();
        assertThat(tradesOf(glob, closes(10, 10, 10))).containsExactly("B1");
        assertThat(toml(only).appliesTo(InstrumentId.parse("MSFT.NASDAQ"))).isTrue();
        assertThat(toml(only).appliesTo(InstrumentId.parse("MSFT.NYSE"))).isFalse();
    }
}
