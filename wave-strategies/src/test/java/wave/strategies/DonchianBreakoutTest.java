package wave.strategies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;
import wave.engine.backtest.BacktestResult;

/** donchian-breakout on hand-made bars: strict breakouts of the previous bars' channel, not the current bar's. */
class DonchianBreakoutTest {
    private static final long DAY = 86_400_000_000_000L;

    @Test
    void entersAboveThePreviousHighsAndExitsBelowThePreviousLows() {
        // entry=3, exit=2; each row: high, low, close (open = close)
        double[][] rows = {
                {10, 9, 9.5}, {10, 9, 9.5}, {10, 9, 9.5},
                {10.5, 9.5, 10},   // bar 3: close 10 equals the previous highest high: no breakout
                {11, 10, 10.8},    // bar 4: close 10.8 > 10.5: buy, filled at the open of bar 5
                {11.5, 10.5, 11},  // bar 5
                {11.2, 10.6, 10.6}, // bar 6: lowest low of bars 4-5 is 10: stays long
                {10.2, 9.8, 9.9},  // bar 7: close 9.9 < 10.5 (lows of bars 5-6): sell at the open of bar 8
                {10, 9.5, 9.7}, {10, 9.5, 9.6}};
        BarSeries.Builder builder = BarSeries.builder(InstrumentId.of("DC"), BarSpec.DAY_1, rows.length);
        for (int i = 0; i < rows.length; i++) {
            long close = FixedPoint.priceFromDouble(rows[i][2]);
            builder.add(DAY * (20_000 + i), close, FixedPoint.priceFromDouble(rows[i][0]), FixedPoint.priceFromDouble(rows[i][1]), close, 100);
        }
        BarSeries data = builder.build();

        BacktestResult result = Backtests.run("donchian-breakout", Map.of("entry", "3", "exit", "2"), data, "fixed:100");

        List<OrderFilled> fills = result.fills();
        assertThat(fills).extracting(OrderFilled::side).containsExactly(OrderSide.BUY, OrderSide.SELL);
        assertThat(fills.get(0).tsNanos()).isEqualTo(data.tsNanos(5));
        assertThat(fills.get(0).priceRaw()).isEqualTo(FixedPoint.parsePrice("11"));
        assertThat(fills.get(1).tsNanos()).isEqualTo(data.tsNanos(8));
        assertThat(fills.get(1).priceRaw()).isEqualTo(FixedPoint.parsePrice("9.7"));
        assertThat(result.trades()).hasSize(1);
    }
}
