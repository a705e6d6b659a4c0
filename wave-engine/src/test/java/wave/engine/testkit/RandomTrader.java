package wave.engine.testkit;

import java.util.Random;
import wave.domain.market.Bar;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;
import wave.engine.strategy.Strategy;

/**
 * A busy, seeded strategy for property-style tests: on most bars it places one of market (fixed, all-in, percent),
 * limit, stop or stop-limit orders, cancels stale ones and closes positions, so fills, rejections, cancellations
 * and shorts all happen. Deterministic for a given seed.
 */
public final class RandomTrader extends Strategy<RandomTrader.Params> {
    /** The seed. */
    public record Params(long seed) {
    }

    private final Random random;
    private OrderTicket resting;

    public RandomTrader(Params params) {
        super(params);
        this.random = new Random(params.seed());
    }

    @Override
    protected void onBar(Bar bar) {
        long close = bar.closeRaw();
        int action = random.nextInt(12);
        long units = 1 + random.nextInt(40);
        String near = FixedPoint.formatPrice(close + (random.nextInt(2001) - 1000) * 1_000_000L); // close +- 1.000
        switch (action) {
            case 0 -> buy(new Sizing.Fixed(FixedPoint.quantityOfUnits(units)));
            case 1 -> buy(new Sizing.PercentOfEquity(1 + random.nextInt(30)));
            case 2 -> sell(wave.domain.money.Quantity.of(units));
            case 3 -> resting = limit(OrderSide.BUY, wave.domain.money.Quantity.of(units), wave.domain.money.Price.of(near));
            case 4 -> resting = limit(OrderSide.SELL, wave.domain.money.Quantity.of(units), wave.domain.money.Price.of(near));
            case 5 -> resting = stop(random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL, wave.domain.money.Quantity.of(units),
                    wave.domain.money.Price.of(near));
            case 6 -> resting = stopLimit(random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL, wave.domain.money.Quantity.of(units),
                    wave.domain.money.Price.of(near), wave.domain.money.Price.of(near));
            case 7 -> closePosition();
            case 8 -> {
                if (resting != null && resting.isOpen()) {
                    cancel(resting);
                }
            }
            case 9 -> {
                if (random.nextInt(10) == 0) {
                    buyAllIn();
                }
            }
            case 10 -> sellShort();
            default -> {
            }
        }
    }
}
