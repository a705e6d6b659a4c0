package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import org.junit.jupiter.api.Test;

/** The correlation and VaR limits, on an account of 100,000 USD with returns given by hand. */
class BookRulesTest {
    final TestBook book = new TestBook("100000");

    /**
     * MSFT long 10,000 and XOM short 5,000: the book's P&L over the 5 returns is 10,000 rMSFT - 5,000 rXOM =
     * 50, -300, 350, -100, 300. AAPL's returns correlate 0.9612 with it, GLD's 0.0987.
     */
    final FakeReturns fiveBars = new FakeReturns()
            .with("MSFT", 0.01, -0.02, 0.03, -0.01, 0.02)
            .with("XOM", 0.01, 0.02, -0.01, 0.0, -0.02)
            .with("AAPL", 0.012, -0.018, 0.025, -0.012, 0.018)
            .with("GLD", 0.0, 0.01, 0.01, -0.01, 0.0);

    @Test
    void maxCorrelationWithTheBook() {
        book.hold("MSFT", 100, "100").hold("XOM", -50, "100").mark("AAPL", "100").mark("GLD", "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_correlation", 0.8).set("correlation_window", 5), fiveBars);

        assertThat(outcome(risk.check(book.market("GLD", 10)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 10)))).isEqualTo("MAX_CORRELATION risk.max_correlation: "
                + "AAPL.SIM would correlate 0.96 with the book (2 positions) over the last 5 returns, limit 0.8");
        assertThat(outcome(risk.check(book.market("AAPL", -10)))).as("a short of AAPL hedges the book: -0.96")
                .isEqualTo("accepted");
    }

    @Test
    void theCorrelationLimitLeavesReductionsAndShortHistoriesAlone() {
        book.hold("MSFT", 100, "100").hold("AAPL", 10, "100").mark("TSLA", "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_correlation", 0.5).set("correlation_window", 5), fiveBars);

        assertThat(outcome(risk.check(book.market("AAPL", -5)))).as("reduces").isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("TSLA", 10)))).as("no history").isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 5)))).startsWith("MAX_CORRELATION risk.max_correlation: "
                + "AAPL.SIM would correlate 0.99 with the book (1 position)");
    }

    /**
     * AAPL and MSFT 10,000 each. After buying 10 AAPL (11,000) the book's P&L over the 10 returns is 160, -320, 165,
     * -530, 155, 370, -360, 50, 375, -215; after buying 100 (20,000) it is 250, -500, 300, -800, 200, 550, -450, 50,
     * 600, -350. At 0.8 the tail is the 2 worst: historical VaR 360 (0.36% of equity) and 500 (0.50%).
     */
    final FakeReturns tenBars = new FakeReturns()
            .with("AAPL", 0.01, -0.02, 0.015, -0.03, 0.005, 0.02, -0.01, 0.0, 0.025, -0.015)
            .with("MSFT", 0.005, -0.01, 0.0, -0.02, 0.01, 0.015, -0.025, 0.005, 0.01, -0.005);

    @Test
    void maxHistoricalVar() {
        book.hold("AAPL", 100, "100").hold("MSFT", 50, "200");
        RiskEngine risk = engine(book, new RiskKeys().set("max_var_pct", 0.4).set("var_window", 10)
                .set("var_confidence", 0.8), tenBars);

        assertThat(outcome(risk.check(book.market("AAPL", 10)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("MAX_VAR risk.max_var_pct: historical VaR "
                + "at 0.8 over the last 10 returns would be 0.50% of equity (500.00 of 100,000.00), limit 0.4%");
        assertThat(outcome(risk.check(book.market("AAPL", -100)))).as("closing AAPL reduces").isEqualTo("accepted");
    }

    @Test
    void theKeptBookFollowsAFill() {
        book.hold("AAPL", 100, "100").hold("MSFT", 50, "200");
        RiskEngine risk = engine(book, new RiskKeys().set("max_var_pct", 0.4).set("var_window", 10)
                .set("var_confidence", 0.8), tenBars);
        assertThat(outcome(risk.check(book.market("AAPL", 10)))).isEqualTo("accepted");

        book.hold("AAPL", 90, "100"); // AAPL is now 19,000: 10 more take it to 20,000, VaR 500

        assertThat(outcome(risk.check(book.market("AAPL", 10)))).isEqualTo("MAX_VAR risk.max_var_pct: historical VaR "
                + "at 0.8 over the last 10 returns would be 0.50% of equity (500.00 of 100,000.00), limit 0.4%");
    }

    /** Mean -15 both times; sample deviation 318.63 and 479.61; z(0.8) = 0.841621: VaR 283.17 and 418.65. */
    @Test
    void maxParametricVar() {
        book.hold("AAPL", 100, "100").hold("MSFT", 50, "200");
        RiskEngine risk = engine(book, new RiskKeys().set("max_var_pct", 0.4).set("var_window", 10)
                .set("var_confidence", 0.8).set("var_method", "parametric"), tenBars);

        assertThat(outcome(risk.check(book.market("AAPL", 10)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("MAX_VAR risk.max_var_pct: parametric VaR "
                + "at 0.8 over the last 10 returns would be 0.42% of equity (418.65 of 100,000.00), limit 0.4%");
    }

    @Test
    void theAcceptPathAllocatesNothing() {
        book.hold("AAPL", 100, "100").hold("MSFT", 50, "200");
        RiskEngine risk = engine(book, new RiskKeys().set("max_var_pct", 5).set("var_window", 10).set("var_confidence", 0.8)
                .set("max_correlation", 0.99).set("correlation_window", 5), tenBars);
        var order = book.market("MSFT", 1);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
                .getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            assertThat(risk.check(order)).isNull();
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            if (risk.check(order) != null) {
                throw new AssertionError("refused");
            }
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        // one object per check would be at least 160,000 bytes; the JVM's own bookkeeping (compilation) adds about 1,000
        assertThat(allocated).as("bytes allocated by 10,000 checks").isLessThan(10_000);
    }

    /** The book of 10,000 AAPL and 10,000 MSFT: P&L 150, -300, 150, -500, 150, 350, -350, 50, 350, -200. */
    @Test
    void varAndCvarByHand() {
        double[] pnl = {150, -300, 150, -500, 150, 350, -350, 50, 350, -200};
        double[] tail = new double[2];

        assertThat(BookStats.tailCount(10, 0.8)).isEqualTo(2);
        assertThat(BookStats.tailCount(250, 0.95)).isEqualTo(12);
        assertThat(BookStats.historicalVar(pnl, 10, 0.8, tail)).isEqualTo(350);
        assertThat(tail).containsExactly(-500, -350);
        assertThat(BookStats.historicalCvar(pnl, 10, 0.8, tail)).isEqualTo(425);
        assertThat(BookStats.mean(pnl, 10)).isEqualTo(-15);
        assertThat(BookStats.stdev(pnl, 10)).isCloseTo(300.970652, within(1e-6));
        assertThat(BookStats.normalQuantile(0.8)).isCloseTo(0.841621234, within(1e-9));
        assertThat(BookStats.normalQuantile(0.95)).isCloseTo(1.644853627, within(1e-9));
        assertThat(BookStats.normalQuantile(0.99)).isCloseTo(2.326347874, within(1e-9));
        assertThat(BookStats.normalQuantile(0.001)).isCloseTo(-3.090232306, within(1e-9));
        assertThat(BookStats.parametricVar(pnl, 10, 0.8)).isCloseTo(268.303291, within(1e-5)); // 0.841621 x 300.9707 + 15
        assertThat(BookStats.parametricCvar(pnl, 10, 0.8)).isCloseTo(436.301609, within(1e-5)); // 300.9707 x phi(z) / 0.2 + 15
    }
}
