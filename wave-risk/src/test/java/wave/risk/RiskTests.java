package wave.risk;

import java.util.Map;
import wave.domain.calendar.ExchangeCalendars;
import wave.engine.pretrade.Denial;

/** Builds engines over a {@link TestBook} for the rule tests. */
final class RiskTests {
    /** AAPL and MSFT are technology, XOM energy. */
    static final SectorMap SECTORS = SectorMap.of(Map.of("AAPL", "Information Technology", "MSFT", "Information Technology",
            "XOM", "Energy"));

    private RiskTests() {
    }

    /** An engine with {@code keys} on the NYSE calendar, the test sectors and no volume data. */
    static RiskEngine engine(TestBook book, RiskKeys keys) {
        return engine(book, keys, AverageVolume.NONE);
    }

    static RiskEngine engine(TestBook book, RiskKeys keys, AverageVolume volume) {
        return engine(book, keys, volume, ReturnHistory.NONE);
    }

    /** An engine with {@code keys} and the instruments' {@code returns}. */
    static RiskEngine engine(TestBook book, RiskKeys keys, ReturnHistory returns) {
        return engine(book, keys, AverageVolume.NONE, returns);
    }

    static RiskEngine engine(TestBook book, RiskKeys keys, AverageVolume volume, ReturnHistory returns) {
        FakeActions actions = new FakeActions();
        actions.engine = new RiskEngine(keys.build(), book.portfolio, ExchangeCalendars.nyse(), SECTORS, volume, returns,
                actions);
        return actions.engine;
    }

    /** The message of a denial, or "accepted". */
    static String outcome(Denial denial) {
        return denial == null ? "accepted" : denial.reason() + " " + denial.message();
    }
}
