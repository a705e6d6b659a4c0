package wave.engine.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;

/**
 * Hand-written bar series for scenario tests. A table has one bar per line:
 *
 * <pre>
 * 2024-01-02 O=10 H=11 L=9 C=10.5
 * 2024-01-03 O=10.8 H=11.2 L=10.1 C=11 V=2500
 * </pre>
 *
 * Dates are daily bars labelled at 00:00 UTC; intraday tables ({@link #table(InstrumentId, BarSpec, String)}) use
 * UTC date-times such as {@code 2024-01-02T14:30}. Blank lines and lines starting with {@code #} are ignored;
 * volume defaults to 1000. Prices are exact decimals.
 */
public final class Bars {
    /** The default instrument of single-instrument scenarios. */
    public static final InstrumentId ACME = InstrumentId.of("ACME");

    private Bars() {
    }

    /** A daily series of {@link #ACME}. */
    public static BarSeries table(String table) {
        return table(ACME, table);
    }

    /** A daily series of {@code instrument}. */
    public static BarSeries table(InstrumentId instrument, String table) {
        return table(instrument, BarSpec.DAY_1, table);
    }

    /** A series of {@code instrument} with bars of {@code spec} (timestamps as dates or UTC date-times). */
    public static BarSeries table(InstrumentId instrument, BarSpec spec, String table) {
        BarSeries.Builder b = BarSeries.builder(instrument, spec, 16);
        for (String line : table.strip().split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] tokens = t.split("\\s+");
            long ts = ts(tokens[0]);
            Long open = null;
            Long high = null;
            Long low = null;
            Long close = null;
            double volume = 1000;
            for (int i = 1; i < tokens.length; i++) {
                String[] kv = tokens[i].split("=", 2);
                if (kv.length != 2) {
                    throw new IllegalArgumentException("expected FIELD=value in '" + line + "', got '" + tokens[i] + "'");
                }
                switch (kv[0].toUpperCase(java.util.Locale.ROOT)) {
                    case "O" -> open = FixedPoint.parsePrice(kv[1]);
                    case "H" -> high = FixedPoint.parsePrice(kv[1]);
                    case "L" -> low = FixedPoint.parsePrice(kv[1]);
                    case "C" -> close = FixedPoint.parsePrice(kv[1]);
                    case "V" -> volume = Double.parseDouble(kv[1]);
                    default -> throw new IllegalArgumentException("unknown field '" + kv[0] + "' in '" + line + "'");
                }
            }
            if (open == null || high == null || low == null || close == null) {
                throw new IllegalArgumentException("O, H, L and C are required in '" + line + "'");
            }
            if (high < Math.max(open, close) || low > Math.min(open, close) || low <= 0) {
                throw new IllegalArgumentException("inconsistent bar (need 0 < L <= O,C <= H): '" + line + "'");
            }
            b.add(ts, open, high, low, close, volume);
        }
        return b.build();
    }

    /**
     * Timestamp of a date's daily bar (the date at 00:00 UTC) or of a UTC date-time such as {@code 2024-01-02T14:30},
     * nanoseconds since the epoch.
     */
    public static long ts(String isoDateOrDateTime) {
        if (isoDateOrDateTime.contains("T")) {
            return LocalDateTime.parse(isoDateOrDateTime).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;
        }
        return LocalDate.parse(isoDateOrDateTime).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
    }

    /**
     * A deterministic random walk of {@code n} daily bars starting 2020-01-01 00:00 UTC with prices that have four decimals
     * (fractional cents); every {@code skipEvery}-th day is missing when {@code skipEvery > 0}.
     */
    public static BarSeries randomWalk(InstrumentId instrument, int n, long seed, int skipEvery) {
        return randomWalk(instrument, BarSpec.DAY_1, n, seed, skipEvery);
    }

    /** As {@link #randomWalk(InstrumentId, int, long, int)} with bars of {@code spec} (use minutes for long series). */
    public static BarSeries randomWalk(InstrumentId instrument, BarSpec spec, int n, long seed, int skipEvery) {
        Random random = new Random(seed);
        long stepNanos = spec.duration().toNanos();
        BarSeries.Builder b = BarSeries.builder(instrument, spec, n);
        long day = ts("2020-01-01");
        long price = FixedPoint.priceOfUnits(50);
        long tick = 100_000; // 0.0001
        int added = 0;
        for (int d = 0; added < n; d++) {
            long ts = day + d * stepNanos;
            if (skipEvery > 0 && d % skipEvery == skipEvery - 1) {
                continue;
            }
            long open = Math.max(FixedPoint.quantityOfUnits(1), price + (random.nextInt(2001) - 1000) * tick);
            long close = Math.max(FixedPoint.quantityOfUnits(1), open + (random.nextInt(20001) - 10000) * tick);
            long high = Math.max(open, close) + random.nextInt(5000) * tick;
            long low = Math.max(tick, Math.min(open, close) - random.nextInt(5000) * tick);
            b.add(ts, open, high, low, close, 1000 + random.nextInt(1000));
            price = close;
            added++;
        }
        return b.build();
    }
}
