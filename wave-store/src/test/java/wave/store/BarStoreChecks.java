package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.store.bars.Appended;
import wave.store.bars.BarConflictException;
import wave.store.bars.BarImport;
import wave.store.bars.BarRepository;
import wave.store.bars.BarSource;
import wave.store.bars.StoredBars;
import wave.store.runs.FileDigest;

/**
 * The market-data checks of the store suite ({@link StoreContract} runs them on SQLite and PostgreSQL): bars read
 * back exactly, appending extends a series, re-imported history is recognised, disagreeing history is refused.
 */
final class BarStoreChecks {
    private static final Instant T0 = Instant.parse("2026-12-01T10:15:30.123Z");
    private static final long MINUTE = 60_000_000_000L;
    private static final long START = 1_136_192_460_000_000_000L; // 2006-01-02T09:01:00Z

    private final BarRepository bars;

    BarStoreChecks(Store store) {
        this.bars = store.bars();
    }

    /** Bars {@code from..to-1} of an end-labelled 1m series: irregular prices, a fractional volume, a gap after bar 5000. */
    static BarSeries minutes(int from, int to) {
        BarSeries.Builder b = BarSeries.builder(InstrumentId.of("FESX"), BarSpec.MINUTE_1, to - from);
        for (int i = from; i < to; i++) {
            long ts = START + (i < 5000 ? i : i + 600L) * MINUTE;
            long close = FixedPoint.parsePrice("3600") + (i * 7919L % 2001 - 1000) * FixedPoint.parsePrice("0.25");
            b.add(ts, close - FixedPoint.parsePrice("0.5"), close + FixedPoint.parsePrice("1.25"), close - FixedPoint.parsePrice("2"), close,
                    i % 3 == 0 ? 1234.5 + i : i);
        }
        return b.build().withLabel(BarLabel.END);
    }

    static BarSource source(String name, int minutes) {
        return new BarSource(new FileDigest("/data/" + name, 1000 + name.length(), "ab".repeat(32)), T0.plusSeconds(60L * minutes),
                "file " + name + ": clean");
    }

    void readsBackBarForBarWithProvenance() {
        BarSeries all = minutes(0, 3 * 4096 + 5);

        Appended appended = bars.append("FESX", all, source("fesx.csv", 0));
        StoredBars stored = bars.read("FESX").orElseThrow();

        assertThat(appended).isEqualTo(new Appended("FESX", all.size(), all.size(), all.size(), true));
        assertSameBars(stored.series(), all);
        assertThat(stored.sha256()).matches("[0-9a-f]{64}");
        assertThat(bars.read("OTHER")).isEmpty();
        assertThat(bars.imports("FESX")).containsExactly(new BarImport(0, source("fesx.csv", 0), all.size(), all.size(),
                all.tsNanos(0), all.tsNanos(all.size() - 1)));
    }

    void appendsNewerBarsAndRecognisesStoredOnes() {
        BarSeries all = minutes(0, 2 * 4096 + 100);

        bars.append("FESX", minutes(0, 4000), source("jan.csv", 0));
        Appended again = bars.append("FESX", minutes(0, 4000), source("jan.csv", 1));
        Appended newer = bars.append("FESX", minutes(3990, 6000), source("feb.csv", 2));
        Appended rest = bars.append("FESX", minutes(6000, all.size()), source("mar.csv", 3));
        bars.append("ONCE", all, source("all.csv", 4));

        assertThat(again).isEqualTo(new Appended("FESX", 4000, 0, 4000, false));
        assertThat(newer).isEqualTo(new Appended("FESX", 2010, 2000, 6000, false));
        assertThat(rest.barsStored()).isEqualTo(all.size());
        StoredBars stored = bars.read("FESX").orElseThrow();
        assertSameBars(stored.series(), all);
        // The same bars are stored the same way, whatever the imports that built them.
        assertThat(stored.sha256()).isEqualTo(bars.read("ONCE").orElseThrow().sha256());
        assertThat(bars.imports("FESX")).extracting(i -> i.source().file().path() + " " + i.barsRead() + " " + i.barsAdded())
                .containsExactly("/data/jan.csv 4000 4000", "/data/jan.csv 4000 0", "/data/feb.csv 2010 2000",
                        "/data/mar.csv " + (all.size() - 6000) + " " + (all.size() - 6000));
    }

    void refusesHistoryThatDisagreesAndWritesNothing() {
        bars.append("FESX", minutes(10, 100), source("a.csv", 0));
        BarSeries changed = changeClose(minutes(50, 120), 20);

        assertThatThrownBy(() -> bars.append("FESX", changed, source("b.csv", 1)))
                .isInstanceOf(BarConflictException.class)
                .hasMessage("store:FESX at 2006-01-02T10:11:00Z: the stored bar has close " + FixedPoint.formatPrice(minutes(70, 71).closeRaw(0))
                        + ", these bars " + FixedPoint.formatPrice(changed.closeRaw(20)) + "; refusing to replace stored history");
        assertThatThrownBy(() -> bars.append("FESX", minutes(0, 120), source("c.csv", 1)))
                .isInstanceOf(BarConflictException.class)
                .hasMessage("store:FESX starts at 2006-01-02T09:11:00Z, these bars at 2006-01-02T09:01:00Z: only bars from the"
                        + " stored series' first one on can be added");
        assertThatThrownBy(() -> bars.append("FESX", minutes(10, 120).withLabel(BarLabel.START), source("d.csv", 1)))
                .isInstanceOf(BarConflictException.class)
                .hasMessage("store:FESX holds 1m bars stamped at their end; these are 1m bars stamped at their start: import them"
                        + " under another --symbol");
        assertSameBars(bars.read("FESX").orElseThrow().series(), minutes(10, 100));
        assertThat(bars.imports("FESX")).hasSize(1);
    }

    private static BarSeries changeClose(BarSeries s, int index) {
        BarSeries.Builder b = BarSeries.builder(s.instrument(), s.spec(), s.size());
        for (int i = 0; i < s.size(); i++) {
            long close = i == index ? s.closeRaw(i) + FixedPoint.parsePrice("0.25") : s.closeRaw(i);
            b.add(s.tsNanos(i), s.openRaw(i), Math.max(s.highRaw(i), close), s.lowRaw(i), close, s.volume(i));
        }
        return b.build().withLabel(s.label());
    }

    static void assertSameBars(BarSeries actual, BarSeries expected) {
        assertThat(actual.instrument()).isEqualTo(expected.instrument());
        assertThat(actual.spec()).isEqualTo(expected.spec());
        assertThat(actual.label()).isEqualTo(expected.label());
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.bar(i)).as("bar %d", i).isEqualTo(expected.bar(i));
        }
    }
}
