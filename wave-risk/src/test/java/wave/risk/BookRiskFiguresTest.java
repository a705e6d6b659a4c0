package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;

/**
 * The book's risk figures, published to the listeners at each step end. The account: 100,000 USD, long AAPL 10,000
 * and MSFT 12,000 (technology), short XOM 5,000 (energy, no return history).
 */
class BookRiskFiguresTest {
    final TestBook book = new TestBook("100000").hold("AAPL", 100, "100").hold("MSFT", 60, "200").hold("XOM", -50, "100");

    /** SPY's returns are AAPL's. */
    final FakeReturns returns = new FakeReturns()
            .with("AAPL", 0.01, -0.02, 0.015, -0.03, 0.005, 0.02, -0.01, 0.0, 0.025, -0.015)
            .with("MSFT", 0.005, -0.01, 0.0, -0.02, 0.01, 0.015, -0.025, 0.005, 0.01, -0.005)
            .with("SPY", 0.01, -0.02, 0.015, -0.03, 0.005, 0.02, -0.01, 0.0, 0.025, -0.015);

    final List<BookRiskFigures> published = new ArrayList<>();

    RiskEngine engine(RiskKeys keys) {
        FakeActions actions = new FakeActions();
        actions.engine = new RiskEngine(keys.build(), book.portfolio, ExchangeCalendars.nyse(), RiskTests.SECTORS,
                AverageVolume.NONE, returns, actions);
        actions.engine.addListener(new RiskListener() {
            @Override
            public void onStateChanged(TradingStateChanged event) {
            }

            @Override
            public void onFigures(BookRiskFigures figures) {
                published.add(figures);
            }
        });
        return actions.engine;
    }

    /**
     * The book's P&L over the 10 returns, 10,000 rAAPL + 12,000 rMSFT: 160, -320, 150, -540, 170, 380, -400, 60, 370,
     * -210. At 0.8 the tail is the 2 worst, -540 and -400: historical VaR 400, CVaR 470. Mean -18, sample deviation
     * 326.047, z(0.8) 0.841621: parametric VaR 292.41, CVaR 326.047 x phi(z) / 0.2 + 18 = 474.40. Beta to SPY (= AAPL):
     * 0.10 + 0.12 x cov(MSFT, AAPL) / var(AAPL) = 0.171.
     */
    @Test
    void everyFigureAtTheStepEnd() {
        RiskEngine risk = engine(new RiskKeys().set("var_window", 10).set("var_confidence", 0.8).set("benchmark", "SPY"));

        risk.onStep(book.nowNanos);

        BookRiskFigures f = published.getFirst();
        assertThat(risk.figures()).isSameAs(f);
        assertThat(f.tsNanos()).isEqualTo(book.nowNanos);
        assertThat(f.equity()).isEqualTo(100_000);
        assertThat(f.gross()).isEqualTo(27_000);
        assertThat(f.net()).isEqualTo(17_000);
        assertThat(f.leverage()).isEqualTo(0.27);
        assertThat(f.largestPosition()).isEqualTo("MSFT.SIM");
        assertThat(f.largestPositionPct()).isEqualTo(12);
        assertThat(f.largestSector()).isEqualTo("Information Technology");
        assertThat(f.largestSectorPct()).isEqualTo(22);
        assertThat(f.varBars()).isEqualTo(10);
        assertThat(f.historicalVar()).isCloseTo(400, within(1e-9));
        assertThat(f.historicalCvar()).isCloseTo(470, within(1e-9));
        assertThat(f.pctOfEquity(f.historicalVar())).isCloseTo(0.4, within(1e-12));
        assertThat(f.parametricVar()).isCloseTo(292.408105, within(1e-5));
        assertThat(f.parametricCvar()).isCloseTo(474.403765, within(1e-5));
        assertThat(f.beta()).isCloseTo(0.171, within(1e-12));
        assertThat(f.csvRow()).isEqualTo("2024-01-08T15:00:00Z,100000.00,27000.00,17000.00,0.2700,MSFT.SIM,12.0000,"
                + "\"Information Technology\",22.0000,10,0.8,400.00,470.00,292.41,474.40,0.4000,0.1710");
    }

    @Test
    void withoutHistoryOrBenchmarkTheStatisticsAreUnknown() {
        returns.bySymbol.clear();
        RiskEngine risk = engine(new RiskKeys());

        risk.onStep(book.nowNanos);

        BookRiskFigures f = risk.figures();
        assertThat(f.gross()).isEqualTo(27_000);
        assertThat(f.historicalVar()).isNaN();
        assertThat(f.parametricCvar()).isNaN();
        assertThat(f.beta()).isNaN();
        assertThat(f.varBars()).isEqualTo(250);
        assertThat(f.confidence()).isEqualTo(0.95);
        assertThat(f.csvRow()).endsWith(",250,0.95,,,,,,");
    }
}
