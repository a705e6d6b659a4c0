package wave.app.backtest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wave.domain.market.BarSeries;
import wave.engine.backtest.BacktestConfig;

/** Warnings about a run that can be given before it starts: settings under which orders cannot fill. */
public final class RunWarnings {
    private RunWarnings() {
    }

    /** The warnings of running {@code config} over {@code series}, each a line starting {@code wave: warning:}. */
    public static List<String> before(BacktestConfig config, List<BarSeries> series) {
        List<String> warnings = new ArrayList<>();
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
