package wave.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.spec.SpecRuns.closes;
import static wave.spec.SpecRuns.pricedTrades;
import static wave.spec.SpecRuns.runShort;
import static wave.spec.SpecRuns.toml;

import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.engine.backtest.BacktestResult;

/**
 * {@code entry.short} and {@code exit.short} on hand-built closes (open = close, no fees, fixed:1, shorts allowed).
 * Fills are written {@code S2@8}: a sale filled at the open of bar 2 at 8, signalled at the close of bar 1.
 */
class ShortRulesTest {

    @Test
    void aShortSpecSellsShortAndBuysBack() {
        SpecStrategyDefinition spec = toml("""
                [entry.short]
                all = ["close < 10"]
                [exit.short]
                any = ["close > 10"]
                """);
        BarSeries data = closes(11, 9, 8, 11, 12);
        BacktestResult result = runShort(spec, data, "fixed:1");
        assertThat(result.failures()).isEmpty();
        assertThat(pricedTrades(result, data)).containsExactly("S2@8", "B4@12");
        // sold 1 at 8, bought back at 12: 100,000 - 4
        assertThat(FixedPoint.moneyToDouble(result.finalEquityRaw())).isEqualTo(99_996.0);
    }

    @Test
    void theOppositeEntryReversesOnceFlat() {
        SpecStrategyDefinition spec = toml("""
                [entry.long]
                all = ["close > 10"]
                [entry.short]
                all = ["close < 10"]
                """);
        // bar 0 buys (B1); bar 2's close 9 closes the long (S3) and, flat on bar 3, the short follows (S4);
        // bar 5's close 11 closes the short (B6), then the long follows (B7)
        BarSeries data = closes(11, 12, 9, 8, 7, 11, 12, 13);
        BacktestResult result = runShort(spec, data, "fixed:1");
        assertThat(result.failures()).isEmpty();
        assertThat(pricedTrades(result, data)).containsExactly("B1@12", "S3@8", "S4@7", "B6@12", "B7@13");
    }

    @Test
    void percentLevelsMirrorForShorts() {
        String rules = """
                [entry.short]
                all = ["close < 10"]
                [risk]
                """;
        // short at 10 (bar 2's open); a 10 % stop is a close >= 11: bar 4
        BarSeries rising = closes(11, 9, 10, 10.5, 11, 12);
        assertThat(pricedTrades(runShort(toml(rules + "stop_loss_pct = 10\n"), rising, "fixed:1"), rising))
                .containsExactly("S2@10", "B5@12");
        // a 20 % target is a close <= 8: bar 4
        BarSeries falling = closes(11, 9, 10, 9, 8, 7);
        assertThat(pricedTrades(runShort(toml(rules + "take_profit_pct = 20\n"), falling, "fixed:1"), falling))
                .containsExactly("S2@10", "B5@7");
        // trailing 10 % from the lowest close (8 on bar 3): a close >= 8.8 on bar 4
        BarSeries bounce = closes(11, 9, 10, 8, 8.8, 9);
        assertThat(pricedTrades(runShort(toml(rules + "trailing_stop_pct = 10\n"), bounce, "fixed:1"), bounce))
                .containsExactly("S2@10", "B5@9");
    }

    @Test
    void longOnlyRunsRejectTheShortSale() {
        SpecStrategyDefinition spec = toml("""
                [entry.short]
                all = ["close < 10"]
                """);
        BarSeries data = closes(11, 9, 8, 11, 12);
        assertThat(SpecRuns.run(spec, data, "fixed:1").fills()).isEmpty();
    }
}
