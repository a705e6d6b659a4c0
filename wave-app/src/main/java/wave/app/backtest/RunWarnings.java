package wave.app.backtest;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestConfig;

/**
 * Checks of a run before it starts: data the strategy cannot trade (refused, or warned about) and settings under which
 * orders cannot fill (warned about).
 */
public final class RunWarnings {
    private RunWarnings() {
    }

    /** The warnings of running {@code config} over {@code series}, each a line starting {@code wave: warning:}. */
    public static List<String> before(BacktestConfig config, List<BarSeries> series) {
        List<String> warnings = new ArrayList<>();
        Duration latency = config.execution().latency();
        if (!latency.isZero()) {
            for (BarSeries s : series) {
                if (s.spec().duration().compareTo(Duration.ofDays(1)) >= 0) {
                    warnings.add(String.format(Locale.ROOT, "wave: warning: --latency-ms %d on %s bars of %s delays every "
                            + "order by %d whole bar(s) (it is matched from the first bar that starts after it arrives); "
                            + "--latency-ms is meant for intraday bars, --latency-bars for daily ones", latency.toMillis(),
                            s.spec(), s.instrument(), config.execution().extraBars(s.spec().duration().toNanos())));
                }
            }
        }
        if (config.execution().capsVolume()) {
            for (BarSeries s : series) {
                if (s.size() > 0 && withoutVolume(s)) {
                    warnings.add(String.format(Locale.ROOT, "wave: warning: %s has no volume on any bar, and at most %s%% "
                            + "of a bar's volume may fill (--max-volume-pct): none of its orders can fill", s.instrument(),
                            percent(config.execution().maxVolumeParticipation())));
                }
            }
        }
        return warnings;
    }

    /**
     * Checks that the strategy can trade some of the data: the instruments it trades (a spec's {@code instruments}) and,
     * for each, enough bars to warm up and then fill an order ({@code warmupBars + 1}: a decision on the last bar never
     * fills). Returns a warning for each instrument that is too short.
     *
     * @param warmupBars bars the strategy needs before its first decision (0 when unknown)
     * @throws IllegalArgumentException when no instrument can trade: none is traded by the strategy, or every one it
     *                                  trades is too short (the run is refused before it starts)
     */
    public static List<String> tradable(String strategy, int warmupBars, Predicate<InstrumentId> trades,
                                        List<BarSeries> series) {
        List<String> warnings = new ArrayList<>();
        int traded = 0;
        int tooShort = 0;
        for (BarSeries s : series) {
            if (!trades.test(s.instrument())) {
                continue;
            }
            traded++;
            if (s.size() <= warmupBars) {
                tooShort++;
                warnings.add(String.format(Locale.ROOT, "%s has %d bars; %s decides first on bar %d (its indicators' "
                        + "warm-up) and its orders fill a bar later: no order of it can fill", s.instrument(), s.size(), strategy,
                        warmupBars));
            }
        }
        if (traded == 0) {
            throw new IllegalArgumentException(strategy + " trades none of the instruments loaded ("
                    + String.join(", ", series.stream().map(s -> s.instrument().toString()).toList())
                    + "): check the spec's instruments patterns (they match a symbol such as ORCL or an id such as ORCL.SIM)");
        }
        if (tooShort == traded) {
            throw new IllegalArgumentException("nothing can trade: " + String.join("; ", warnings));
        }
        return warnings.stream().map(w -> "wave: warning: " + w).toList();
    }

    private static boolean withoutVolume(BarSeries series) {
        for (int i = 0; i < series.size(); i++) {
            if (series.volume(i) > 0) {
                return false;
            }
        }
        return true;
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString();
    }
}
