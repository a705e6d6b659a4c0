package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.BacktestResult;

/**
 * Regression expectations of every bundled strategy (as LEAN's regression algorithms): default parameters on ORCL
 * 1995-2014, 100,000 USD, fixed:100 sizing, 0.1% fee of notional per fill, long only (short sales allowed for the
 * long/short variants), the position left open.
 *
 * <p><b>A change that moves one of these numbers must say why</b> in its commit message (a strategy rule, an
 * indicator, fills, fees or accounting changed) and update the number here.
 */
class RegressionTest {
    /** Expected closed trades and final equity (raw fixed point, x 10^9 USD). */
    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of("buy-and-hold", 0, 104_284_442_054_300L),        // 104284.4420543
                Arguments.of("sma-cross", 97, 102_302_332_953_700L),          // 102302.3329537
                Arguments.of("ema-cross", 89, 100_661_524_424_600L),          // 100661.5244246
                Arguments.of("rsi-reversion", 14, 100_308_863_281_600L),      // 100308.8632816
                Arguments.of("bollinger-reversion", 93, 103_475_227_850_200L), // 103475.2278502
                Arguments.of("donchian-breakout", 75, 100_131_757_834_500L),  // 100131.7578345
                Arguments.of("macd-trend", 207, 99_797_927_899_700L));        // 99797.9278997
    }

    /** The long/short variants, short sales allowed, otherwise as above. */
    static Stream<Arguments> longShortExpectations() {
        return Stream.of(
                Arguments.of("sma-cross-ls", 185, 99_535_094_883_700L),      // 99535.0948837
                Arguments.of("ema-cross-ls", 168, 98_521_837_794_800L),      // 98521.8377948
                Arguments.of("rsi-reversion-ls", 28, 96_355_711_142_600L),   // 96355.7111426
                Arguments.of("macd-trend-ls", 387, 95_930_703_008_500L));    // 95930.7030085
    }

    @Test
    void everyBundledStrategyHasAnExpectation() {
        assertThat(Stream.concat(expectations(), longShortExpectations()).map(a -> (String) a.get()[0]).toList())
                .containsExactlyElementsOf(BundledStrategies.names());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longShortExpectations")
    void longShortDefaultsOnOrcl(String name, int trades, long finalEquityRaw) {
        BacktestResult result = Backtests.run(name, SharedData.orcl(), "fixed:100");

        assertThat(result.trades()).hasSize(trades);
        assertThat(result.finalEquityRaw()).as("final equity %s", FixedPoint.formatMoney(result.finalEquityRaw())).isEqualTo(finalEquityRaw);
        assertThat(result.failures()).isEmpty();
        assertThat(result.tickets()).allSatisfy(t -> assertThat(t.reason()).isEmpty());
        assertThat(result.fills()).allSatisfy(f -> assertThat(f.quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void defaultsOnOrcl(String name, int trades, long finalEquityRaw) {
        BarSeries orcl = SharedData.orcl();
        BacktestResult result = Backtests.run(name, orcl, "fixed:100");

        assertThat(result.trades()).hasSize(trades);
        assertThat(result.finalEquityRaw()).as("final equity %s", FixedPoint.formatMoney(result.finalEquityRaw())).isEqualTo(finalEquityRaw);
        // sanity: long only, 100 shares a fill, alternating buy / sell starting with a buy, nothing failed or rejected
        assertThat(result.failures()).isEmpty();
        assertThat(result.steps()).isEqualTo(orcl.size());
        List<OrderFilled> fills = result.fills();
        assertThat(fills).isNotEmpty();
        for (int i = 0; i < fills.size(); i++) {
            assertThat(fills.get(i).side()).isEqualTo(i % 2 == 0 ? OrderSide.BUY : OrderSide.SELL);
            assertThat(fills.get(i).quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(100));
        }
        assertThat(fills.size() / 2).isEqualTo(trades);
        assertThat(result.tickets()).allSatisfy(t -> assertThat(t.reason()).isEmpty());
        long feesRaw = fills.stream().mapToLong(OrderFilled::commissionRaw).sum();
        assertThat(result.totalFeesRaw()).isEqualTo(feesRaw);
        assertThat(Arrays.stream(result.equityRaw()).min().orElseThrow()).isPositive();
    }

    @Test
    void buyAndHoldBuysOnceAtTheOpenOfTheSecondBarAndNeverSells() {
        BarSeries orcl = SharedData.orcl();
        BacktestResult result = Backtests.run("buy-and-hold", orcl, "fixed:100");

        assertThat(result.fills()).hasSize(1);
        OrderFilled buy = result.fills().getFirst();
        assertThat(buy.side()).isEqualTo(OrderSide.BUY);
        assertThat(buy.tsNanos()).isEqualTo(orcl.tsNanos(1));
        assertThat(buy.priceRaw()).isEqualTo(orcl.openRaw(1)).isEqualTo(FixedPoint.parsePrice("2.123457"));
        assertThat(buy.quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(100));
        assertThat(buy.commissionRaw()).isEqualTo(FixedPoint.parseMoney("0.2123457")); // 0.1% of 212.3457
        assertThat(result.tickets()).hasSize(1);
        assertThat(result.trades()).isEmpty();
        // cash after the buy plus 100 shares at the last close (44.970001 on 2014-12-31)
        long expected = FixedPoint.parseMoney("100000") - FixedPoint.parseMoney("212.3457") - FixedPoint.parseMoney("0.2123457")
                + 100 * orcl.closeRaw(orcl.size() - 1);
        assertThat(orcl.closeRaw(orcl.size() - 1)).isEqualTo(FixedPoint.parseQuantity("44.970001"));
        assertThat(result.finalEquityRaw()).isEqualTo(expected);
        assertThat(result.stepsInMarket()).isEqualTo(orcl.size() - 1);
    }
}
