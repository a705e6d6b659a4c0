package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.portfolio.Fixtures.AAPL;
import static wave.domain.portfolio.Fixtures.FRAC;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.fill;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.OrderSide;

/**
 * The ledger invariant with borrow fees, {@code cash + market value == deposits + realised - fees + dividends -
 * borrow fees + unrealised}, holds exactly after any sequence of fills (long and short), marks, dividends and borrow
 * fees charged on short positions.
 */
class BorrowFeeLedgerPropertiesTest {
    private static final long SCALE = Scales.QUANTITY;
    private static final Equity[] INSTRUMENTS = {AAPL, FRAC};

    record Op(int kind, int instrument, boolean buy, long quantityRaw, long priceRaw, long feeRaw) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, INSTRUMENTS.length - 1),
                Arbitraries.of(true, false),
                Arbitraries.longs().between(1, 500 * SCALE),
                Arbitraries.longs().between(1, 2_000_000).map(cents -> cents * 10_000_000L),
                Arbitraries.longs().between(0, 5 * SCALE)
        ).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 500)
    void ledgerReconcilesExactlyWithBorrowFees(@ForAll("ops") List<Op> ops) {
        Portfolio p = new Portfolio(Currency.USD, 1_000_000 * SCALE);
        Position[] positions = {p.position(AAPL), p.position(FRAC)};
        List<String> log = new ArrayList<>();
        long ts = T0;
        long borrowFees = 0;
        for (Op op : ops) {
            ts += 1_000_000_000L;
            Equity instrument = INSTRUMENTS[op.instrument()];
            Position pos = positions[op.instrument()];
            long cashBefore = p.cashRaw();
            switch (op.kind()) {
                case 0 -> {
                    long quantity = instrument.roundDownToLot(op.quantityRaw());
                    if (quantity == 0) {
                        continue;
                    }
                    log.add((op.buy() ? "buy " : "sell ") + FixedPoint.formatQuantity(quantity) + " " + instrument.id());
                    p.apply(fill(instrument, op.buy() ? OrderSide.BUY : OrderSide.SELL, quantity, op.priceRaw(), op.feeRaw(), ts));
                    pos.mark(op.priceRaw());
                }
                case 1 -> {
                    log.add("mark " + instrument.id() + " " + FixedPoint.formatPrice(op.priceRaw()));
                    pos.mark(op.priceRaw());
                }
                case 2 -> {
                    log.add("dividend " + instrument.id());
                    p.applyDividend(instrument.id(), op.feeRaw() / 10);
                }
                default -> {
                    // a borrow fee of fee/1000 per unit value, only on shorts (as the engine charges it)
                    long fee = pos.quantityRaw() < 0 ? FixedPoint.scale(-pos.marketValueRaw(), op.feeRaw(), 1000 * SCALE) : 0;
                    log.add("borrow fee " + instrument.id() + " " + FixedPoint.formatMoney(fee));
                    p.chargeBorrowFee(instrument.id(), fee);
                    assertThat(p.cashRaw()).as("cash after borrow fee, %s", log).isEqualTo(cashBefore - fee);
                    borrowFees += fee;
                }
            }
            assertThat(p.borrowFeeRaw()).as("borrow fee total, %s", log).isEqualTo(borrowFees);
            assertThat(positions[0].borrowFeeRaw() + positions[1].borrowFeeRaw()).isEqualTo(borrowFees);
            CorporateActionTest.assertReconciles(p);
        }
    }

    @Test
    void aNegativeBorrowFeeIsRefused() {
        Portfolio p = new Portfolio(Currency.USD, 1_000 * SCALE);
        p.position(AAPL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.chargeBorrowFee(AAPL.id(), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
