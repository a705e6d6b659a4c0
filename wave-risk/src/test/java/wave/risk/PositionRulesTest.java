package wave.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.risk.RiskTests.engine;
import static wave.risk.RiskTests.outcome;

import org.junit.jupiter.api.Test;

/** Position size and concentration limits, on an account of 100,000 USD. */
class PositionRulesTest {
    final TestBook book = new TestBook("100000").mark("AAPL", "100");

    @Test
    void maxPositionPctOfEquity() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_position_pct", 10));

        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 150)))).isEqualTo("MAX_POSITION risk.max_position_pct: AAPL.SIM "
                + "would be 15.00% of equity (15,000.00 of 100,000.00), limit 10%");
    }

    @Test
    void aPositionAboveItsLimitMayStillBeReduced() {
        book.hold("AAPL", 200, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_position_pct", 10));

        assertThat(outcome(risk.check(book.market("AAPL", -50)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 1)))).startsWith("MAX_POSITION risk.max_position_pct: AAPL.SIM "
                + "would be 20.10% of equity (20,100.00 of 100,000.00)");
    }

    @Test
    void maxPositionValue() {
        RiskEngine risk = engine(book, new RiskKeys().set("max_position_value", 10000));

        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 120)))).isEqualTo("MAX_POSITION risk.max_position_value: AAPL.SIM "
                + "would be worth 12,000.00, limit 10000");
    }

    @Test
    void maxInstrumentShareOfGrossExposure() {
        book.hold("MSFT", 100, "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_instrument_pct_of_gross", 40));

        assertThat(outcome(risk.check(book.market("AAPL", 50)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 100)))).isEqualTo("INSTRUMENT_CONCENTRATION "
                + "risk.max_instrument_pct_of_gross: AAPL.SIM would be 50.00% of gross exposure (10,000.00 of 20,000.00), "
                + "limit 40%");
    }

    @Test
    void maxSectorPctOfEquity() {
        book.hold("MSFT", 150, "100").mark("XOM", "100");
        RiskEngine risk = engine(book, new RiskKeys().set("max_sector_pct", 20));

        assertThat(outcome(risk.check(book.market("AAPL", 40)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("XOM", 190)))).isEqualTo("accepted");
        assertThat(outcome(risk.check(book.market("AAPL", 60)))).isEqualTo("SECTOR_CONCENTRATION risk.max_sector_pct: "
                + "sector Information Technology would be 21.00% of equity (21,000.00 of 100,000.00) with AAPL.SIM, limit 20%");
    }
}
