package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import wave.domain.market.BarSeries;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.BacktestResult;
import wave.strategies.SmaCrossReference.SmaComparison;

/**
 * Acceptance test: sma-cross 10/30 on ORCL 1995-2014 (Close column, 5036 bars), 100,000 USD, 0.1% fee of notional
 * per fill, long only, the position left open at the end. The engine's numbers are pinned and cross-checked fill by
 * fill, to the nano-unit, against {@link SmaCrossReference}, an independent BigDecimal loop with exact SMAs.
 *
 * <p>On 2004-06-29 the exact SMA10 and SMA30 are both 11.375, a tie and so no cross. The running-sum double SMA
 * (TA-Lib's method) gives SMA10 - SMA30 = +8.9e-15 there after 2,400 bars of rounding drift; the crossover treats
 * values within a relative {@link wave.indicators.Crossover#TIE_TOLERANCE} as equal, so the engine agrees with the
 * exact reference on that bar too.
 */
class SmaCrossOrclTest {
    private static final Map<String, String> PARAMS = Map.of("fast", "10", "slow", "30");
    private static final BigDecimal CASH = new BigDecimal("100000");
    private static final BigDecimal FEE_RATE = new BigDecimal("0.001");

    private static BarSeries orcl;

    @BeforeAll
    static void load() {
        orcl = SharedData.orcl();
    }

    @Test
    void fixedHundredShares() {
        BacktestResult result = Backtests.run("sma-cross", PARAMS, orcl, "fixed:100");

        assertThat(orcl.size()).isEqualTo(5036);
        assertThat(result.failures()).isEmpty();
        assertThat(result.trades()).hasSize(97);
        assertThat(result.fills()).hasSize(195);
        assertThat(result.finalEquityRaw()).isEqualTo(102_302_332_953_700L); // 102302.3329537 USD
        assertSameFills(result, reference(SmaComparison.EXACT, 100));
        assertTieIsNotACross(result);
    }

    @Test
    void allIn() {
        BacktestResult result = Backtests.run("sma-cross", PARAMS, orcl, "all-in");

        assertThat(result.failures()).isEmpty();
        assertThat(result.trades()).hasSize(97);
        assertThat(result.fills()).hasSize(195);
        assertThat(result.finalEquityRaw()).isEqualTo(418_140_343_196_831L); // 418140.343196831 USD
        assertSameFills(result, reference(SmaComparison.EXACT, 0));
        assertTieIsNotACross(result);
    }

    private static SmaCrossReference.Outcome reference(SmaComparison comparison, long fixedShares) {
        return SmaCrossReference.run(SharedData.require(SharedData.ORCL), comparison, 10, 30, CASH, FEE_RATE, fixedShares);
    }

    /** Same fills (time, side, quantity, price), same cash and same final equity, exactly. */
    private static void assertSameFills(BacktestResult result, SmaCrossReference.Outcome reference) {
        assertThat(reference.bars()).isEqualTo(orcl.size());
        assertThat(result.trades()).hasSize(reference.closedTrades());
        List<OrderFilled> fills = result.fills();
        assertThat(fills).hasSameSizeAs(reference.fills());
        for (int i = 0; i < fills.size(); i++) {
            OrderFilled fill = fills.get(i);
            SmaCrossReference.Fill expected = reference.fills().get(i);
            assertThat(fill.tsNanos()).as("fill %d time", i).isEqualTo(orcl.tsNanos(expected.bar()));
            assertThat(fill.side()).as("fill %d side", i).isEqualTo(expected.side() > 0 ? OrderSide.BUY : OrderSide.SELL);
            assertThat(fill.quantityRaw()).as("fill %d quantity", i).isEqualTo(FixedPoint.quantityOfUnits(expected.quantity()));
            assertThat(FixedPoint.priceToBigDecimal(fill.priceRaw())).as("fill %d price", i).isEqualByComparingTo(expected.price());
        }
        assertThat(result.portfolio().position(orcl.instrument()).quantityRaw()).isEqualTo(FixedPoint.quantityOfUnits(reference.held()));
        assertThat(FixedPoint.moneyToBigDecimal(result.portfolio().cashRaw())).isEqualByComparingTo(reference.cash());
        assertThat(FixedPoint.moneyToBigDecimal(result.finalEquityRaw())).isEqualByComparingTo(reference.finalValue());
    }

    /** The buy after the 2004-06-29 tie happens at the open of 2004-07-01 (the cross on 06-30), not on 06-30. */
    private static void assertTieIsNotACross(BacktestResult result) {
        assertThat(result.fills()).noneMatch(f -> f.tsNanos() == dayNanos("2004-06-30"));
        assertThat(result.fills()).anyMatch(f -> f.tsNanos() == dayNanos("2004-07-01") && f.side() == OrderSide.BUY);
    }

    private static long dayNanos(String isoDate) {
        return LocalDate.parse(isoDate).atStartOfDay().toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
    }
}
