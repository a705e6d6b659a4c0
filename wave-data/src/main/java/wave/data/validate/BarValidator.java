package wave.data.validate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import wave.data.validate.Finding.Action;
import wave.data.validate.Finding.Kind;
import wave.domain.calendar.TradingCalendar;
import wave.domain.market.BarSpec;
import wave.domain.money.FixedPoint;

/**
 * Checks bars read from a source and applies a {@link ValidationPolicy}.
 *
 * <p>Rules, in the order they are applied:
 * <ol>
 *   <li>per row: {@link Kind#NON_POSITIVE_PRICE} (any price {@code <= 0}; REPAIR drops it),
 *       {@link Kind#OHLC_INCONSISTENT} (low above high, open or close outside [low, high]; REPAIR swaps an
 *       inverted high/low, raises high to max(open, close) and lowers low to min(open, close)),
 *       {@link Kind#NEGATIVE_VOLUME} (REPAIR clamps it to 0);</li>
 *   <li>ordering: {@link Kind#UNSORTED} (a timestamp before the previous row's; REPAIR sorts the rows stably,
 *       DROP removes the fewest rows that leave the rest in order) and {@link Kind#DUPLICATE_TIMESTAMP} (DROP
 *       and REPAIR keep the first row in file order). Tick data, whose median spacing is below one minute, may
 *       legitimately share a timestamp: its duplicates are reported and kept;</li>
 *   <li>on the surviving rows, reported only: {@link Kind#GAP} (spacing above 5 calendar days times the count
 *       for daily bars, which a long weekend plus a holiday never reaches, and above 3 bars for other specs; with a
 *       trading calendar, intraday spacing counts only inside one session, so nights, weekends and holidays are not
 *       gaps) and {@link Kind#OUTLIER} (a close-to-close log return, adjusted by the row's split coefficient when the
 *       source gives one, so that a split day is not an outlier, whose robust z-score
 *       {@code |r - median| / (1.4826 * MAD)} exceeds the threshold; when the MAD is 0 the mean absolute
 *       deviation times 1.2533 stands in; above 100,000 returns the median and MAD are estimated from that many
 *       evenly spread ones).</li>
 * </ol>
 * At most {@link #MAX_LISTED} gaps and as many outliers are listed; the rest are counted
 * ({@link ValidationReport#unlisted()}), so that the report stays small whatever the file.
 * Under FAIL nothing is changed and, if a rule of steps 1-2 is broken, a {@link ValidationException} is thrown
 * before step 3.
 */
public final class BarValidator {
    /** Default robust z-score above which a return is reported as an outlier. */
    public static final double DEFAULT_OUTLIER_THRESHOLD = 10;
    /** Most findings of one reported-only kind (gap, outlier) listed in a report; the rest are counted. */
    public static final int MAX_LISTED = 10_000;

    private static final long TICK_SPACING_NANOS = Duration.ofMinutes(1).toNanos();
    private static final long DAILY_GAP_DAYS = 5;
    private static final long GAP_BARS = 3;

    private final ValidationPolicy policy;
    private final double outlierThreshold;
    private final TradingCalendar calendar;

    /**
     * A validator.
     *
     * @param policy           what to do with offending rows
     * @param outlierThreshold robust z-score above which returns are reported ({@code > 0}; infinity disables)
     */
    public BarValidator(ValidationPolicy policy, double outlierThreshold) {
        this(policy, outlierThreshold, null);
    }

    /**
     * A validator whose intraday gaps count only inside the sessions of {@code calendar}.
     *
     * @param policy           what to do with offending rows
     * @param outlierThreshold robust z-score above which returns are reported ({@code > 0}; infinity disables)
     * @param calendar         the market's sessions, or null to count every spacing
     */
    public BarValidator(ValidationPolicy policy, double outlierThreshold, TradingCalendar calendar) {
        if (policy == null) {
            throw new IllegalArgumentException("policy is required");
        }
        if (!(outlierThreshold > 0)) {
            throw new IllegalArgumentException("outlier threshold must be > 0, got " + outlierThreshold);
        }
        this.policy = policy;
        this.outlierThreshold = outlierThreshold;
        this.calendar = calendar;
    }

    /** A validator with the {@link #DEFAULT_OUTLIER_THRESHOLD}. */
    public static BarValidator of(ValidationPolicy policy) {
        return new BarValidator(policy, DEFAULT_OUTLIER_THRESHOLD);
    }

    /** The policy. */
    public ValidationPolicy policy() {
        return policy;
    }

    /**
     * Validates rows (repairing them in place under REPAIR).
     *
     * @param source name used in the report, e.g. the file name
     * @param rows   the rows in source order
     * @param spec   the bar length, for the gap rule
     * @return the report and the surviving rows in time order
     * @throws ValidationException under FAIL when a row breaks a rule
     */
    public ValidationOutcome validate(String source, RawBars rows, BarSpec spec) {
        return validate(source, rows, spec, null);
    }

    /**
     * Validates rows whose source gives split coefficients (new shares per old share on the split's ex-date row, 1 or
     * 0 when none): a split day's return is measured on the split-adjusted close.
     *
     * @param splits the split coefficient of each row, in source order, or null when the source has none
     * @see #validate(String, RawBars, BarSpec)
     */
    public ValidationOutcome validate(String source, RawBars rows, BarSpec spec, double[] splits) {
        List<Finding> findings = new ArrayList<>();
        int n = rows.size();
        int[] order = firstProblem(rows) == n ? null : checkRowsAndOrder(source, rows, findings);
        Map<Kind, Long> unlisted = new EnumMap<>(Kind.class);
        reportGapsAndOutliers(rows, order, spec, splits, new Listing(findings, unlisted));
        return new ValidationOutcome(new ValidationReport(source, policy, n, order == null ? n : order.length, findings, unlisted),
                order);
    }

    /** Index of the first row that breaks a row or ordering rule ({@code rows.size()} if none): one tight pass. */
    private static int firstProblem(RawBars rows) {
        int n = rows.size();
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long o = rows.openRaw(i);
            long h = rows.highRaw(i);
            long l = rows.lowRaw(i);
            long c = rows.closeRaw(i);
            long ts = rows.tsNanos(i);
            if (l <= 0 || l > Math.min(o, c) || h < Math.max(o, c) || !(rows.volume(i) >= 0) || (i > 0 && ts <= previous)) {
                return i;
            }
            previous = ts;
        }
        return n;
    }

    /** The detailed path: row checks, then ordering and duplicates, applying the policy. */
    private int[] checkRowsAndOrder(String source, RawBars rows, List<Finding> findings) {
        int n = rows.size();
        int[] kept = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (checkRow(rows, i, findings)) {
                kept[count++] = i;
            }
        }
        long medianSpacing = BarSpacing.medianNanos(rows);
        boolean ticks = medianSpacing > 0 && medianSpacing < TICK_SPACING_NANOS;
        int[] candidates = count == n ? kept : Arrays.copyOf(kept, count);
        int[] order = policy == ValidationPolicy.DROP
                ? dropOutOfOrder(rows, candidates, findings)
                : sortOutOfOrder(rows, candidates, findings);
        order = dropDuplicates(rows, order, ticks, findings);
        if (policy == ValidationPolicy.FAIL && findings.stream().anyMatch(f -> f.action() == Action.FAILED)) {
            throw new ValidationException(new ValidationReport(source, policy, n, n, findings));
        }
        return order;
    }

    /** Row checks; returns whether the row stays. */
    private boolean checkRow(RawBars rows, int i, List<Finding> findings) {
        long o = rows.openRaw(i);
        long h = rows.highRaw(i);
        long l = rows.lowRaw(i);
        long c = rows.closeRaw(i);
        double v = rows.volume(i);
        if (o <= 0 || h <= 0 || l <= 0 || c <= 0) {
            findings.add(new Finding(rows.line(i), Kind.NON_POSITIVE_PRICE, "non-positive price: " + ohlc(o, h, l, c),
                    policy == ValidationPolicy.FAIL ? Action.FAILED : Action.DROPPED,
                    policy == ValidationPolicy.REPAIR ? "cannot be repaired" : ""));
            return policy == ValidationPolicy.FAIL;
        }
        if (l > h || o > h || c > h || o < l || c < l) {
            String problem = ohlcProblem(o, h, l, c);
            if (policy == ValidationPolicy.REPAIR) {
                findings.add(new Finding(rows.line(i), Kind.OHLC_INCONSISTENT, problem, Action.REPAIRED, repairOhlc(rows, i)));
            } else {
                findings.add(new Finding(rows.line(i), Kind.OHLC_INCONSISTENT, problem, failOrDrop(), ""));
                if (policy == ValidationPolicy.DROP) {
                    return false;
                }
            }
        }
        if (!(v >= 0)) {
            String problem = "volume " + v + " is negative";
            if (policy == ValidationPolicy.REPAIR) {
                rows.setVolume(i, 0);
                findings.add(new Finding(rows.line(i), Kind.NEGATIVE_VOLUME, problem, Action.REPAIRED, "volume clamped to 0"));
            } else {
                findings.add(new Finding(rows.line(i), Kind.NEGATIVE_VOLUME, problem, failOrDrop(), ""));
                return policy == ValidationPolicy.FAIL;
            }
        }
        return true;
    }

    private static String ohlcProblem(long o, long h, long l, long c) {
        List<String> problems = new ArrayList<>();
        if (l > h) {
            problems.add("low " + price(l) + " above high " + price(h));
        }
        addOutside(problems, "open", o, h, l);
        addOutside(problems, "close", c, h, l);
        return String.join("; ", problems) + " (" + ohlc(o, h, l, c) + ")";
    }

    private static void addOutside(List<String> problems, String name, long value, long h, long l) {
        if (value > h) {
            problems.add(name + " " + price(value) + " above high " + price(h));
        }
        if (value < l) {
            problems.add(name + " " + price(value) + " below low " + price(l));
        }
    }

    private static String repairOhlc(RawBars rows, int i) {
        long o = rows.openRaw(i);
        long c = rows.closeRaw(i);
        long h = rows.highRaw(i);
        long l = rows.lowRaw(i);
        List<String> done = new ArrayList<>();
        if (l > h) {
            long t = h;
            h = l;
            l = t;
            done.add("high and low swapped");
        }
        if (Math.max(o, c) > h) {
            h = Math.max(o, c);
            done.add("high raised to max(open, close) = " + price(h));
        }
        if (Math.min(o, c) < l) {
            l = Math.min(o, c);
            done.add("low lowered to min(open, close) = " + price(l));
        }
        rows.setHighLow(i, h, l);
        return String.join("; ", done);
    }

    /** FAIL and REPAIR: reports each descent; REPAIR (and FAIL, to find duplicates) sorts stably. */
    private int[] sortOutOfOrder(RawBars rows, int[] order, List<Finding> findings) {
        boolean sorted = true;
        for (int j = 1; j < order.length; j++) {
            int prev = order[j - 1];
            int row = order[j];
            if (rows.tsNanos(row) < rows.tsNanos(prev)) {
                sorted = false;
                findings.add(new Finding(rows.line(row), Kind.UNSORTED, beforeMessage(rows, row, prev),
                        policy == ValidationPolicy.FAIL ? Action.FAILED : Action.REPAIRED,
                        policy == ValidationPolicy.FAIL ? "" : "rows sorted by timestamp"));
            }
        }
        if (!sorted) {
            TimeOrder.sortStable(order, rows);
        }
        return order;
    }

    /** DROP: keeps a longest non-decreasing run of timestamps and drops the rest. */
    private int[] dropOutOfOrder(RawBars rows, int[] order, List<Finding> findings) {
        boolean sorted = true;
        for (int j = 1; j < order.length && sorted; j++) {
            sorted = rows.tsNanos(order[j]) >= rows.tsNanos(order[j - 1]);
        }
        if (sorted) {
            return order;
        }
        boolean[] keep = TimeOrder.longestNonDecreasing(order, rows);
        int[] out = new int[order.length];
        int m = 0;
        int lastKept = -1;
        for (int j = 0; j < order.length; j++) {
            int row = order[j];
            if (keep[j]) {
                out[m++] = row;
                lastKept = row;
            } else {
                String message = lastKept >= 0 ? beforeMessage(rows, row, lastKept)
                        : "timestamp " + time(rows.tsNanos(row)) + " is after the rows that follow it";
                findings.add(new Finding(rows.line(row), Kind.UNSORTED, message, Action.DROPPED,
                        "kept the longest run of rows in time order"));
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** On time-ordered rows: drops (or fails, or for ticks reports) equal timestamps after the first. */
    private int[] dropDuplicates(RawBars rows, int[] order, boolean ticks, List<Finding> findings) {
        boolean unique = true;
        for (int j = 1; j < order.length && unique; j++) {
            unique = rows.tsNanos(order[j]) != rows.tsNanos(order[j - 1]);
        }
        if (unique) {
            return order;
        }
        int[] out = new int[order.length];
        int m = 0;
        int first = -1;
        for (int row : order) {
            if (m > 0 && rows.tsNanos(row) == rows.tsNanos(out[m - 1])) {
                String message = "timestamp " + time(rows.tsNanos(row)) + " repeats line " + rows.line(first);
                if (ticks) {
                    findings.add(new Finding(rows.line(row), Kind.DUPLICATE_TIMESTAMP, message, Action.REPORTED,
                            "kept: ticks (median spacing under 1 minute) may share a timestamp"));
                } else if (policy == ValidationPolicy.FAIL) {
                    findings.add(new Finding(rows.line(row), Kind.DUPLICATE_TIMESTAMP, message, Action.FAILED, ""));
                } else {
                    findings.add(new Finding(rows.line(row), Kind.DUPLICATE_TIMESTAMP, message, Action.DROPPED,
                            "kept the first row, line " + rows.line(first)));
                    continue;
                }
            } else {
                first = row;
            }
            out[m++] = row;
        }
        return m == out.length ? out : Arrays.copyOf(out, m);
    }

    /**
     * On the surviving rows: the median and scale of the log returns from an even sample of them, then one pass
     * that reports gaps and outliers. A return is an outlier when its close ratio leaves
     * {@code [exp(median - threshold * scale), exp(median + threshold * scale)]}, so the pass takes a logarithm
     * only for the few returns near or past the bounds.
     */
    private void reportGapsAndOutliers(RawBars rows, int[] order, BarSpec spec, double[] splits, Listing findings) {
        long gapThreshold = spec.unit() == BarSpec.Unit.DAY
                ? Duration.ofDays(DAILY_GAP_DAYS * spec.count()).toNanos()
                : spec.duration().toNanos() * GAP_BARS;
        int returns = (order == null ? rows.size() : order.length) - 1;
        boolean intradayOnCalendar = calendar != null && (spec.unit() == BarSpec.Unit.MINUTE || spec.unit() == BarSpec.Unit.HOUR)
                && spec.duration().toHours() < 24;
        double median = 0;
        double scale = 0;
        if (returns >= 2 && !Double.isInfinite(outlierThreshold)) {
            double[] sample = new double[Math.min(returns, RobustStats.MAX_SAMPLE)];
            for (int k = 0; k < sample.length; k++) {
                int j = 1 + (int) ((long) k * returns / sample.length);
                sample[k] = Math.log(ratio(rows, order, splits, j));
            }
            median = RobustStats.median(sample, sample.length);
            scale = robustScale(sample, median);
        }
        double lowRatio = scale > 0 ? Math.exp(median - outlierThreshold * scale) * (1 - 1e-12) : 0;
        double highRatio = scale > 0 ? Math.exp(median + outlierThreshold * scale) * (1 + 1e-12) : Double.POSITIVE_INFINITY;
        for (int j = 1; j <= returns; j++) {
            int row = row(order, j);
            int previous = row(order, j - 1);
            long spacing = rows.tsNanos(row) - rows.tsNanos(previous);
            if (spacing > gapThreshold && (!intradayOnCalendar || sameSession(rows.tsNanos(previous), rows.tsNanos(row)))
                    && findings.lists(Kind.GAP)) {
                findings.add(new Finding(rows.line(row), Kind.GAP, "gap of " + duration(spacing) + " since the previous bar at "
                        + time(rows.tsNanos(previous)) + " (line " + rows.line(previous) + "); threshold "
                        + duration(gapThreshold) + " for " + spec + " bars", Action.REPORTED, ""));
            }
            double ratio = ratio(rows, order, splits, j);
            if (ratio < lowRatio || ratio > highRatio) {
                reportOutlier(rows, order, splits, j, median, scale, findings);
            }
        }
    }

    /** 1.4826 x the median absolute deviation, or 1.2533 x the mean absolute deviation when the MAD is 0. */
    private static double robustScale(double[] sample, double median) {
        double meanDeviation = 0;
        for (int k = 0; k < sample.length; k++) {
            sample[k] = Math.abs(sample[k] - median);
            meanDeviation += sample[k] / sample.length;
        }
        double scale = RobustStats.MAD_TO_SIGMA * RobustStats.median(sample, sample.length);
        return scale > 0 ? scale : RobustStats.MEAN_AD_TO_SIGMA * meanDeviation;
    }

    private void reportOutlier(RawBars rows, int[] order, double[] splits, int j, double median, double scale,
                               Listing findings) {
        double r = Math.log(ratio(rows, order, splits, j));
        double z = Math.abs(r - median) / scale;
        if (z > outlierThreshold && findings.lists(Kind.OUTLIER)) {
            findings.add(new Finding(rows.line(row(order, j)), Kind.OUTLIER, String.format(Locale.ROOT,
                    "close-to-close log return %+.4f (close %s -> %s), robust z-score %.1f > %s", r,
                    price(rows.closeRaw(row(order, j - 1))), price(rows.closeRaw(row(order, j))), z, outlierThreshold),
                    Action.REPORTED, ""));
        }
    }

    /** Close of position {@code j} over the previous one's, the former times its split coefficient when there is one. */
    private static double ratio(RawBars rows, int[] order, double[] splits, int j) {
        int row = row(order, j);
        double split = splits == null || !(splits[row] > 0) ? 1 : splits[row];
        return rows.closeRaw(row) * split / rows.closeRaw(row(order, j - 1));
    }

    /** Whether one session of the calendar holds both instants (nanoseconds, UTC): the later at or before its close. */
    private boolean sameSession(long earlier, long later) {
        Optional<Instant> close = calendar.closeOf(Instant.ofEpochSecond(0, earlier));
        return close.isPresent() && !Instant.ofEpochSecond(0, later).isAfter(close.get());
    }

    /** Reported-only findings: the first {@link #MAX_LISTED} of each kind listed, the rest counted. */
    private static final class Listing {
        private final List<Finding> findings;
        private final Map<Kind, Long> unlisted;
        private final Map<Kind, Integer> listed = new EnumMap<>(Kind.class);

        Listing(List<Finding> findings, Map<Kind, Long> unlisted) {
            this.findings = findings;
            this.unlisted = unlisted;
        }

        /** Whether a finding of {@code kind} is to be listed (counting it as listed), else it is counted as unlisted. */
        boolean lists(Kind kind) {
            if (listed.merge(kind, 1, Integer::sum) <= MAX_LISTED) {
                return true;
            }
            unlisted.merge(kind, 1L, Long::sum);
            return false;
        }

        void add(Finding finding) {
            findings.add(finding);
        }
    }

    /** The row at position {@code j} of {@code order}, or row {@code j} when every row is kept ({@code order} null). */
    private static int row(int[] order, int j) {
        return order == null ? j : order[j];
    }

    private Action failOrDrop() {
        return policy == ValidationPolicy.FAIL ? Action.FAILED : Action.DROPPED;
    }

    private static String beforeMessage(RawBars rows, int row, int previous) {
        return "timestamp " + time(rows.tsNanos(row)) + " is before " + time(rows.tsNanos(previous))
                + " of line " + rows.line(previous);
    }

    private static String ohlc(long o, long h, long l, long c) {
        return "open " + price(o) + ", high " + price(h) + ", low " + price(l) + ", close " + price(c);
    }

    private static String price(long raw) {
        return FixedPoint.formatPrice(raw);
    }

    /** A timestamp as {@code yyyy-MM-dd} at midnight, else as an ISO local date-time (UTC). */
    static String time(long tsNanos) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(tsNanos, 1_000_000_000L),
                (int) Math.floorMod(tsNanos, 1_000_000_000L), ZoneOffset.UTC);
        return t.toLocalTime().toNanoOfDay() == 0 ? t.toLocalDate().toString() : t.toString();
    }

    private static String duration(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        if (d.toDays() > 0) {
            return d.toDays() + "d" + (d.toHoursPart() > 0 ? " " + d.toHoursPart() + "h" : "");
        }
        if (d.toHours() > 0) {
            return d.toHours() + "h" + (d.toMinutesPart() > 0 ? " " + d.toMinutesPart() + "m" : "");
        }
        return d.toMinutes() > 0 ? d.toMinutes() + "m" : d.toMillis() + "ms";
    }
}
