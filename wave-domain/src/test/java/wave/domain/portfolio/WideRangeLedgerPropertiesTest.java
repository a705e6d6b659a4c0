package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.CryptoSpot;
import wave.domain.instrument.Equity;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.RangeMode;
import wave.domain.money.Scales;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

/**
 * The ledger at the ranges of the wide range (JVM started with {@code -Dwave.range=wide}): an account of 1e12 USD,
 * a token held by the trillion at 1e-8, an index-like price of 1e7 with 1e5 units. After any sequence of fills, marks
 * and deposits the account reconciles exactly (cash + market values == equity == deposits + realised - fees +
 * unrealised), against notionals computed independently in {@link BigDecimal}.
 */
@Tag("wide-range")
@net.jqwik.api.Tag("wide-range") // jqwik properties carry their own tag
class WideRangeLedgerPropertiesTest {
    private static final Instrument TOKEN = new CryptoSpot(InstrumentId.of("SHIB"), Currency.of("SHIB"), Currency.USD,
            Price.of("0.00000000001"), Quantity.of("0.000001"));
    private static final Instrument INDEX = new Equity(InstrumentId.parse("BIG.SIM"), Currency.USD, Price.of("0.01"),
            Quantity.of(1));
    private static final Instrument STOCK = new Equity(InstrumentId.parse("ACME.SIM"), Currency.USD, Price.of("0.01"),
            Quantity.of("0.001"));
    private static final Instrument[] INSTRUMENTS = {TOKEN, INDEX, STOCK};
    private static final long ONE_TRILLION_USD = FixedPoint.parseMoney("1000000000000");

    record Step(int instrument, boolean buy, long quantityRaw, long priceRaw, long feeRaw, long markRaw, long depositRaw) {
    }

    @Test
    void theJvmRunsTheWideRange() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.WIDE);
    }

    @Test
    void aTrillionDollarAccountBuysAndSellsToTheCent() {
        Portfolio p = portfolio(ONE_TRILLION_USD);
        // 99,000 units at 10,000,000 = 990 billion, fee 0.01% = 99,000,000
        p.apply(fill(INDEX, OrderSide.BUY, "99000", "10000000", "99000000"));
        assertThat(p.cashRaw()).isEqualTo(FixedPoint.parseMoney("9901000000"));
        p.position(INDEX).mark(FixedPoint.parsePrice("10000000.01"));
        assertThat(p.position(INDEX).marketValueRaw()).isEqualTo(FixedPoint.parseMoney("990000000990"));
        assertThat(p.equityRaw()).isEqualTo(FixedPoint.parseMoney("999901000990"));
        ClosedTrade trade = p.apply(fill(INDEX, OrderSide.SELL, "99000", "10000000.02", "99000000.01"));
        assertThat(trade.grossPnlRaw()).isEqualTo(FixedPoint.parseMoney("1980"));
        assertThat(p.cashRaw()).isEqualTo(p.equityRaw()).isEqualTo(FixedPoint.parseMoney("999802001979.99"));
    }

    @Test
    void aTrillionTokensAtOneHundredMillionthBuyMarkAndSell() {
        Portfolio p = portfolio(FixedPoint.parseMoney("20000"));
        p.apply(fill(TOKEN, OrderSide.BUY, "1000000000000", "0.00000001", "10"));
        assertThat(p.position(TOKEN).quantityRaw()).isEqualTo(FixedPoint.parseQuantity("1000000000000"));
        assertThat(p.cashRaw()).isEqualTo(FixedPoint.parseMoney("9990"));
        p.position(TOKEN).mark(FixedPoint.parsePrice("0.00000001234"));
        assertThat(p.position(TOKEN).marketValueRaw()).isEqualTo(FixedPoint.parseMoney("12340"));
        assertThat(p.equityRaw()).isEqualTo(FixedPoint.parseMoney("22330"));
        assertThat(p.position(TOKEN).averagePriceRaw()).isEqualTo(FixedPoint.parsePrice("0.00000001"));
        ClosedTrade trade = p.apply(fill(TOKEN, OrderSide.SELL, "1000000000000", "0.00000001233", "12.33"));
        assertThat(trade.grossPnlRaw()).isEqualTo(FixedPoint.parseMoney("2330"));
        assertThat(p.cashRaw()).isEqualTo(p.equityRaw()).isEqualTo(FixedPoint.parseMoney("22307.67"));
    }

    @Test
    void beyondTheWideRangeAPositionValueIsANamedError() {
        Portfolio p = portfolio(ONE_TRILLION_USD);
        p.apply(fill(INDEX, OrderSide.BUY, "100001", "10000000", "0"));
        assertThatThrownBy(() -> p.position(INDEX).mark(FixedPoint.parsePrice("92233720")))
                .isInstanceOf(FixedPointOverflowException.class)
                .hasMessageStartingWith("notional of 100,001 BIG.SIM at 92,233,720 overflows 6-decimal fixed point");
    }

    /** A USD account that knows the three instruments. */
    private static Portfolio portfolio(long cashRaw) {
        Portfolio p = new Portfolio(Currency.USD, cashRaw);
        for (Instrument instrument : INSTRUMENTS) {
            p.position(instrument);
        }
        return p;
    }

    private static OrderFilled fill(Instrument instrument, OrderSide side, String quantity, String price, String fee) {
        return new OrderFilled(new ClientOrderId(1), 1_700_000_000_000_000_000L, instrument.id(), side,
                FixedPoint.parseQuantity(quantity), FixedPoint.parsePrice(price), FixedPoint.parseMoney(fee), Currency.USD);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Arbitraries.integers().between(0, INSTRUMENTS.length - 1).flatMap(i -> Combinators.combine(
                Arbitraries.of(true, false),
                quantity(i),
                price(i),
                Arbitraries.longs().between(0, FixedPoint.parseMoney("1000000")),
                price(i),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, Arbitraries.just(0L)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, ONE_TRILLION_USD))))
                .as((buy, qty, price, fee, mark, deposit) -> new Step(i, buy, qty, price, fee, mark, deposit)));
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    /** Quantities up to 1e12 tokens (6 decimals), 1e5 index units, 1e6 shares (3 decimals). */
    private static Arbitrary<Long> quantity(int instrument) {
        return switch (instrument) {
            case 0 -> Arbitraries.longs().between(1, 1_000_000_000_000L * Scales.QUANTITY);
            case 1 -> Arbitraries.longs().between(1, 100_000).map(units -> units * Scales.QUANTITY);
            default -> Arbitraries.longs().between(1, 1_000_000_000L).map(thousandths -> thousandths * (Scales.QUANTITY / 1_000));
        };
    }

    /** Prices from 1e-11 to 1e-6 (token), 1e6 to 1e7 in cents (index), 0.01 to 1,000 (stock). */
    private static Arbitrary<Long> price(int instrument) {
        return switch (instrument) {
            case 0 -> Arbitraries.longs().between(1, 100_000L);
            case 1 -> Arbitraries.longs().between(100_000_000L, 1_000_000_000L).map(cents -> cents * (Scales.PRICE / 100));
            default -> Arbitraries.longs().between(1, 100_000L).map(cents -> cents * (Scales.PRICE / 100));
        };
    }

    @Property(tries = 500)
    void theLedgerReconcilesExactlyAtTheWideRanges(@ForAll("steps") List<Step> steps) {
        Portfolio p = portfolio(ONE_TRILLION_USD);
        long[] held = new long[INSTRUMENTS.length];
        long[] last = new long[INSTRUMENTS.length];
        BigInteger notionals = BigInteger.ZERO;
        BigInteger fees = BigInteger.ZERO;
        long deposits = ONE_TRILLION_USD;
        for (Step s : steps) {
            Instrument instrument = INSTRUMENTS[s.instrument()];
            long signed = s.buy() ? s.quantityRaw() : -s.quantityRaw();
            if (Math.abs(held[s.instrument()] + signed) > maxHolding(s.instrument())) {
                signed = -held[s.instrument()]; // keep positions where the marks cannot overflow: close instead
                if (signed == 0) {
                    continue;
                }
            }
            p.apply(new OrderFilled(new ClientOrderId(1), 1_700_000_000_000_000_000L, instrument.id(),
                    signed > 0 ? OrderSide.BUY : OrderSide.SELL, Math.abs(signed), s.priceRaw(), s.feeRaw(), Currency.USD));
            held[s.instrument()] += signed;
            last[s.instrument()] = s.priceRaw();
            notionals = notionals.add(BigInteger.valueOf(exactNotional(s.priceRaw(), signed)));
            fees = fees.add(BigInteger.valueOf(s.feeRaw()));
            if (s.depositRaw() != 0 && deposits + s.depositRaw() <= 4 * ONE_TRILLION_USD) {
                p.deposit(Currency.USD, s.depositRaw());
                deposits += s.depositRaw();
            }
            p.position(instrument).mark(s.markRaw());
            checkInvariants(p, held, deposits, notionals, fees);
        }
        for (int i = 0; i < INSTRUMENTS.length; i++) {
            if (held[i] != 0) {
                p.apply(new OrderFilled(new ClientOrderId(2), 1_700_000_000_000_000_000L, INSTRUMENTS[i].id(),
                        held[i] > 0 ? OrderSide.SELL : OrderSide.BUY, Math.abs(held[i]), last[i], 0, Currency.USD));
                notionals = notionals.add(BigInteger.valueOf(exactNotional(last[i], -held[i])));
                held[i] = 0;
            }
        }
        checkInvariants(p, held, deposits, notionals, fees);
        assertThat(p.unrealizedPnlRaw()).isZero();
        assertThat(p.cashRaw()).isEqualTo(p.equityRaw()).isEqualTo(deposits + p.realizedPnlRaw() - p.commissionRaw());
    }

    /** Largest holding (raw) whose value at the instrument's highest price stays far inside the money range. */
    private static long maxHolding(int instrument) {
        return switch (instrument) {
            case 0 -> FixedPoint.parseQuantity("1000000000000");
            case 1 -> FixedPoint.parseQuantity("100000");
            default -> FixedPoint.parseQuantity("1000000");
        };
    }

    private static void checkInvariants(Portfolio p, long[] held, long deposits, BigInteger notionals, BigInteger fees) {
        long marketValue = 0;
        long unrealized = 0;
        for (int i = 0; i < INSTRUMENTS.length; i++) {
            Position pos = p.position(INSTRUMENTS[i]);
            assertThat(pos.quantityRaw()).isEqualTo(held[i]);
            if (!pos.isFlat()) {
                assertThat(pos.marketValueRaw()).isEqualTo(exactNotional(pos.markRaw(), pos.quantityRaw()));
            }
            marketValue += pos.marketValueRaw();
            unrealized += pos.unrealizedPnlRaw();
        }
        assertThat(p.cashRaw()).as("cash == deposits - notionals - fees")
                .isEqualTo(BigInteger.valueOf(deposits).subtract(notionals).subtract(fees).longValueExact());
        assertThat(p.cashRaw() + marketValue).as("cash + market values == equity").isEqualTo(p.equityRaw());
        assertThat(deposits + p.realizedPnlRaw() - p.commissionRaw() + unrealized)
                .as("deposits + realised - fees + unrealised == equity").isEqualTo(p.equityRaw());
    }

    /** Price x quantity in BigDecimal, rounded half-even once to the money scale. */
    private static long exactNotional(long priceRaw, long quantityRaw) {
        return BigDecimal.valueOf(priceRaw, Scales.PRICE_DIGITS).multiply(BigDecimal.valueOf(quantityRaw, Scales.QUANTITY_DIGITS))
                .setScale(Scales.MONEY_DIGITS, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
