package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import org.junit.jupiter.api.Test;

/** Gross and net exposure and leverage, on an account of 100,000 USD. */
class ExposureRulesTest {
    final TestBook book = new TestBook("100000").mark("AAPL", "100");

    @Test
    void maxGrossExposure() {
        book.hold("MSFT", 200, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_gross_exposure_pct", 30));

        assertThat(outcome(risk.check(book.market("AAPL", 90)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 110)))).isEqualTo("MAX_GROSS_EXPOSURE risk.max_gross_exposure_pct: "
                + "gross exposure would be 31.00% of equity (31,000.00 of 100,000.00), limit 30%");
    }

    @Test
    void maxNetExposure() {
        book.hold("MSFT", -200, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_net_exposure_pct", 10));

        assertThat(outcome(risk.check(book.market("AAPL", 250)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 350)))).isEqualTo("MAX_NET_EXPOSURE risk.max_net_exposure_pct: "
                + "net exposure would be 15.00% of equity (15,000.00 of 100,000.00), limit 10%");
    }

    @Test
    void maxLeverage() {
        book.hold("MSFT", 1000, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_leverage", 1.5));

        assertThat(outcome(risk.check(book.market("AAPL", 400)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 600)))).isEqualTo("MAX_LEVERAGE risk.max_leverage: "
                + "leverage would be 1.60 (gross 160,000.00 over equity 100,000.00), limit 1.5");
    }

    @Test
    void reductionsPassWhateverTheExposure() {
        book.hold("MSFT", 1000, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_gross_exposure_pct", 30).set("max_leverage", 0.5));

        assertThat(outcome(risk.check(book.market("MSFT", -100)))).isEqualTo("accepted");
    }
}
