package wave.store.bars;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarLabel;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.store.DeltaVarint;

/**
 * Writes and reads the {@code bar_chunk} rows of a series: chunk {@code c} always holds bars
 * {@code [c * CHUNK_BARS, (c + 1) * CHUNK_BARS)}, so only the last chunk is ever partial, and appending rewrites
 * it. The same bars therefore always give the same rows, whatever the imports that built them.
 */
final class BarChunks {
    /** Bars per {@code bar_chunk} row. */
    static final int CHUNK_BARS = 4096;

    private BarChunks() {
    }

    /** Inserts the chunks holding {@code bars}, whose first bar is bar {@code firstSeq} (a multiple of {@link #CHUNK_BARS}) of the series. */
    static void write(Handle h, long seriesId, int firstSeq, BarSeries bars) {
        int n = bars.size();
        long[] ts = new long[n];
        long[] open = new long[n];
        long[] high = new long[n];
        long[] low = new long[n];
        long[] close = new long[n];
        long[] volume = new long[n];
        for (int i = 0; i < n; i++) {
            ts[i] = bars.tsNanos(i);
            open[i] = bars.openRaw(i);
            high[i] = bars.highRaw(i);
            low[i] = bars.lowRaw(i);
            close[i] = bars.closeRaw(i);
            volume[i] = Double.doubleToRawLongBits(bars.volume(i));
        }
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO bar_chunk (series_id, chunk, first_seq, points, ts_nanos, open_raw, high_raw, low_raw, close_raw, volume_bits)
                VALUES (:id, :chunk, :first, :points, :ts, :open, :high, :low, :close, :volume)""");
        for (int from = 0; from < n; from += CHUNK_BARS) {
            int to = Math.min(n, from + CHUNK_BARS);
            batch.bind("id", seriesId).bind("chunk", (firstSeq + from) / CHUNK_BARS).bind("first", firstSeq + from)
                    .bind("points", to - from)
                    .bind("ts", DeltaVarint.encode(ts, from, to)).bind("open", DeltaVarint.encode(open, from, to))
                    .bind("high", DeltaVarint.encode(high, from, to)).bind("low", DeltaVarint.encode(low, from, to))
                    .bind("close", DeltaVarint.encode(close, from, to)).bind("volume", DeltaVarint.encode(volume, from, to))
                    .add();
        }
        if (batch.size() > 0) {
            batch.execute();
        } else {
            batch.close();
        }
    }

    /** Reads the {@code bars} bars of series {@code seriesId}, with the digest of their stored columns. */
    static StoredBars read(Handle h, long seriesId, String symbol, InstrumentId instrument, BarSpec spec, BarLabel label, int bars) {
        long[][] columns = new long[6][bars];
        int[] filled = {0};
        long[] storedBytes = {0};
        MessageDigest digest = sha256();
        h.createQuery("""
                        SELECT first_seq, points, ts_nanos, open_raw, high_raw, low_raw, close_raw, volume_bits
                        FROM bar_chunk WHERE series_id = :id ORDER BY chunk""")
                .bind("id", seriesId)
                .map((rs, ctx) -> {
                    int first = rs.getInt("first_seq");
                    int count = rs.getInt("points");
                    if (first != filled[0] || first + count > bars) {
                        throw new IllegalStateException(symbol + ": bar chunk at bar " + first + " with " + count
                                + " bars does not continue the " + filled[0] + " bars read before (of " + bars + ")");
                    }
                    for (int c = 0; c < columns.length; c++) {
                        byte[] bytes = rs.getBytes(c + 3);
                        digest.update(bytes);
                        storedBytes[0] += bytes.length;
                        DeltaVarint.decode(bytes, columns[c], first, count);
                    }
                    filled[0] += count;
                    return count;
                })
                .list();
        if (filled[0] != bars) {
            throw new IllegalStateException(symbol + " has " + filled[0] + " bars stored of the " + bars + " recorded");
        }
        BarSeries.Builder b = BarSeries.builder(instrument, spec, bars);
        for (int i = 0; i < bars; i++) {
            b.add(columns[0][i], columns[1][i], columns[2][i], columns[3][i], columns[4][i], Double.longBitsToDouble(columns[5][i]));
        }
        return new StoredBars(symbol, b.build().withLabel(label), HexFormat.of().formatHex(digest.digest()), storedBytes[0]);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
