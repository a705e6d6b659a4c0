package wave.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static wave.engine.testkit.Backtests.raw;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.Equity;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.Money;
import wave.domain.money.Price;
import wave.domain.money.Quantity;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.order.RejectReason;
import wave.engine.account.AccountConfig;
import wave.engine.testkit.Backtests;
import wave.engine.testkit.Bars;
import wave.engine.testkit.ScriptedStrategy;

/** A USD account trading a stock quoted in EUR, valued in USD with a EUR/USD rate series. */
class MultiCurrencyScenarioTest {
    static final InstrumentId SAP = InstrumentId.of("SAP");
    static final InstrumentId EURUSD = InstrumentId.of("EURUSD");
    static final BarSeries SAP_BARS = Bars.table(SAP, """
            2024-01-02 O=100 H=100 L=100 C=100
            2024-01-03 O=101 H=103 L=100 C=102
            2024-01-04 O=103 H=105 L=102 C=104
            2024-01-05 O=104 H=106 L=103 C=105
            """);
    /** Starts before the first stock bar, skips Jan 4, and has a bar at noon on Jan 4 that Jan 4's step must not see. */
    static final BarSeries EURUSD_BARS = Bars.table(EURUSD, BarSpec.DAY_1, """
            2024-01-01 O=1.1 H=1.1 L=1.1 C=1.1
            2024-01-03 O=1.12 H=1.12 L=1.12 C=1.12
            2024-01-04T12:00 O=1.5 H=1.5 L=1.5 C=1.5
            2024-01-05 O=1.0937 H=1.0937 L=1.0937 C=1.0937
            """);

    static BacktestConfig usdAccountTradingInEur(String usd) {
        return Backtests.withCash(usd)
                .withInstruments(id -> new Equity(id, Currency.EUR, Price.of("0.01"), Quantity.of(1)))
                .withFxRates(Map.of(Currency.EUR, EURUSD_BARS));
    }

    @Test
    void equityInUsdIsUsdCashPlusEuroCashAndSharesTimesEurUsdAtEveryStep() {
        // Given 10,000 USD and 10,000 EUR; a strategy buys 50 SAP (quoted in EUR) on Jan 2
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(50));
        BacktestResult r = Backtests.run(usdAccountTradingInEur("10000").withCash(Money.of("10000", Currency.EUR)),
                SAP_BARS, s);

        // Then it fills at Jan 3's open of 101 EUR, paid with euros: 10,000 - 5,050 = 4,950 EUR left, USD untouched
        assertThat(s.fills).extracting(OrderFilled::priceRaw).containsExactly(raw("101"));
        assertThat(r.portfolio().cashRaw(Currency.EUR)).isEqualTo(raw("4950"));
        assertThat(r.cashRaw()).containsOnly(raw("10000"));
        // and equity in USD = USD cash + (EUR cash + shares x close) x EURUSD as of the step (latest rate at or before it)
        assertThat(r.equityRaw()).containsExactly(
                raw("21000"),        // 10,000 + 10,000 x 1.1 (the Jan 1 rate)
                raw("21256"),        // 10,000 + (4,950 + 50 x 102) x 1.12
                raw("21368"),        // 10,000 + (4,950 + 50 x 104) x 1.12 (no rate bar at Jan 4 00:00; noon's is later)
                raw("21155.74"));    // 10,000 + (4,950 + 50 x 105) x 1.0937
        String[][] steps = {{"100", "1.1", "0"}, {"102", "1.12", "50"}, {"104", "1.12", "50"}, {"105", "1.0937", "50"}};
        for (int i = 0; i < steps.length; i++) {
            long shares = raw(steps[i][2]);
            long eurCash = shares == 0 ? raw("10000") : raw("4950");
            long eur = eurCash + FixedPoint.notional(raw(steps[i][0]), shares);
            assertThat(r.equityRaw()[i]).isEqualTo(raw("10000") + FixedPoint.timesRatio(eur, raw(steps[i][1])));
        }
        // the per-currency view at the end, in each currency
        assertThat(r.portfolio().equityRaw(Currency.EUR)).isEqualTo(raw("10200"));
        assertThat(r.portfolio().equityRaw(Currency.USD)).isEqualTo(raw("10000"));
        // traded notional is in USD at the fill step's rate: 5,050 x 1.12
        assertThat(r.tradedNotionalRaw()).isEqualTo(raw("5656"));
    }

    @Test
    void anOrderForAEuroStockWithoutEurosIsRejectedNamingTheCurrency() {
        ScriptedStrategy s = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(10));
        BacktestResult r = Backtests.runVenueChecksOnly(usdAccountTradingInEur("100000"), SAP_BARS, s);

        assertThat(s.fills).isEmpty();
        OrderRejected rejected = (OrderRejected) s.events.stream().filter(e -> e instanceof OrderRejected).findFirst()
                .orElseThrow();
        assertThat(rejected.reason()).isEqualTo(RejectReason.INSUFFICIENT_CASH);
        assertThat(rejected.message()).contains("EUR");
        assertThat(r.equityRaw()).containsOnly(raw("100000"));
    }

    @Test
    void aRateSeriesStartingAfterTheFirstBarIsRefusedBeforeTheRun() {
        BarSeries late = Bars.table(EURUSD, """
                2024-01-03 O=1.12 H=1.12 L=1.12 C=1.12
                """);
        BacktestConfig config = Backtests.withCash("10000")
                .withInstruments(id -> new Equity(id, Currency.EUR, Price.of("0.01"), Quantity.of(1)))
                .withFxRates(Map.of(Currency.EUR, late));

        assertThatThrownBy(() -> Backtests.run(config, SAP_BARS, new ScriptedStrategy()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR/USD")
                .hasMessageContaining("starts at 2024-01-03T00:00:00Z, after the first bar at 2024-01-02T00:00:00Z");
    }

    @Test
    void euroCashWithoutARateSeriesIsRefusedNamingThePair() {
        BacktestConfig config = Backtests.withCash("10000").withCash(Money.of("500", Currency.EUR));

        assertThatThrownBy(() -> Backtests.run(config, SAP_BARS, new ScriptedStrategy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no FX rate series for EUR/USD");
    }

    @Test
    void additionalCashMustBeInAnotherCurrencyAndMarginAccountsStaySingleCurrency() {
        assertThatThrownBy(() -> Backtests.withCash("10000").withCash(Money.of("1", Currency.USD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another currency");
        BacktestConfig margin = usdAccountTradingInEur("10000").withAccount(AccountConfig.margin("0.5", "0.25"));
        assertThatThrownBy(() -> Backtests.run(margin, SAP_BARS, new ScriptedStrategy()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multi-currency margin");
    }

    @Test
    void aSingleCurrencyRunIsUnchangedByAnUnusedRateSeries() {
        ScriptedStrategy a = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(50));
        ScriptedStrategy b = new ScriptedStrategy().on("2024-01-02", x -> x.marketBuy(50));
        BacktestResult plain = Backtests.run(Backtests.withCash("10000"), SAP_BARS, a);
        BacktestResult withRates = Backtests.run(Backtests.withCash("10000").withFxRates(Map.of(Currency.EUR, EURUSD_BARS)),
                SAP_BARS, b);

        assertThat(withRates.equityRaw()).containsExactly(plain.equityRaw());
        assertThat(plain.equityRaw()).containsExactly(raw("10000"), raw("10050"), raw("10150"), raw("10200"));
        assertThat(List.of(withRates.tradedNotionalRaw())).containsExactly(plain.tradedNotionalRaw());
    }
}
