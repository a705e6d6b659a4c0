package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static wave.domain.portfolio.Fixtures.AAPL;
import static wave.domain.portfolio.Fixtures.ES;
import static wave.domain.portfolio.Fixtures.FRAC;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.buy;
import static wave.domain.portfolio.Fixtures.raw;
import static wave.domain.portfolio.Fixtures.sell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.order.ClientOrderId;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderSide;

class PortfolioTest {
    static final long T1 = T0 + 1_000;
    static final long T2 = T0 + 2_000;
    static final long T3 = T0 + 3_000;

    /** The documented invariant, exact in raw fixed point. */
    static void assertReconciles(Portfolio p) {
        long marketValue = 0;
        for (PositionView pos : p.positions()) {
            marketValue += pos.marketValueRaw();
        }
        assertThat(p.equityRaw()).as("equity == cash + market value").isEqualTo(p.cashRaw() + marketValue);
        assertThat(p.equityRaw()).as("equity == deposits + realised - fees + dividends - borrow fees + unrealised")
                .isEqualTo(p.depositedRaw() + p.realizedPnlRaw() - p.commissionRaw() + p.dividendRaw() - p.borrowFeeRaw()
                        + p.unrealizedPnlRaw());
    }

    @Nested
    class LongRoundTrip {
        @Test
        void cashPnlAndClosedTradeAreExact() {
            Portfolio p = new Portfolio(Currency.USD, raw("100000"));
            Position pos = p.position(AAPL);
            assertThat(p.position(AAPL.id())).isSameAs(pos);
            assertThat(pos.isFlat()).isTrue();

            assertThat(p.apply(buy(AAPL, "100", "150.25", "1", T1))).isNull();
            assertThat(p.cashRaw()).isEqualTo(raw("84974"));
            assertThat(pos.quantityRaw()).isEqualTo(raw("100"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("15025"));
            assertThat(pos.averagePriceRaw()).isEqualTo(raw("150.25"));
            assertThat(pos.realizedPnlRaw()).isZero();
            assertThat(pos.commissionRaw()).isEqualTo(raw("1"));
            assertThat(p.commissionRaw()).isEqualTo(raw("1"));
            // an unmarked position has no market value
            assertThat(pos.markRaw()).isZero();
            assertThat(pos.marketValueRaw()).isZero();
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("-15025"));
            assertReconciles(p);

            pos.mark(raw("155"));
            assertThat(pos.markRaw()).isEqualTo(raw("155"));
            assertThat(pos.marketValueRaw()).isEqualTo(raw("15500"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("475"));
            assertThat(p.unrealizedPnlRaw()).isEqualTo(raw("475"));
            assertThat(p.equityRaw()).isEqualTo(raw("100474"));
            assertReconciles(p);

            ClosedTrade trade = p.apply(sell(AAPL, "100", "160.75", "1.25", T2));
            assertThat(trade).isEqualTo(new ClosedTrade(AAPL.id(), PositionSide.LONG, T1, T2, raw("100"), raw("150.25"),
                    raw("160.75"), raw("1050"), raw("2.25")));
            assertThat(trade.netPnlRaw()).isEqualTo(raw("1047.75"));
            assertThat(trade.netPnl()).isEqualTo(1047.75);
            assertThat(p.closedTrades()).containsExactly(trade);

            assertThat(p.cashRaw()).isEqualTo(raw("101047.75"));
            assertThat(pos.isFlat()).isTrue();
            assertThat(pos.costBasisRaw()).isZero();
            assertThat(pos.averagePriceRaw()).isZero();
            assertThat(pos.marketValueRaw()).isZero();
            assertThat(pos.unrealizedPnlRaw()).isZero();
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("1050"));
            assertThat(p.realizedPnlRaw()).isEqualTo(raw("1050"));
            assertThat(p.commissionRaw()).isEqualTo(raw("2.25"));
            assertThat(p.ledger().commissionRaw(Currency.USD)).isEqualTo(raw("2.25"));
            assertThat(p.equityRaw()).isEqualTo(raw("101047.75"));
            assertThat(p.depositedRaw()).isEqualTo(raw("100000"));
            assertReconciles(p);
        }
    }

    @Nested
    class ShortRoundTrip {
        @Test
        void shortSaleCreditsCashAndCoverRealisesTheDrop() {
            Portfolio p = new Portfolio(Currency.USD, raw("100000"));
            Position pos = p.position(AAPL);

            assertThat(p.apply(sell(AAPL, "10", "200", "0.5", T1))).isNull();
            assertThat(p.cashRaw()).isEqualTo(raw("101999.5"));
            assertThat(pos.quantityRaw()).isEqualTo(raw("-10"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("-2000"));
            assertThat(pos.averagePriceRaw()).isEqualTo(raw("200"));

            pos.mark(raw("190"));
            assertThat(pos.marketValueRaw()).isEqualTo(raw("-1900"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("100"));
            assertThat(p.equityRaw()).isEqualTo(raw("100099.5"));
            assertReconciles(p);

            pos.mark(raw("215"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("-150"));
            assertReconciles(p);

            ClosedTrade trade = p.apply(buy(AAPL, "10", "180", "0.5", T2));
            assertThat(trade).isEqualTo(new ClosedTrade(AAPL.id(), PositionSide.SHORT, T1, T2, raw("10"), raw("200"),
                    raw("180"), raw("200"), raw("1")));
            assertThat(trade.netPnlRaw()).isEqualTo(raw("199"));
            assertThat(p.cashRaw()).isEqualTo(raw("100199"));
            assertThat(p.realizedPnlRaw()).isEqualTo(raw("200"));
            assertThat(p.equityRaw()).isEqualTo(raw("100199"));
            assertReconciles(p);
        }

        @Test
        void losingShort() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            p.position(AAPL);
            p.apply(sell(AAPL, "3", "50", "0", T1));
            ClosedTrade trade = p.apply(buy(AAPL, "3", "60.01", "0", T2));
            assertThat(trade.side()).isEqualTo(PositionSide.SHORT);
            assertThat(trade.grossPnlRaw()).isEqualTo(raw("-30.03"));
            assertThat(p.cashRaw()).isEqualTo(raw("969.97"));
            assertReconciles(p);
        }
    }

    @Nested
    class PartialReductions {
        @Test
        void releaseCostBasisProRata() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            Position pos = p.position(AAPL);
            p.apply(buy(AAPL, "3", "10", "0.03", T1));
            p.apply(buy(AAPL, "1", "14", "0.01", T1 + 1));
            assertThat(pos.quantityRaw()).isEqualTo(raw("4"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("44"));
            assertThat(pos.averagePriceRaw()).isEqualTo(raw("11"));

            assertThat(p.apply(sell(AAPL, "1", "12", "0.01", T2))).isNull();
            assertThat(pos.quantityRaw()).isEqualTo(raw("3"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("33"));
            assertThat(pos.averagePriceRaw()).isEqualTo(raw("11"));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("1"));
            pos.mark(raw("12"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("3"));
            assertReconciles(p);

            assertThat(p.apply(sell(AAPL, "2", "9", "0.02", T2 + 1))).isNull();
            assertThat(pos.quantityRaw()).isEqualTo(raw("1"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("11"));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("-3"));
            assertReconciles(p);

            ClosedTrade trade = p.apply(sell(AAPL, "1", "15", "0.01", T3));
            assertThat(trade).isEqualTo(new ClosedTrade(AAPL.id(), PositionSide.LONG, T1, T3, raw("4"), raw("11"),
                    raw("11.25"), raw("1"), raw("0.08")));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("1"));
            assertThat(p.cashRaw()).isEqualTo(raw("1000.92"));
            assertReconciles(p);
        }

        @Test
        void proRataReleaseRoundsHalfEvenAndTheLastReductionReleasesTheRest() {
            Portfolio p = new Portfolio(Currency.USD, raw("100"));
            Position pos = p.position(FRAC);
            p.apply(buy(FRAC, "3", "1", "0", T1));
            p.apply(buy(FRAC, "1", "0.000002", "0", T1 + 1));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("3.000002"));
            // 3.000002 / 4 = 0.7500005 exactly
            assertThat(pos.averagePriceRaw()).isEqualTo(raw("0.7500005"));

            p.apply(buy(FRAC, "0.000000001", "2", "0", T1 + 2)); // basis 3.000002002 over 4.000000001
            long basis = pos.costBasisRaw();
            assertThat(basis).isEqualTo(raw("3.000002002"));

            // selling 1 of 4.000000001 releases 3.000002002 / 4.000000001 = 0.750000500312... -> 0.7500005
            p.apply(sell(FRAC, "1", "1", "0", T2));
            long released = basis - pos.costBasisRaw();
            BigDecimal expected = new BigDecimal("3.000002002").divide(new BigDecimal("4.000000001"), 9, RoundingMode.HALF_EVEN);
            assertThat(FixedPoint.moneyToBigDecimal(released)).isEqualByComparingTo(expected);
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("1") - released);
            assertReconciles(p);

            // closing releases exactly what is left: total realised = proceeds - total cost
            p.apply(sell(FRAC, "3.000000001", "1", "0", T3));
            assertThat(pos.costBasisRaw()).isZero();
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("4.000000001") - raw("3.000002002"));
            assertThat(p.cashRaw()).isEqualTo(raw("100") + pos.realizedPnlRaw());
            assertReconciles(p);
        }

        @Test
        void halfEvenTieOnRelease() {
            Portfolio p = new Portfolio(Currency.USD, raw("100"));
            Position pos = p.position(FRAC);
            p.apply(buy(FRAC, "3", "1", "0", T1));
            p.apply(buy(FRAC, "1", "0.000000002", "0", T1 + 1)); // basis 3.000000002 over 4
            p.apply(sell(FRAC, "1", "1", "0", T2));
            // releases 3.000000002 / 4 = 0.7500000005 -> 0.75 (tie to even)
            assertThat(pos.costBasisRaw()).isEqualTo(raw("2.250000002"));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("0.25"));
            p.apply(sell(FRAC, "3", "1", "0", T3));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("0.999999998"));
            assertReconciles(p);
        }
    }

    @Nested
    class Flip {
        @Test
        void longToShortInOneFill() {
            Portfolio p = new Portfolio(Currency.USD, raw("100000"));
            Position pos = p.position(AAPL);
            p.apply(buy(AAPL, "10", "100", "1", T1));

            ClosedTrade closed = p.apply(sell(AAPL, "25", "110", "5", T2));
            // the fee of the flipping fill is split pro rata: 10/25 of 5 = 2 to the closed trade
            assertThat(closed).isEqualTo(new ClosedTrade(AAPL.id(), PositionSide.LONG, T1, T2, raw("10"), raw("100"),
                    raw("110"), raw("100"), raw("3")));
            assertThat(p.closedTrades()).containsExactly(closed);

            assertThat(pos.quantityRaw()).isEqualTo(raw("-15"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("-1650"));
            assertThat(pos.averagePriceRaw()).isEqualTo(raw("110"));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("100"));
            assertThat(pos.commissionRaw()).isEqualTo(raw("6"));
            assertThat(p.cashRaw()).isEqualTo(raw("101744"));
            pos.mark(raw("105"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("75"));
            assertReconciles(p);

            // the new short trade started at the flip and carries the rest (3) of its fee
            ClosedTrade second = p.apply(buy(AAPL, "15", "100", "1.5", T3));
            assertThat(second).isEqualTo(new ClosedTrade(AAPL.id(), PositionSide.SHORT, T2, T3, raw("15"), raw("110"),
                    raw("100"), raw("150"), raw("4.5")));
            assertThat(p.closedTrades()).containsExactly(closed, second);
            assertThat(p.cashRaw()).isEqualTo(raw("100242.5"));
            assertThat(p.realizedPnlRaw()).isEqualTo(raw("250"));
            assertThat(p.commissionRaw()).isEqualTo(raw("7.5"));
            assertReconciles(p);
        }

        @Test
        void shortToLongSplitsAnIndivisibleFeeWithoutLosingANanoUnit() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            Position pos = p.position(AAPL);
            p.apply(sell(AAPL, "3", "20", "0", T1));
            ClosedTrade closed = p.apply(buy(AAPL, "7", "19", "1", T2));
            // 3/7 of 1 = 0.428571428571... -> 0.428571429 (half-even)
            assertThat(closed.commissionRaw()).isEqualTo(raw("0.428571429"));
            assertThat(closed.side()).isEqualTo(PositionSide.SHORT);
            assertThat(closed.grossPnlRaw()).isEqualTo(raw("3"));
            assertThat(pos.quantityRaw()).isEqualTo(raw("4"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("76"));
            ClosedTrade second = p.apply(sell(AAPL, "4", "19", "0", T3));
            assertThat(second.side()).isEqualTo(PositionSide.LONG);
            assertThat(second.entryTsNanos()).isEqualTo(T2);
            assertThat(second.commissionRaw()).isEqualTo(raw("0.571428571"));
            assertThat(closed.commissionRaw() + second.commissionRaw()).isEqualTo(raw("1"));
            assertThat(p.cashRaw()).isEqualTo(raw("1000") + raw("3") - raw("1"));
            assertReconciles(p);
        }

        @Test
        void flipDebitsCashByTheWholeFillNotional() {
            // One fill of 0.0002 at 10.000005 is worth exactly 0.002000001. Cash must move by the fill's notional,
            // whatever part of it closes the old position and whatever part opens the new one.
            Portfolio p = new Portfolio(Currency.USD, raw("100"));
            p.position(FRAC);
            p.apply(buy(FRAC, "0.0001", "10", "0", T1)); // costs exactly 0.001
            OrderFilled flip = sell(FRAC, "0.0002", "10.000005", "0", T2);
            long fillNotional = new BigDecimal("0.0002").multiply(new BigDecimal("10.000005"))
                    .setScale(9, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
            assertThat(fillNotional).isEqualTo(raw("0.002000001"));
            assertThat(FRAC.notionalRaw(flip.priceRaw(), flip.quantityRaw())).isEqualTo(fillNotional);
            p.apply(flip);
            assertReconciles(p);
            assertThat(p.cashRaw())
                    .as("bug: Position.apply books notional(closing part) + notional(rest), each rounded half-even "
                            + "(0.001000000 + 0.001000000), instead of the fill's notional 0.002000001")
                    .isEqualTo(raw("100") - raw("0.001") + fillNotional);
        }
    }

    @Nested
    class Futures {
        @Test
        void multiplierAppliesToCashAndPnl() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000000"));
            Position pos = p.position(ES);
            assertThat(ES.multiplier().raw()).isEqualTo(raw("50"));

            assertThat(p.apply(buy(ES, "2", "4500.25", "4.2", T1))).isNull();
            assertThat(p.cashRaw()).isEqualTo(raw("549970.8"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("450025"));
            pos.mark(raw("4510.5"));
            assertThat(pos.marketValueRaw()).isEqualTo(raw("451050"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("1025"));
            assertThat(p.equityRaw()).isEqualTo(raw("1001020.8"));
            assertReconciles(p);

            ClosedTrade trade = p.apply(sell(ES, "2", "4490", "4.2", T2));
            assertThat(trade.grossPnlRaw()).isEqualTo(raw("-1025")); // -10.25 points x 2 x 50
            assertThat(trade.commissionRaw()).isEqualTo(raw("8.4"));
            assertThat(trade.netPnlRaw()).isEqualTo(raw("-1033.4"));
            assertThat(trade.quantityRaw()).isEqualTo(raw("2"));
            assertThat(trade.side()).isEqualTo(PositionSide.LONG);
            assertThat(p.cashRaw()).isEqualTo(raw("998966.6"));
            assertThat(p.realizedPnlRaw()).isEqualTo(raw("-1025"));
            assertThat(pos.isFlat()).isTrue();
            assertReconciles(p);
        }

        @Test
        void shortFutureWithPartialCover() {
            Portfolio p = new Portfolio(Currency.USD, raw("100000"));
            Position pos = p.position(ES);
            p.apply(sell(ES, "3", "4500", "0", T1));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("-675000"));
            assertThat(p.cashRaw()).isEqualTo(raw("775000"));
            p.apply(buy(ES, "1", "4480.75", "0", T2));
            assertThat(pos.realizedPnlRaw()).isEqualTo(raw("962.5")); // 19.25 points x 50
            assertThat(pos.quantityRaw()).isEqualTo(raw("-2"));
            assertThat(pos.costBasisRaw()).isEqualTo(raw("-450000"));
            pos.mark(raw("4510"));
            assertThat(pos.marketValueRaw()).isEqualTo(raw("-451000"));
            assertThat(pos.unrealizedPnlRaw()).isEqualTo(raw("-1000"));
            assertReconciles(p);
        }

        @Test
        void pricesReportedForAFutureAreFillPricesNotNotionalPerContract() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000000"));
            Position pos = p.position(ES);
            p.apply(buy(ES, "2", "4500.25", "0", T1));
            ClosedTrade trade = p.apply(sell(ES, "2", "4490", "0", T2));
            assertThat(trade.entryPriceRaw())
                    .as("bug: TradeTracker divides the multiplied notional by the quantity (50 x the price)")
                    .isEqualTo(raw("4500.25"));
            assertThat(trade.exitPriceRaw()).isEqualTo(raw("4490"));

            p.apply(buy(ES, "1", "4500", "0", T3));
            assertThat(pos.averagePriceRaw())
                    .as("bug: Position.averagePriceRaw divides the multiplied cost basis by the quantity")
                    .isEqualTo(raw("4500"));
        }
    }

    @Nested
    class Accounting {
        @Test
        void depositsAndMultipleInstruments() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            assertThat(p.baseCurrency()).isEqualTo(Currency.USD);
            p.deposit(Currency.USD, raw("500"));
            p.deposit(Currency.USD, raw("-200"));
            p.deposit(Currency.EUR, raw("50"));
            assertThat(p.depositedRaw()).isEqualTo(raw("1300"));
            assertThat(p.cashRaw()).isEqualTo(raw("1300"));
            assertThat(p.cashRaw(Currency.EUR)).isEqualTo(raw("50"));
            assertThat(p.cashRaw(Currency.JPY)).isZero();
            assertThat(p.ledger().balances()).containsExactly(Money.of("1300", Currency.USD), Money.of("50", Currency.EUR));

            Position a = p.position(AAPL);
            Position es = p.position(ES);
            assertThat(p.positions()).containsExactly(a, es);
            p.apply(buy(AAPL, "2", "100", "0.1", T1));
            p.apply(sell(ES, "1", "4000", "2", T1));
            a.mark(raw("101"));
            es.mark(raw("3990"));
            assertThat(p.cashRaw()).isEqualTo(raw("1300") - raw("200") - raw("0.1") + raw("200000") - raw("2"));
            assertThat(p.unrealizedPnlRaw()).isEqualTo(raw("2") + raw("500"));
            assertThat(p.equityRaw()).isEqualTo(raw("1300") - raw("2.1") + raw("502"));
            assertReconciles(p);
        }

        @Test
        void feesInAnotherCurrencyAreChargedToThatCurrency() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            p.position(AAPL);
            p.apply(new OrderFilled(new ClientOrderId(99), T1, AAPL.id(), OrderSide.BUY, raw("1"), raw("100"), raw("0.5"),
                    Currency.EUR));
            assertThat(p.cashRaw()).isEqualTo(raw("900"));
            assertThat(p.cashRaw(Currency.EUR)).isEqualTo(raw("-0.5"));
            assertThat(p.ledger().commissionRaw(Currency.EUR)).isEqualTo(raw("0.5"));
            assertThat(p.commissionRaw()).isZero();
        }

        @Test
        void fillForAnUnregisteredInstrumentThrows() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            assertThat(p.position(InstrumentId.parse("AAPL.NASDAQ"))).isNull();
            assertThatThrownBy(() -> p.apply(buy(AAPL, "1", "1", "0", T1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("fill for unknown instrument AAPL.NASDAQ");
            assertThat(p.cashRaw()).isEqualTo(raw("1000"));
        }

        @Test
        void listsAreReadOnly() {
            Portfolio p = new Portfolio(Currency.USD, raw("1000"));
            p.position(AAPL);
            assertThatThrownBy(() -> p.positions().clear()).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> p.closedTrades().clear()).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void cashLedgerTracksBalancesAndFeesPerCurrency() {
            CashLedger ledger = new CashLedger();
            assertThat(ledger.balances()).isEmpty();
            assertThat(ledger.balanceRaw(Currency.USD)).isZero();
            ledger.deposit(Currency.USD, raw("10"));
            ledger.charge(Currency.USD, raw("0.25"));
            ledger.charge(Currency.BTC, raw("0.0001"));
            assertThat(ledger.balanceRaw(Currency.USD)).isEqualTo(raw("9.75"));
            assertThat(ledger.commissionRaw(Currency.USD)).isEqualTo(raw("0.25"));
            assertThat(ledger.balanceRaw(Currency.BTC)).isEqualTo(raw("-0.0001"));
            assertThat(ledger.commissionRaw(Currency.BTC)).isEqualTo(raw("0.0001"));
            assertThat(ledger.commissionRaw(Currency.EUR)).isZero();
            assertThat(ledger.balances()).containsExactly(Money.of("9.75", Currency.USD), Money.of("-0.0001", Currency.BTC));
            ledger.deposit(Currency.USD, Long.MAX_VALUE - raw("9.75"));
            assertThatThrownBy(() -> ledger.deposit(Currency.USD, 1)).isInstanceOf(ArithmeticException.class);
        }
    }
}
