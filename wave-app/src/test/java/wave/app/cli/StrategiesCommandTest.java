package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code wave strategies}: the seven bundled strategies with their parameters, types, defaults and ranges. */
class StrategiesCommandTest {
    private static final Pattern PARAM = Pattern.compile(
            "^ {4}(\\S+) +(\\S+) +default (\\S+) +range (\\[[^\\]]*\\]) (.+)$");

    @Test
    void listsAllStrategiesWithParametersAndRanges() {
        Cli run = Cli.run("strategies");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        Map<String, List<String>> listed = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : run.out().lines().toList()) {
            if (!line.startsWith(" ")) {
                String name = line.substring(0, line.indexOf(" - "));
                current = new ArrayList<>();
                listed.put(name, current);
            } else if (line.equals("    (no parameters)")) {
                assertThat(current).isEmpty();
            } else {
                Matcher m = PARAM.matcher(line);
                assertThat(m.matches()).as("parameter line '%s'", line).isTrue();
                assertThat(m.group(5)).as("description of %s", m.group(1)).isNotBlank();
                current.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4));
            }
        }

        assertThat(listed).containsExactly(
                Map.entry("buy-and-hold", List.of()),
                Map.entry("sma-cross", List.of("fast int 10 [2, 200]", "slow int 30 [3, 500]")),
                Map.entry("ema-cross", List.of("fast int 12 [2, 200]", "slow int 26 [3, 500]")),
                Map.entry("rsi-reversion", List.of("period int 14 [2, 200]", "lower double 30 [0.0, 100.0]",
                        "upper double 70 [0.0, 100.0]")),
                Map.entry("bollinger-reversion", List.of("period int 20 [2, 500]", "k double 2.0 [0.1, 10.0]")),
                Map.entry("donchian-breakout", List.of("entry int 20 [2, 500]", "exit int 10 [2, 500]")),
                Map.entry("macd-trend", List.of("fast int 12 [2, 200]", "slow int 26 [3, 500]", "signal int 9 [2, 200]")),
                Map.entry("sma-cross-ls", List.of("fast int 10 [2, 200]", "slow int 30 [3, 500]")),
                Map.entry("ema-cross-ls", List.of("fast int 12 [2, 200]", "slow int 26 [3, 500]")),
                Map.entry("rsi-reversion-ls", List.of("period int 14 [2, 200]", "lower double 30 [0.0, 100.0]",
                        "upper double 70 [0.0, 100.0]")),
                Map.entry("macd-trend-ls", List.of("fast int 12 [2, 200]", "slow int 26 [3, 500]", "signal int 9 [2, 200]")),
                Map.entry("equal-weight-monthly", List.of()),
                Map.entry("momentum-12-1", List.of("top int 10 [1, 500]", "lookbackMonths int 12 [2, 60]",
                        "skipMonths int 1 [0, 12]")));
        assertThat(run.out()).contains(
                "sma-cross - long-only: buy when the fast SMA crosses above the slow SMA, sell when it crosses below");
    }
}
