package wave.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.domain.portfolio.Fixtures.AAPL;
import static wave.domain.portfolio.Fixtures.FRAC;
import static wave.domain.portfolio.Fixtures.T0;
import static wave.domain.portfolio.Fixtures.fill;
import static wave.domain.portfolio.Fixtures.raw;

import org.junit.jupiter.api.Test;
import wave.domain.money.Currency;
import wave.domain.order.OrderSide;

/** Splits (with cash in lieu of fractional lots) and cash dividends on positions, reconciled exactly. */
class CorporateActionTest {
    private static final long DAY = 86_400_000_000_000L;

    private static Portfolio account() {
        return new Portfolio(Currency.USD, raw("100000"));
    }

    /** cash + market value == deposits + realised - fees + dividends + unrealised, exactly. */
    static void assertReconciles(Portfolio p) {
        assertThat(p.cashRaw() + p.positions().stream().mapToLong(PositionView::marketValueRaw).sum())
                .isEqualTo(p.equityRaw())
                .isEqualTo(p.depositedRaw() + p.realizedPnlRaw() - p.commissionRaw() + p.dividendRaw() - p.borrowFeeRaw()
                        + p.unrealizedPnlRaw());
    }

    @Test
    void fourForOneSplitMultipliesTheQuantityKeepsCashBasisAndEquity() {
        Portfolio p = account();
        Position pos = p.position(AAPL);
        p.apply(fill(AAPL, OrderSide.BUY, "100", "400", "1", T0));
        pos.mark(raw("499.23"));
        long cash = p.cashRaw();
        long equity = p.equityRaw();

        long cashInLieu = p.applySplit(AAPL.id(), raw("4"), T0 + DAY);

        assertThat(cashInLieu).isZero();
        assertThat(pos.quantityRaw()).isEqualTo(raw("400"));
        assertThat(pos.markRaw()).isEqualTo(raw("124.8075"));
        assertThat(pos.costBasisRaw()).isEqualTo(raw("40000"));
        assertThat(pos.averagePriceRaw()).isEqualTo(raw("100"));
        assertThat(p.cashRaw()).isEqualTo(cash);
        assertThat(p.equityRaw()).isEqualTo(equity);
        assertThat(pos.realizedPnlRaw()).isZero();
        assertReconciles(p);
    }

    @Test
    void threeForTwoSplitOf101SharesPaysHalfAShareInCashAtThePreviousCloseOverTheRatio() {
        Portfolio p = account();
        Position pos = p.position(AAPL);
        p.apply(fill(AAPL, OrderSide.BUY, "101", "27", "0", T0));
        pos.mark(raw("30"));
        long cash = p.cashRaw();

        long cashInLieu = p.applySplit(AAPL.id(), raw("1.5"), T0 + DAY);

        // 101 x 1.5 = 151.5 shares: 151 kept, 0.5 paid at 30 / 1.5 = 20
        assertThat(pos.quantityRaw()).isEqualTo(raw("151"));
        assertThat(pos.markRaw()).isEqualTo(raw("20"));
        assertThat(cashInLieu).isEqualTo(raw("10"));
        assertThat(p.cashRaw()).isEqualTo(cash + raw("10"));
        // the half share sold releases 2727 x 0.5 / 151.5 = 9 of the basis and realises 10 - 9
        assertThat(pos.costBasisRaw()).isEqualTo(raw("2718"));
        assertThat(pos.realizedPnlRaw()).isEqualTo(raw("1"));
        assertThat(p.equityRaw()).isEqualTo(raw("100000") - raw("2727") + raw("3030"));
        assertThat(p.closedTrades()).isEmpty();
        assertReconciles(p);
    }

    @Test
    void shortPositionBuysItsFractionBack() {
        Portfolio p = account();
        Position pos = p.position(AAPL);
        p.apply(fill(AAPL, OrderSide.SELL, "101", "30", "0", T0));
        pos.mark(raw("30"));
        long cash = p.cashRaw();

        long cashInLieu = p.applySplit(AAPL.id(), raw("1.5"), T0 + DAY);

        assertThat(pos.quantityRaw()).isEqualTo(raw("-151"));
        assertThat(cashInLieu).isEqualTo(raw("-10"));
        assertThat(p.cashRaw()).isEqualTo(cash - raw("10"));
        assertThat(pos.realizedPnlRaw()).isZero();
        assertReconciles(p);
    }

    @Test
    void reverseSplitBelowOneLotClosesThePositionInCash() {
        Portfolio p = account();
        Position pos = p.position(AAPL);
        p.apply(fill(AAPL, OrderSide.BUY, "5", "2", "0", T0));
        pos.mark(raw("3"));

        long cashInLieu = p.applySplit(AAPL.id(), raw("0.1"), T0 + DAY);

        // 5 x 0.1 = 0.5 share at 3 / 0.1 = 30
        assertThat(cashInLieu).isEqualTo(raw("15"));
        assertThat(pos.isFlat()).isTrue();
        assertThat(pos.costBasisRaw()).isZero();
        assertThat(p.closedTrades()).singleElement().satisfies(t -> {
            assertThat(t.grossPnlRaw()).isEqualTo(raw("5"));
            assertThat(t.exitTsNanos()).isEqualTo(T0 + DAY);
            assertThat(t.entryPriceRaw()).isEqualTo(raw("20"));
            assertThat(t.exitPriceRaw()).isEqualTo(raw("30"));
        });
        assertReconciles(p);
    }

    @Test
    void fractionalSharesAreKeptWhenTheLotAllowsThem() {
        Portfolio p = account();
        Position pos = p.position(FRAC);
        p.apply(fill(FRAC, OrderSide.BUY, "101", "30", "0", T0));
        pos.mark(raw("30"));

        assertThat(p.applySplit(FRAC.id(), raw("7.00001"), T0 + DAY)).isZero();

        assertThat(pos.quantityRaw()).isEqualTo(raw("707.00101"));
        assertReconciles(p);
    }

    @Test
    void tradeAfterASplitHasPostSplitAveragePrices() {
        Portfolio p = account();
        Position pos = p.position(AAPL);
        p.apply(fill(AAPL, OrderSide.BUY, "100", "400", "0", T0));
        pos.mark(raw("400"));
        p.applySplit(AAPL.id(), raw("4"), T0 + DAY);
        ClosedTrade trade = p.apply(fill(AAPL, OrderSide.SELL, "400", "110", "0", T0 + 2 * DAY));

        assertThat(trade.quantityRaw()).isEqualTo(raw("400"));
        assertThat(trade.entryPriceRaw()).isEqualTo(raw("100"));
        assertThat(trade.exitPriceRaw()).isEqualTo(raw("110"));
        assertThat(trade.grossPnlRaw()).isEqualTo(raw("4000"));
        assertReconciles(p);
    }

    @Test
    void dividendsCreditLongsAndChargeShorts() {
        Portfolio p = account();
        p.position(AAPL);
        p.position(FRAC);
        p.apply(fill(AAPL, OrderSide.BUY, "100", "50", "0", T0));
        p.apply(fill(FRAC, OrderSide.SELL, "2.5", "10", "0", T0));
        long cash = p.cashRaw();
        long basis = p.position(AAPL.id()).costBasisRaw();

        assertThat(p.applyDividend(AAPL.id(), raw("0.205"))).isEqualTo(raw("20.5"));
        assertThat(p.applyDividend(FRAC.id(), raw("0.1"))).isEqualTo(raw("-0.25"));

        assertThat(p.cashRaw()).isEqualTo(cash + raw("20.25"));
        assertThat(p.dividendRaw()).isEqualTo(raw("20.25"));
        assertThat(p.ledger().dividendRaw(Currency.USD)).isEqualTo(raw("20.25"));
        assertThat(p.position(AAPL.id()).dividendRaw()).isEqualTo(raw("20.5"));
        assertThat(p.position(AAPL.id()).costBasisRaw()).isEqualTo(basis);
        assertThat(p.realizedPnlRaw()).isZero();
        assertReconciles(p);
    }

    @Test
    void flatOrUnknownPositionsAreUntouched() {
        Portfolio p = account();
        p.position(AAPL);
        assertThat(p.applyDividend(AAPL.id(), raw("1"))).isZero();
        assertThat(p.applySplit(AAPL.id(), raw("2"), T0)).isZero();
        assertThat(p.applySplit(FRAC.id(), raw("2"), T0)).isZero();
        assertThat(p.cashRaw()).isEqualTo(raw("100000"));
        assertThat(p.dividendRaw()).isZero();
    }

    @Test
    void rejectsNonPositiveRatiosAndNegativeDividends() {
        Portfolio p = account();
        assertThatThrownBy(() -> p.applySplit(AAPL.id(), 0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.applyDividend(AAPL.id(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
