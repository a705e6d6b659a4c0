package wave.domain.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import wave.domain.instrument.Equity;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

/**
 * Whatever the fills and the lot method, once the position is flat the closed lots add up, to the raw unit, to the
 * cash the fills brought (sales less purchases less every fee), and the quantity closed long and short equals the
 * quantity opened.
 */
class TaxLotPropertiesTest {
    private static final InstrumentId ABC = InstrumentId.of("ABC");

    @Property(tries = 300)
    void gainsAddUpToTheCashOfAFlatSequence(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = -50, max = 50) Integer> trades,
                                            @ForAll @IntRange(min = 1, max = 9_999) int priceCents,
                                            @ForAll @IntRange(min = 0, max = 999) int feeCents) {
        List<OrderFilled> fills = new ArrayList<>();
        long held = 0;
        long cash = 0;
        for (int i = 0; i <= trades.size(); i++) {
            long quantity = i < trades.size() ? trades.get(i) : -held;
            if (quantity == 0) {
                continue;
            }
            long price = FixedPoint.priceOfUnits(priceCents + 37L * i) / 100;
            long fee = FixedPoint.moneyOfUnits(feeCents + i) / 100;
            OrderSide side = quantity > 0 ? OrderSide.BUY : OrderSide.SELL;
            OrderFilled fill = new OrderFilled(new ClientOrderId(fills.size() + 1), i, ABC, side,
                    FixedPoint.quantityOfUnits(Math.abs(quantity)), price, fee, Currency.USD);
            fills.add(fill);
            cash += -FixedPoint.notional(price, fill.signedQuantityRaw()) - fee;
            held += quantity;
        }
        for (LotMethod method : LotMethod.values()) {
            List<TaxLot> lots = TaxLotLedger.closedLots(fills, method, id -> Equity.usd(ABC));
            assertThat(lots.stream().mapToLong(TaxLot::gainRaw).sum()).as(method.name()).isEqualTo(cash);
            long opened = fills.stream().mapToLong(OrderFilled::quantityRaw).sum();
            assertThat(2 * lots.stream().mapToLong(TaxLot::quantityRaw).sum()).as(method.name()).isEqualTo(opened);
        }
    }
}
