package wave.data.validate;

import java.time.Duration;
import wave.domain.market.BarSpec;

/** The typical spacing of bars and the {@link BarSpec} it suggests. */
public final class BarSpacing {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final double DAYS_PER_MONTH = 30.44;

    private BarSpacing() {
    }

    /**
     * The median of the positive differences between consecutive rows' timestamps, in nanoseconds; 0 when no
     * two rows are in increasing order. Above 100,000 rows it is the median of that many
     * differences spread evenly over the rows.
     */
    public static long medianNanos(RawBars rows) {
        int pairs = Math.max(0, rows.size() - 1);
        int count = Math.min(pairs, RobustStats.MAX_SAMPLE);
        double[] spacing = new double[count];
        int n = 0;
        for (int k = 0; k < count; k++) {
            int i = 1 + (int) ((long) k * pairs / count);
            long d = rows.tsNanos(i) - rows.tsNanos(i - 1);
            if (d > 0) {
                spacing[n++] = d;
            }
        }
        return n == 0 ? 0 : (long) RobustStats.median(spacing, n);
    }

    /**
     * The bar length suggested by a median spacing in nanoseconds. Below 20 hours: the nearest whole number of
     * minutes (at least {@code 1m}, so tick data maps to {@code 1m}), written in hours when it is a multiple of
     * 60. From 20 hours the calendar snaps to standard bars, because weekends, holidays and sparse sets stretch
     * the spacing: under 5 days {@code 1d}, under 20 days {@code 1w}, else the nearest number of months
     * ({@code 1mo}, {@code 3mo}, ...). A spacing of 0 (fewer than two distinct timestamps) gives {@code 1d}.
     */
    public static BarSpec inferSpec(long medianSpacingNanos) {
        if (medianSpacingNanos <= 0) {
            return BarSpec.DAY_1;
        }
        if (medianSpacingNanos < Duration.ofHours(20).toNanos()) {
            long minutes = Math.max(1, Math.round(medianSpacingNanos / (double) NANOS_PER_MINUTE));
            return minutes % 60 == 0
                    ? new BarSpec((int) (minutes / 60), BarSpec.Unit.HOUR)
                    : new BarSpec((int) minutes, BarSpec.Unit.MINUTE);
        }
        double days = medianSpacingNanos / (double) NANOS_PER_DAY;
        if (days < 5) {
            return BarSpec.DAY_1;
        }
        if (days < 20) {
            return BarSpec.WEEK_1;
        }
        return new BarSpec((int) Math.max(1, Math.round(days / DAYS_PER_MONTH)), BarSpec.Unit.MONTH);
    }
}
