package wave.store.bars;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;
import wave.store.Store;
import wave.store.StoreCalls;
import wave.store.runs.FileDigest;

/**
 * The market-data store of a {@link Store}: bar series by symbol, each with the provenance of its imports. Each call
 * is one transaction; a database failure is a {@link wave.store.StoreException} naming the store, bars that disagree
 * with the stored ones a {@link BarConflictException} (and nothing is written).
 */
public final class BarRepository {
    private final Store store;

    /** The market-data store of {@code store} (see {@link Store#bars()}). */
    public BarRepository(Store store) {
        this.store = store;
    }

    /**
     * Stores {@code bars} under {@code symbol}: creates the series, or appends the bars newer than its last one. Bars
     * at or before the stored last bar must equal the stored bars with their timestamps (re-importing a file, or a
     * newer file that repeats some history, adds only what is new); the import is recorded in either case.
     *
     * @param bars time-ordered bars with distinct timestamps, at least one
     * @throws BarConflictException when the bars have another length or label than the stored series, start before
     *                              its first bar, or differ from a stored bar (or fall between two stored bars)
     */
    public Appended append(String symbol, BarSeries bars, BarSource source) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("symbol is required");
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException(symbol + ": no bars to store");
        }
        return StoreCalls.call(store, "store the bars of " + symbol + " in",
                () -> store.jdbi().inTransaction(h -> appendIn(h, symbol, bars, source)), BarConflictException.class);
    }

    /** The series stored under {@code symbol}. */
    public Optional<StoredBars> read(String symbol) {
        return StoreCalls.call(store, "read the bars of " + symbol + " from", () -> store.jdbi().inTransaction(h -> {
            Optional<SeriesRow> row = find(h, symbol);
            return row.map(r -> BarChunks.read(h, r.id, symbol, r.instrument, r.spec, r.label, r.bars));
        }));
    }

    /** The imports into the series stored under {@code symbol}, oldest first (empty when there is no such series). */
    public List<BarImport> imports(String symbol) {
        return StoreCalls.call(store, "read the imports of " + symbol + " from", () -> store.jdbi().withHandle(h -> h.createQuery("""
                        SELECT i.* FROM bar_import i JOIN bar_series s ON s.id = i.series_id
                        WHERE s.symbol = :symbol ORDER BY i.seq""")
                .bind("symbol", symbol)
                .map((rs, ctx) -> new BarImport(rs.getInt("seq"),
                        new BarSource(new FileDigest(rs.getString("source_path"), rs.getLong("size_bytes"), rs.getString("sha256")),
                                Instant.ofEpochMilli(rs.getLong("imported_at_ms")), rs.getString("validation")),
                        rs.getInt("bars_read"), rs.getInt("bars_added"), rs.getLong("first_ts_nanos"), rs.getLong("last_ts_nanos")))
                .list()));
    }

    private record SeriesRow(long id, InstrumentId instrument, BarSpec spec, BarLabel label, int bars) {
    }

    private static Optional<SeriesRow> find(Handle h, String symbol) {
        return h.createQuery("SELECT id, instrument, bar_length, label, bars FROM bar_series WHERE symbol = :symbol")
                .bind("symbol", symbol)
                .map((rs, ctx) -> new SeriesRow(rs.getLong("id"), InstrumentId.parse(rs.getString("instrument")),
                        BarSpec.parse(rs.getString("bar_length")), BarLabel.valueOf(rs.getString("label").toUpperCase(Locale.ROOT)),
                        rs.getInt("bars")))
                .findOne();
    }

    private static Appended appendIn(Handle h, String symbol, BarSeries bars, BarSource source) {
        Optional<SeriesRow> row = find(h, symbol);
        if (row.isEmpty()) {
            long id = h.createUpdate("""
                            INSERT INTO bar_series (symbol, instrument, bar_length, label, bars, first_ts_nanos, last_ts_nanos)
                            VALUES (:symbol, :instrument, :length, :label, :bars, :first, :last)""")
                    .bind("symbol", symbol).bind("instrument", bars.instrument().toString())
                    .bind("length", bars.spec().toString()).bind("label", bars.label().name().toLowerCase(Locale.ROOT))
                    .bind("bars", bars.size()).bind("first", bars.tsNanos(0)).bind("last", bars.tsNanos(bars.size() - 1))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            BarChunks.write(h, id, 0, bars);
            recordImport(h, id, bars, bars.size(), source);
            return new Appended(symbol, bars.size(), bars.size(), bars.size(), true);
        }
        SeriesRow r = row.get();
        if (!r.spec.equals(bars.spec()) || r.label != bars.label()) {
            throw new BarConflictException("store:" + symbol + " holds " + r.spec + " bars stamped at their "
                    + r.label.name().toLowerCase(Locale.ROOT) + "; these are " + bars.spec() + " bars stamped at their "
                    + bars.label().name().toLowerCase(Locale.ROOT) + ": import them under another --symbol");
        }
        BarSeries stored = BarChunks.read(h, r.id, symbol, r.instrument, r.spec, r.label, r.bars).series();
        int firstNew = checkOverlap(symbol, stored, bars);
        int added = bars.size() - firstNew;
        if (added > 0) {
            int tailSeq = (stored.size() - 1) / BarChunks.CHUNK_BARS * BarChunks.CHUNK_BARS;
            BarSeries.Builder tail = BarSeries.builder(r.instrument, r.spec, stored.size() - tailSeq + added);
            for (int i = tailSeq; i < stored.size(); i++) {
                tail.add(stored.bar(i));
            }
            for (int i = firstNew; i < bars.size(); i++) {
                tail.add(bars.tsNanos(i), bars.openRaw(i), bars.highRaw(i), bars.lowRaw(i), bars.closeRaw(i), bars.volume(i));
            }
            h.createUpdate("DELETE FROM bar_chunk WHERE series_id = :id AND first_seq >= :from")
                    .bind("id", r.id).bind("from", tailSeq).execute();
            BarChunks.write(h, r.id, tailSeq, tail.build());
            h.createUpdate("UPDATE bar_series SET bars = :bars, last_ts_nanos = :last WHERE id = :id")
                    .bind("bars", stored.size() + added).bind("last", bars.tsNanos(bars.size() - 1)).bind("id", r.id).execute();
        }
        recordImport(h, r.id, bars, added, source);
        return new Appended(symbol, bars.size(), added, stored.size() + added, false);
    }

    /**
     * The index of the first bar of {@code bars} after the stored series' last bar; every bar before it must equal
     * the stored bar with its timestamp.
     */
    private static int checkOverlap(String symbol, BarSeries stored, BarSeries bars) {
        long last = stored.tsNanos(stored.size() - 1);
        if (bars.tsNanos(0) < stored.tsNanos(0)) {
            throw new BarConflictException("store:" + symbol + " starts at " + instant(stored.tsNanos(0)) + ", these bars at "
                    + instant(bars.tsNanos(0)) + ": only bars from the stored series' first one on can be added");
        }
        int j = 0;
        int i = 0;
        for (; i < bars.size() && bars.tsNanos(i) <= last; i++) {
            while (stored.tsNanos(j) < bars.tsNanos(i)) {
                j++;
            }
            String at = "store:" + symbol + " at " + instant(bars.tsNanos(i));
            if (stored.tsNanos(j) != bars.tsNanos(i)) {
                throw new BarConflictException(at + ": this bar is not in the stored series, which holds bars up to "
                        + instant(last) + "; only newer bars can be appended");
            }
            String differs = difference(stored, j, bars, i);
            if (differs != null) {
                throw new BarConflictException(at + ": the stored bar has " + differs + "; refusing to replace stored history");
            }
        }
        return i;
    }

    /** The first field in which the two bars differ, as {@code "close 101.5, these bars 101.7"}; null when equal. */
    private static String difference(BarSeries a, int i, BarSeries b, int k) {
        String[] names = {"open", "high", "low", "close"};
        long[] left = {a.openRaw(i), a.highRaw(i), a.lowRaw(i), a.closeRaw(i)};
        long[] right = {b.openRaw(k), b.highRaw(k), b.lowRaw(k), b.closeRaw(k)};
        for (int f = 0; f < names.length; f++) {
            if (left[f] != right[f]) {
                return names[f] + " " + FixedPoint.formatPrice(left[f]) + ", these bars " + FixedPoint.formatPrice(right[f]);
            }
        }
        if (Double.compare(a.volume(i), b.volume(k)) != 0) {
            return "volume " + plain(a.volume(i)) + ", these bars " + plain(b.volume(k));
        }
        return null;
    }

    /** A volume as a plain decimal ({@code 34454600}, {@code 12.5}), or its double text when not finite. */
    private static String plain(double volume) {
        return Double.isFinite(volume) ? new BigDecimal(Double.toString(volume)).stripTrailingZeros().toPlainString()
                : Double.toString(volume);
    }

    private static void recordImport(Handle h, long id, BarSeries bars, int added, BarSource source) {
        int seq = h.createQuery("SELECT COUNT(*) FROM bar_import WHERE series_id = :id").bind("id", id).mapTo(Integer.class).one();
        h.createUpdate("""
                        INSERT INTO bar_import (series_id, seq, imported_at_ms, source_path, size_bytes, sha256, bars_read, bars_added,
                            first_ts_nanos, last_ts_nanos, validation)
                        VALUES (:id, :seq, :at, :path, :size, :sha, :read, :added, :first, :last, :validation)""")
                .bind("id", id).bind("seq", seq).bind("at", source.importedAt().toEpochMilli())
                .bind("path", source.file().path()).bind("size", source.file().sizeBytes()).bind("sha", source.file().sha256())
                .bind("read", bars.size()).bind("added", added)
                .bind("first", bars.tsNanos(0)).bind("last", bars.tsNanos(bars.size() - 1))
                .bind("validation", source.validation()).execute();
    }

    private static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
