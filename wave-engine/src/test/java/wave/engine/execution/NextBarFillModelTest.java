package wave.engine.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Backtests.raw;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import wave.domain.market.OhlcvBar;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.engine.testkit.Bars;

/** The fill rules of {@link NextBarFillModel} as a table (empty expected = no fill). */
class NextBarFillModelTest {
    private final NextBarFillModel model = new NextBarFillModel();

    @ParameterizedTest(name = "{0} {1} limit={2} stop={3} triggered={4} on O={5} H={6} L={7} -> {8}")
    @CsvSource(nullValues = "-", textBlock = """
            # side, type,     limit, stop, triggered, open, high, low,  fill
            BUY,  MARKET,     -,     -,    false,     10.8, 11.2, 10.1, 10.8
            SELL, MARKET,     -,     -,    false,     10.8, 11.2, 10.1, 10.8
            BUY,  LIMIT,      9.5,   -,    false,     10,   10.2, 9.4,  9.5
            BUY,  LIMIT,      9.5,   -,    false,     10,   10.2, 9.5,  9.5
            BUY,  LIMIT,      9.5,   -,    false,     9.2,  9.6,  9.0,  9.2
            BUY,  LIMIT,      9.5,   -,    false,     9.5,  9.6,  9.4,  9.5
            BUY,  LIMIT,      9.5,   -,    false,     10,   10.2, 9.51, -
            SELL, LIMIT,      11,    -,    false,     10.5, 11.3, 10.4, 11
            SELL, LIMIT,      11,    -,    false,     11.4, 11.8, 11.2, 11.4
            SELL, LIMIT,      11,    -,    false,     10.5, 10.99,10.4, -
            BUY,  STOP,       -,     11,   false,     10.6, 11.3, 10.4, 11
            BUY,  STOP,       -,     11,   false,     11.5, 11.8, 11.2, 11.5
            BUY,  STOP,       -,     11,   false,     10.6, 10.99,10.4, -
            SELL, STOP,       -,     9,    false,     9.5,  9.6,  8.7,  9
            SELL, STOP,       -,     9,    false,     8.5,  8.9,  8.2,  8.5
            SELL, STOP,       -,     9,    false,     9.5,  9.6,  9.01, -
            BUY,  STOP_LIMIT, 11.2,  11,   false,     10.6, 11.5, 10.5, 11
            BUY,  STOP_LIMIT, 10.8,  11,   false,     10.6, 11.5, 10.5, 10.8
            BUY,  STOP_LIMIT, 10.8,  11,   false,     10.9, 11.3, 10.85,-
            BUY,  STOP_LIMIT, 10.8,  11,   true,      10.9, 10.95,10.7, 10.8
            BUY,  STOP_LIMIT, 10.8,  11,   false,     10.9, 10.95,10.7, -
            BUY,  STOP_LIMIT, 11.2,  11,   false,     11.5, 11.8, 11.1, 11.2
            BUY,  STOP_LIMIT, 11.6,  11,   false,     11.5, 11.8, 11.1, 11.5
            SELL, STOP_LIMIT, 8.8,   9,    false,     9.5,  9.6,  8.7,  9
            SELL, STOP_LIMIT, 9.2,   9,    false,     9.1,  9.15, 8.9,  -
            SELL, STOP_LIMIT, 9.2,   9,    true,      9.1,  9.3,  9.05, 9.2
            SELL, STOP_LIMIT, 8.8,   9,    false,     8.5,  8.9,  8.2,  8.8
            """)
    void fillPrice(OrderSide side, OrderType type, String limit, String stop, boolean triggered, String open, String high,
                   String low, String expected) {
        long o = raw(open);
        long h = raw(high);
        long l = raw(low);
        OhlcvBar bar = new OhlcvBar(Bars.ACME, 0, o, h, l, Math.max(l, Math.min(h, o)), 1000);
        long price = model.fillPriceRaw(side, type, limit == null ? 0 : raw(limit), stop == null ? 0 : raw(stop), triggered, bar);
        assertThat(price).isEqualTo(expected == null ? FillModel.NO_FILL : raw(expected));
    }
}
