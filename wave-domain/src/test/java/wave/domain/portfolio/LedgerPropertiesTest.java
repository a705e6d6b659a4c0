package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
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
import wave.domain.instrument.Future;
import wave.domain.instrument.Instrument;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.money.Scales;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

/**
 * The ledger acceptance property: after any sequence of fills over several instruments (equities with fractional
 * quantities and a future with a multiplier), with random fees and marks, the account reconciles exactly in raw
 * fixed point. The oracle for notionals is {@link BigDecimal}, independent of {@link FixedPoint}.
 */
class LedgerPropertiesTest {
    static final long INITIAL_CASH = FixedPoint.parseMoney("1000000");
    static final long SCALE = Scales.QUANTITY;

    /** Three equities (fractional quantities allowed) and one future with multiplier 50. */
    static final Instrument[] INSTRUMENTS = {
            new Equity(InstrumentId.parse("AAA.SIM"), Currency.USD, Price.of("0.000001"), Quantity.of("0.000000001")),
            new Equity(InstrumentId.parse("BBB.SIM"), Currency.USD, Price.of("0.000001"), Quantity.of("0.000000001")),
            new Equity(InstrumentId.parse("CCC.SIM"), Currency.USD, Price.of("0.000001"), Quantity.of("0.000000001")),
            new Future(InstrumentId.parse("ES.CME"), Currency.USD, Price.of("0.000001"), Quantity.of("0.000000001"),
                    Quantity.of(50), LocalDate.of(2030, 12, 20)),
    };
    static final int FUTURE = 3;
    /** Largest price per instrument, in millionths (prices have up to 6 decimals). */
    static final long[] MAX_PRICE_MICROS = {1_000_000_000L, 200_000_000L, 5_000_000L, 5_000_000_000L};
    /** Largest quantity of one random fill per instrument, in whole units. */
    static final long[] MAX_UNITS = {100, 500, 10_000, 5};

    /** How a step chooses its quantity. */
    enum Kind {
        /** The generated side and quantity. */
        FREE,
        /** Exactly the open quantity, on the other side (falls back to FREE when flat). */
        CLOSE,
        /** The open quantity plus the generated quantity, on the other side: a flip (FREE when flat). */
        FLIP
    }

    /**
     * One fill, one mark and an optional deposit (or withdrawal), as generated; CLOSE and FLIP resolve their quantity
     * against the current position.
     */
    record Step(int instrument, OrderSide side, Kind kind, long quantityRaw, long priceRaw, long feeRaw, int markInstrument,
                long markPriceRaw, long depositRaw) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return step().list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Step>> stepsWithWholeFutureContracts() {
        return step()
                .map(s -> s.instrument() == FUTURE
                        ? new Step(s.instrument(), s.side(), s.kind(), Math.max(SCALE, s.quantityRaw() / SCALE * SCALE),
                        s.priceRaw(), s.feeRaw(), s.markInstrument(), s.markPriceRaw(), s.depositRaw())
                        : s)
                .list().ofMinSize(1).ofMaxSize(60);
    }

    private Arbitrary<Step> step() {
        return Arbitraries.integers().between(0, INSTRUMENTS.length - 1).flatMap(i -> Combinators.combine(
                Arbitraries.of(OrderSide.values()),
                Arbitraries.frequency(Tuple.of(6, Kind.FREE), Tuple.of(2, Kind.CLOSE), Tuple.of(2, Kind.FLIP)),
                quantity(MAX_UNITS[i]),
                price(MAX_PRICE_MICROS[i]),
                fee(),
                Arbitraries.integers().between(0, INSTRUMENTS.length - 1),
                price(MAX_PRICE_MICROS[FUTURE]),
                deposit()
        ).as((side, kind, qty, price, fee, markInstrument, markPrice, deposit) ->
                new Step(i, side, kind, qty, price, fee, markInstrument,
                        Math.min(markPrice, MAX_PRICE_MICROS[markInstrument] * 1_000), deposit)));
    }

    /** Raw quantities: any with up to 9 decimals, whole units, or dust of a few nano-units. */
    private static Arbitrary<Long> quantity(long maxUnits) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.longs().between(1, maxUnits * SCALE)),
                Tuple.of(3, Arbitraries.longs().between(1, maxUnits).map(u -> u * SCALE)),
                Tuple.of(1, Arbitraries.longs().between(1, 1_000)));
    }

    /** Raw prices with up to 6 decimals (sometimes whole cents), at least 0.000001. */
    private static Arbitrary<Long> price(long maxMicros) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, maxMicros)),
                Tuple.of(1, Arbitraries.longs().between(1, maxMicros / 10_000).map(c -> c * 10_000)))
                .map(micros -> micros * 1_000);
    }

    /** Raw fees from 0 to 10 with nine decimals, often zero. */
    private static Arbitrary<Long> fee() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0L)),
                Tuple.of(3, Arbitraries.longs().between(0, 10 * SCALE)),
                Tuple.of(1, Arbitraries.longs().between(0, 100)));
    }

    /** Usually no cash movement; sometimes a deposit of up to 100,000 or a withdrawal of up to 1,000. */
    private static Arbitrary<Long> deposit() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(0L)),
                Tuple.of(1, Arbitraries.longs().between(-1_000 * SCALE, 100_000 * SCALE)));
    }

    /** Independent notional: price x signed quantity x multiplier, exact, then rounded half-even to 9 decimals once. */
    static long exactNotionalRaw(Instrument instrument, long priceRaw, long signedQuantityRaw) {
        BigDecimal exact = FixedPoint.priceToBigDecimal(priceRaw)
                .multiply(FixedPoint.quantityToBigDecimal(signedQuantityRaw))
                .multiply(FixedPoint.quantityToBigDecimal(instrument.multiplier().raw()));
        return exact.setScale(Scales.MONEY_DIGITS, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** Replays the steps against a portfolio and an independent model, checking after every step. */
    static final class Replay {
        final Portfolio portfolio = new Portfolio(Currency.USD, INITIAL_CASH);
        final Position[] positions = new Position[INSTRUMENTS.length];
        final long[] modelQuantity = new long[INSTRUMENTS.length];
        final long[] modelFees = new long[INSTRUMENTS.length];
        final long[] realizedAtTradeStart = new long[INSTRUMENTS.length];
        final long[] lastPrice = new long[INSTRUMENTS.length];
        final List<String> log = new ArrayList<>();
        BigInteger sumNotional = BigInteger.ZERO;
        BigInteger sumFees = BigInteger.ZERO;
        long deposits = INITIAL_CASH;
        int expectedClosedTrades;
        int flips;
        int closesToFlat;
        int partialReductions;
        int futureFills;
        /** When false, a fill that would cross zero is cut down to a close. */
        final boolean allowFlips;
        long ts = 1_700_000_000_000_000_000L;
        long orderSequence;

        Replay() {
            this(true);
        }

        Replay(boolean allowFlips) {
            this.allowFlips = allowFlips;
            for (int i = 0; i < INSTRUMENTS.length; i++) {
                positions[i] = portfolio.position(INSTRUMENTS[i]);
            }
        }

        void run(List<Step> steps) {
            for (Step s : steps) {
                long held = modelQuantity[s.instrument()];
                long signed = switch (held == 0 ? Kind.FREE : s.kind()) {
                    case FREE -> s.side() == OrderSide.BUY ? s.quantityRaw() : -s.quantityRaw();
                    case CLOSE -> -held;
                    case FLIP -> held > 0 ? -(held + s.quantityRaw()) : -held + s.quantityRaw();
                };
                if (!allowFlips && held != 0 && Long.signum(held + signed) == -Long.signum(held)) {
                    signed = -held;
                }
                fill(s.instrument(), signed, s.priceRaw(), s.feeRaw());
                if (s.depositRaw() != 0) {
                    portfolio.deposit(Currency.USD, s.depositRaw());
                    deposits += s.depositRaw();
                    log.add("  deposit " + FixedPoint.formatMoney(s.depositRaw()));
                }
                positions[s.markInstrument()].mark(s.markPriceRaw());
                log.add("  mark " + INSTRUMENTS[s.markInstrument()].id() + " " + FixedPoint.formatPrice(s.markPriceRaw()));
                checkInvariants();
            }
        }

        /** Closes every open position at its last fill price with a fee of 0.01. */
        void closeAll() {
            for (int i = 0; i < INSTRUMENTS.length; i++) {
                if (modelQuantity[i] != 0) {
                    fill(i, -modelQuantity[i], lastPrice[i], FixedPoint.parseQuantity("0.01"));
                    checkInvariants();
                }
            }
        }

        void fill(int i, long signedQuantityRaw, long priceRaw, long feeRaw) {
            Instrument instrument = INSTRUMENTS[i];
            OrderSide side = signedQuantityRaw > 0 ? OrderSide.BUY : OrderSide.SELL;
            ts += 1_000_000_000L;
            OrderFilled fill = new OrderFilled(new ClientOrderId(++orderSequence), ts, instrument.id(), side,
                    Math.abs(signedQuantityRaw), priceRaw, feeRaw, Currency.USD);
            log.add(side + " " + FixedPoint.formatQuantity(Math.abs(signedQuantityRaw)) + " " + instrument.id() + " @ "
                    + FixedPoint.formatPrice(priceRaw) + " fee " + FixedPoint.formatMoney(feeRaw));

            long before = modelQuantity[i];
            long realizedBefore = positions[i].realizedPnlRaw();
            ClosedTrade trade = portfolio.apply(fill);

            modelQuantity[i] = Math.addExact(before, signedQuantityRaw);
            modelFees[i] += feeRaw;
            lastPrice[i] = priceRaw;
            sumNotional = sumNotional.add(BigInteger.valueOf(exactNotionalRaw(instrument, priceRaw, signedQuantityRaw)));
            sumFees = sumFees.add(BigInteger.valueOf(feeRaw));

            long after = modelQuantity[i];
            if (before != 0 && after == 0) {
                closesToFlat++;
            } else if (before != 0 && Long.signum(after) == -Long.signum(before)) {
                flips++;
            } else if (before != 0 && Long.signum(signedQuantityRaw) != Long.signum(before)) {
                partialReductions++;
            }
            if (i == FUTURE) {
                futureFills++;
            }
            boolean closes = before != 0 && (modelQuantity[i] == 0 || Long.signum(modelQuantity[i]) != Long.signum(before));
            if (closes) {
                expectedClosedTrades++;
                assertThat(trade).as("closed trade of %s", log).isNotNull();
                assertThat(trade.instrument()).isEqualTo(instrument.id());
                assertThat(trade.side()).isEqualTo(before > 0 ? PositionSide.LONG : PositionSide.SHORT);
                assertThat(trade.exitTsNanos()).isEqualTo(ts);
                assertThat(trade.entryTsNanos()).isLessThan(ts);
                assertThat(trade.quantityRaw()).isGreaterThanOrEqualTo(Math.abs(before));
                // the trade's gross P&L is everything the position realised since the trade started
                assertThat(trade.grossPnlRaw()).as("gross P&L of the closed trade, %s", log)
                        .isEqualTo(positions[i].realizedPnlRaw() - realizedAtTradeStart[i]);
                realizedAtTradeStart[i] = positions[i].realizedPnlRaw();
            } else {
                assertThat(trade).as("no trade closes, %s", log).isNull();
                if (Long.signum(signedQuantityRaw) == Long.signum(before) || before == 0) {
                    assertThat(positions[i].realizedPnlRaw()).as("adding realises nothing").isEqualTo(realizedBefore);
                }
            }
        }

        void checkInvariants() {
            Portfolio p = portfolio;
            long cash = p.cashRaw();
            long marketValue = 0;
            long realized = 0;
            long unrealized = 0;
            long fees = 0;
            for (int i = 0; i < INSTRUMENTS.length; i++) {
                Position pos = positions[i];
                assertThat(pos.quantityRaw()).as("%s quantity == signed sum of its fills, %s", INSTRUMENTS[i].id(), log)
                        .isEqualTo(modelQuantity[i]);
                assertThat(pos.isFlat()).isEqualTo(modelQuantity[i] == 0);
                if (pos.isFlat()) {
                    assertThat(pos.costBasisRaw()).as("flat position keeps no basis, %s", log).isZero();
                    assertThat(pos.marketValueRaw()).isZero();
                    assertThat(pos.unrealizedPnlRaw()).isZero();
                }
                assertThat(pos.commissionRaw()).isEqualTo(modelFees[i]);
                assertThat(pos.marketValueRaw()).as("market value at the mark, %s", log).isEqualTo(
                        pos.isFlat() ? 0 : INSTRUMENTS[i].notionalRaw(pos.markRaw(), pos.quantityRaw()));
                marketValue += pos.marketValueRaw();
                realized += pos.realizedPnlRaw();
                unrealized += pos.unrealizedPnlRaw();
                fees += modelFees[i];
            }
            assertThat(p.positions()).hasSize(INSTRUMENTS.length);
            assertThat(p.realizedPnlRaw()).isEqualTo(realized);
            assertThat(p.unrealizedPnlRaw()).isEqualTo(unrealized);
            assertThat(p.depositedRaw()).isEqualTo(deposits);
            assertThat(p.commissionRaw()).as("fees charged").isEqualTo(fees).isEqualTo(sumFees.longValueExact());
            assertThat(p.closedTrades()).hasSize(expectedClosedTrades);

            assertThat(cash + marketValue).as("cash + sum(market value) == equity, %s", log).isEqualTo(p.equityRaw());
            assertThat(p.depositedRaw() + p.realizedPnlRaw() - p.commissionRaw() + p.unrealizedPnlRaw())
                    .as("deposits + realised - fees + unrealised == equity, %s", log)
                    .isEqualTo(p.equityRaw());
        }

        long expectedCashRaw() {
            return BigInteger.valueOf(deposits).subtract(sumNotional).subtract(sumFees).longValueExact();
        }
    }

    @Property(tries = 1000)
    void ledgerReconcilesExactlyAfterAnyFillSequence(@ForAll("steps") List<Step> steps) {
        Replay replay = new Replay();
        replay.run(steps);
        // the generator must really exercise flips, closes, partial reductions and the future
        collect("flip", replay.flips > 0);
        collect("close to flat", replay.closesToFlat > 0);
        collect("partial reduction", replay.partialReductions > 0);
        collect("future fill", replay.futureFills > 0);
        replay.closeAll();

        // everything is flat: the round trips account for all realised P&L and all fees
        Portfolio p = replay.portfolio;
        long grossOfTrades = p.closedTrades().stream().mapToLong(ClosedTrade::grossPnlRaw).sum();
        long feesOfTrades = p.closedTrades().stream().mapToLong(ClosedTrade::commissionRaw).sum();
        assertThat(grossOfTrades).as("sum of closed trades' gross P&L == realised P&L, %s", replay.log)
                .isEqualTo(p.realizedPnlRaw());
        assertThat(feesOfTrades).as("sum of closed trades' fees == fees, %s", replay.log).isEqualTo(p.commissionRaw());
        assertThat(p.unrealizedPnlRaw()).isZero();
        assertThat(p.cashRaw()).as("flat account: cash == deposits + realised - fees, %s", replay.log)
                .isEqualTo(p.equityRaw())
                .isEqualTo(replay.deposits + p.realizedPnlRaw() - p.commissionRaw());
    }

    private static void collect(String label, boolean happened) {
        Statistics.label(label).collect(happened);
        Statistics.label(label).coverage(coverage -> coverage.check(true).percentage(percent -> percent >= 30.0));
    }

    @Property(tries = 1000)
    void cashEqualsInitialCashMinusFillNotionalsMinusFees(@ForAll("steps") List<Step> steps) {
        Replay replay = new Replay();
        replay.run(steps);
        // cash moves by each fill's notional (price x signed quantity x multiplier, rounded half-even once)
        // and by each fee, nothing else
        assertThat(replay.portfolio.cashRaw()).as("cash after %s", replay.log).isEqualTo(replay.expectedCashRaw());
    }

    /**
     * The same check on sequences that avoid both known discrepancies (no fill crosses zero; futures trade whole
     * contracts), so that any other drift of cash shows up on its own.
     */
    @Property(tries = 1000)
    void cashEqualsInitialCashMinusFillNotionalsMinusFeesWithoutFlipsOrFractionalContracts(
            @ForAll("stepsWithWholeFutureContracts") List<Step> steps) {
        Replay replay = new Replay(false);
        replay.run(steps);
        assertThat(replay.portfolio.cashRaw()).as("cash after %s", replay.log).isEqualTo(replay.expectedCashRaw());
        replay.closeAll();
        assertThat(replay.portfolio.cashRaw()).as("cash after closing, %s", replay.log).isEqualTo(replay.expectedCashRaw());
    }
}
