package wave.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static wave.engine.testkit.Bars.ts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.engine.testkit.Bars;

/** Replaying several series on one clock. */
class HistoricalFeedTest {
    static final BarSeries A = Bars.table(InstrumentId.of("A"), """
            2024-01-02 O=1 H=1 L=1 C=1
            2024-01-03 O=2 H=2 L=2 C=2
            2024-01-05 O=3 H=3 L=3 C=3
            """);
    static final BarSeries B = Bars.table(InstrumentId.of("B"), """
            2024-01-03 O=20 H=20 L=20 C=20
            2024-01-04 O=30 H=30 L=30 C=30
            2024-01-05 O=40 H=40 L=40 C=40
            """);

    @Test
    void stepsAreTheUnionOfTimestampsAndEachCarriesTheSeriesThatHaveABarThen() {
        HistoricalFeed feed = new HistoricalFeed(List.of(A, B));
        assertThat(feed.countSteps()).isEqualTo(4);
        List<String> steps = new ArrayList<>();
        while (feed.advance()) {
            StringBuilder line = new StringBuilder(feed.bar(feed.updatedInstrument(0)).time().toString().substring(0, 10));
            for (int i = 0; i < feed.updatedCount(); i++) {
                int k = feed.updatedInstrument(i);
                line.append(' ').append(feed.bar(k).instrument().symbol()).append('=').append(feed.bar(k).close());
                assertThat(feed.bar(k).tsNanos()).isEqualTo(feed.tsNanos());
            }
            steps.add(line.toString());
        }
        assertThat(steps).containsExactly(
                "2024-01-02 A=1.0",
                "2024-01-03 A=2.0 B=20.0",
                "2024-01-04 B=30.0",
                "2024-01-05 A=3.0 B=40.0");
        assertThat(feed.progress()).isEqualTo(1.0);
        assertThat(feed.advance()).isFalse();
        assertThat(feed.tsNanos()).isEqualTo(ts("2024-01-05"));
    }

    @Test
    void barsBecomingKnownAtTheSameInstantShareAStepWhateverTheirLengthAndTheStepKeepsTheirLabel() {
        BarSeries fiveMinutes = Bars.table(InstrumentId.of("F"), BarSpec.MINUTE_5, """
                2024-01-02T14:50 O=1 H=1 L=1 C=1
                2024-01-02T14:55 O=2 H=2 L=2 C=2
                2024-01-02T15:00 O=3 H=3 L=3 C=3
                """);
        BarSeries hourly = Bars.table(InstrumentId.of("H"), BarSpec.HOUR_1, "2024-01-02T14:00 O=9 H=9 L=9 C=9");
        HistoricalFeed feed = new HistoricalFeed(List.of(hourly, fiveMinutes), ExchangeCalendars.nyse());

        List<String> steps = new ArrayList<>();
        while (feed.advance()) {
            StringBuilder line = new StringBuilder(Instant.ofEpochSecond(feed.availableNanos() / 1_000_000_000L) + " label "
                    + Instant.ofEpochSecond(feed.tsNanos() / 1_000_000_000L) + ":");
            for (int i = 0; i < feed.updatedCount(); i++) {
                line.append(' ').append(feed.bar(feed.updatedInstrument(i)).instrument().symbol());
            }
            steps.add(line.toString());
        }

        // the 14:00-15:00 bar and the 14:55-15:00 bar both end at 15:00: one step, labelled with the later label
        assertThat(steps).containsExactly(
                "2024-01-02T14:55:00Z label 2024-01-02T14:50:00Z: F",
                "2024-01-02T15:00:00Z label 2024-01-02T14:55:00Z: H F",
                "2024-01-02T15:05:00Z label 2024-01-02T15:00:00Z: F");
        assertThat(new HistoricalFeed(List.of(hourly, fiveMinutes)).countSteps()).isEqualTo(3);
    }
}
