package wave.spec.model;

import java.util.List;
import java.util.Objects;
import wave.engine.order.Sizing;
import wave.engine.strategy.ParamSpec;

/**
 * A strategy spec as read from a file, fully checked: every name a rule uses is defined, every parameter
 * reference exists and has the right type, every default is in its range.
 *
 * @param name        the strategy's name
 * @param description one line, possibly empty
 * @param instruments symbol patterns the strategy trades ({@code *} and {@code ?} wildcards); {@code ["*"]} for all
 * @param params      the optimisable parameters, in file order (int or double, each with a default)
 * @param constraints comparisons between parameters that every parameter set must satisfy
 * @param indicators  the indicators, in file order
 * @param entryLong   when to buy while flat, or null (a short-only spec)
 * @param exitLong    when to sell the whole position while long, or null (exits only through risk rules and
 *                    {@code entryShort})
 * @param entryShort  when to sell short while flat, or null (a long-only spec)
 * @param exitShort   when to buy back the whole position while short, or null
 * @param risk        stop-loss, take-profit and trailing-stop levels
 * @param sizing      entry sizing overriding the run's, or null to use the run's (or the sizing model's)
 * @param sizingModel the sizing model sizing entries, or null; never together with {@code sizing}
 * @param correlation correlation-aware scaling of the model's size, or null; only with a {@code sizingModel}
 */
public record StrategySpec(String name, String description, List<String> instruments, List<ParamSpec> params,
                           List<Rule.Compare> constraints, List<IndicatorSpec> indicators, Rule entryLong, Rule exitLong,
                           Rule entryShort, Rule exitShort, RiskSpec risk, Sizing sizing, SizingModel sizingModel,
                           SizingModel.Correlation correlation) {
    /** Copies the lists; requires the name, an entry rule (long or short) and the risk (possibly empty). */
    public StrategySpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        instruments = List.copyOf(instruments);
        params = List.copyOf(params);
        constraints = List.copyOf(constraints);
        indicators = List.copyOf(indicators);
        if (entryLong == null && entryShort == null) {
            throw new IllegalArgumentException("a spec needs an entry rule, long or short");
        }
        Objects.requireNonNull(risk, "risk");
        if (correlation != null && sizingModel == null) {
            throw new IllegalArgumentException("correlation scaling needs a sizing model");
        }
    }

    /** True when the spec can open short positions (it has an {@code entry.short} rule). */
    public boolean tradesShort() {
        return entryShort != null;
    }
}
