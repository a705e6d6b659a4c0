package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.domain.portfolio.Fixtures.AAPL;
import static wave.domain.portfolio.Fixtures.FRAC;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.fill;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import wave.domain.instrument.Equity;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Scales;
import wave.domain.order.OrderSide;

/**
 * The ledger invariant {@code cash + market value == deposits + realised - fees + dividends + unrealised} holds
 * exactly after any sequence of fills, marks, splits (whole-share and fractional lots, reverse splits, the 7.00001
 * quirk) and dividends, long and short; quantities, cash in lieu and dividend cash match a {@link BigDecimal} oracle.
 */
class CorporateActionPropertiesTest {
    private static final long SCALE = Scales.QUANTITY;
    private static final Equity[] INSTRUMENTS = {AAPL, FRAC};
    private static final long[] RATIOS = {2 * SCALE, 3 * SCALE, 4 * SCALE, 1_500_000_000L, 7_000_010_000L,
            SCALE / 2, SCALE / 10, SCALE / 4};
    /** Splits that would take a position beyond this quantity or a mark beyond this price are skipped (no overflow). */
    private static final long MAX_UNITS = 50_000L * SCALE;

    enum Kind { FILL, MARK, SPLIT, DIVIDEND }

    record Op(Kind kind, int instrument, boolean buy, long quantityRaw, long priceRaw, long feeRaw, int ratio, long amountRaw) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.frequencyOf(
                        Tuple.of(5, Arbitraries.just(Kind.FILL)),
                        Tuple.of(3, Arbitraries.just(Kind.MARK)),
                        Tuple.of(2, Arbitraries.just(Kind.SPLIT)),
                        Tuple.of(2, Arbitraries.just(Kind.DIVIDEND))),
                Arbitraries.integers().between(0, INSTRUMENTS.length - 1),
                Arbitraries.of(true, false),
                Arbitraries.frequencyOf(
                        Tuple.of(3, Arbitraries.longs().between(1, 500).map(units -> units * SCALE)),
                        Tuple.of(1, Arbitraries.longs().between(1, 500 * SCALE))),
                Arbitraries.longs().between(1, 2_000_000).map(cents -> cents * 10_000_000L),
                Arbitraries.longs().between(0, 5 * SCALE),
                Arbitraries.integers().between(0, RATIOS.length - 1),
                Arbitraries.longs().between(1, 3 * SCALE)
        ).as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 1000)
    void ledgerReconcilesExactlyThroughSplitsAndDividends(@ForAll("ops") List<Op> ops) {
        Portfolio p = new Portfolio(Currency.USD, 1_000_000 * SCALE);
        Position[] positions = {p.position(AAPL), p.position(FRAC)};
        List<String> log = new ArrayList<>();
        long ts = T0;
        long dividends = 0;
        boolean cashInLieuPaid = false;
        for (Op op : ops) {
            ts += 1_000_000_000L;
            Equity instrument = INSTRUMENTS[op.instrument()];
            Position pos = positions[op.instrument()];
            long held = pos.quantityRaw();
            long cashBefore = p.cashRaw();
            switch (op.kind()) {
                case FILL -> {
                    long quantity = instrument.roundDownToLot(op.quantityRaw());
                    if (quantity == 0) {
                        continue;
                    }
                    log.add((op.buy() ? "buy " : "sell ") + FixedPoint.formatQuantity(quantity) + " " + instrument.id() + " @ "
                            + FixedPoint.formatPrice(op.priceRaw()));
                    p.apply(fill(instrument, op.buy() ? OrderSide.BUY : OrderSide.SELL, quantity, op.priceRaw(), op.feeRaw(), ts));
                    pos.mark(op.priceRaw());
                }
                case MARK -> {
                    log.add("mark " + instrument.id() + " " + FixedPoint.formatPrice(op.priceRaw()));
                    pos.mark(op.priceRaw());
                }
                case SPLIT -> {
                    long ratio = RATIOS[op.ratio()];
                    BigDecimal exact = FixedPoint.quantityToBigDecimal(held).multiply(FixedPoint.ratioToBigDecimal(ratio))
                            .setScale(9, RoundingMode.HALF_EVEN);
                    long newMark = FixedPoint.priceToBigDecimal(pos.markRaw())
                            .divide(FixedPoint.ratioToBigDecimal(ratio), 9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
                    if (exact.abs().compareTo(FixedPoint.moneyToBigDecimal(MAX_UNITS)) > 0 || newMark > MAX_UNITS) {
                        continue;
                    }
                    log.add("split " + instrument.id() + " x" + FixedPoint.formatRatio(ratio));
                    long scaled = exact.unscaledValue().longValueExact();
                    long lot = instrument.lotSize().raw();
                    long kept = scaled / lot * lot;
                    long expectedCash = FixedPoint.moneyToBigDecimal(scaled - kept).multiply(FixedPoint.moneyToBigDecimal(newMark))
                            .setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();

                    long cashInLieu = p.applySplit(instrument.id(), ratio, ts);

                    assertThat(pos.quantityRaw()).as("quantity after split, %s", log).isEqualTo(kept);
                    assertThat(pos.markRaw()).as("mark after split, %s", log).isEqualTo(newMark);
                    assertThat(cashInLieu).as("cash in lieu, %s", log).isEqualTo(expectedCash);
                    assertThat(p.cashRaw()).isEqualTo(cashBefore + expectedCash);
                    cashInLieuPaid |= expectedCash != 0;
                }
                case DIVIDEND -> {
                    log.add("dividend " + instrument.id() + " " + FixedPoint.formatMoney(op.amountRaw()));
                    long expected = FixedPoint.quantityToBigDecimal(held).multiply(FixedPoint.moneyToBigDecimal(op.amountRaw()))
                            .setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
                    assertThat(p.applyDividend(instrument.id(), op.amountRaw())).as("dividend cash, %s", log).isEqualTo(expected);
                    assertThat(p.cashRaw()).isEqualTo(cashBefore + expected);
                    dividends += expected;
                }
            }
            assertThat(p.dividendRaw()).as("dividend total, %s", log).isEqualTo(dividends);
            CorporateActionTest.assertReconciles(p);
            for (Position position : positions) {
                if (position.isFlat()) {
                    assertThat(position.costBasisRaw()).as("flat keeps no basis, %s", log).isZero();
                }
            }
        }
        Statistics.label("cash in lieu paid").collect(cashInLieuPaid);
        Statistics.label("cash in lieu paid").coverage(coverage -> coverage.check(true).percentage(percent -> percent >= 10.0));
    }
}
