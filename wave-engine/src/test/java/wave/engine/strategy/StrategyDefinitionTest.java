package wave.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding text parameters to a strategy's parameter record. */
class StrategyDefinitionTest {
    public enum Mode { LONG, SHORT, BOTH }

    public record Params(
            @Range(min = 2, max = 100) @Default("10") @Describe("fast SMA length, bars") int fast,
            @Range(min = 5, max = 300) @Default("30") int slow,
            @Range(min = 0, max = 1) @Default("0.5") double threshold,
            @Default("true") boolean exitOnCross,
            @Default("long") Mode mode,
            @Default("1000000") long budget) {
        public Params {
            if (fast >= slow) {
                throw new IllegalArgumentException("fast must be < slow, got fast=" + fast + ", slow=" + slow);
            }
        }
    }

    public record Required(@Range(min = 1, max = 5) int level, @Default("x") String tag) {
    }

    public record None() {
    }

    static final class ParamStrategy extends Strategy<Params> {
        ParamStrategy(Params params) {
            super(params);
        }
    }

    static final StrategyDefinition<Params> DEF = new StrategyDefinition<>("sma-test", "a test", Params.class, ParamStrategy::new);

    @Test
    void missingValuesTakeTheirDefaults() {
        assertThat(DEF.defaults()).isEqualTo(new Params(10, 30, 0.5, true, Mode.LONG, 1_000_000L));
        assertThat(DEF.bind(Map.of("fast", "5", "mode", "Both", "exitOnCross", "no", "threshold", " 0.25 ")))
                .isEqualTo(new Params(5, 30, 0.25, false, Mode.BOTH, 1_000_000L));
    }

    @Test
    void createBuildsTheStrategyWithTheBoundParameters() {
        Strategy<Params> s = DEF.create(Map.of("slow", "50"));
        assertThat(s).isInstanceOf(ParamStrategy.class);
        assertThat(s.params()).isEqualTo(new Params(10, 50, 0.5, true, Mode.LONG, 1_000_000L));
        assertThat(DEF.name()).isEqualTo("sma-test");
        assertThat(DEF.description()).isEqualTo("a test");
        assertThat(DEF.paramsType()).isEqualTo(Params.class);
        assertThat(DEF.toString()).isEqualTo("sma-test");
    }

    @Test
    void describesEveryParameterFromTheRecord() {
        assertThat(DEF.params()).extracting(ParamSpec::name)
                .containsExactly("fast", "slow", "threshold", "exitOnCross", "mode", "budget");
        ParamSpec fast = DEF.params().getFirst();
        assertThat(fast.type()).isEqualTo(int.class);
        assertThat(fast.defaultValue()).isEqualTo("10");
        assertThat(fast.min()).isEqualTo(2.0);
        assertThat(fast.max()).isEqualTo(100.0);
        assertThat(fast.description()).isEqualTo("fast SMA length, bars");
        assertThat(fast.rangeText()).isEqualTo("[2, 100]");
        assertThat(fast.isIntegral()).isTrue();
        assertThat(DEF.params().get(2).rangeText()).isEqualTo("[0.0, 1.0]");
        assertThat(DEF.params().get(3).hasRange()).isFalse();
        assertThat(DEF.params().get(3).rangeText()).isEmpty();
        assertThat(DEF.params().get(4).typeName()).isEqualTo("long|short|both");
        assertThat(DEF.params().get(5).typeName()).isEqualTo("long");
    }

    @Test
    void aValueThatDoesNotParseNamesTheParameterAndTheExpectedType() {
        assertThatThrownBy(() -> DEF.bind(Map.of("fast", "abc"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'fast' expects an integer, got 'abc'");
        assertThatThrownBy(() -> DEF.bind(Map.of("fast", "10.5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'fast' expects an integer, got '10.5'");
        assertThatThrownBy(() -> DEF.bind(Map.of("threshold", "half"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'threshold' expects a number, got 'half'");
        assertThatThrownBy(() -> DEF.bind(Map.of("exitOnCross", "maybe"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'exitOnCross' expects true or false, got 'maybe'");
        assertThatThrownBy(() -> DEF.bind(Map.of("mode", "sideways"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'mode' expects one of long, short, both, got 'sideways'");
    }

    @Test
    void anUnknownParameterListsTheValidNames() {
        assertThatThrownBy(() -> DEF.bind(Map.of("fsat", "5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: unknown parameter 'fsat'; valid parameters: fast, slow, threshold, exitOnCross, mode, budget");
        StrategyDefinition<None> none = new StrategyDefinition<>("none", "no params", None.class, p -> null);
        assertThat(none.defaults()).isEqualTo(new None());
        assertThatThrownBy(() -> none.bind(Map.of("x", "1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("none: unknown parameter 'x'; valid parameters: (none)");
    }

    @Test
    void aValueOutOfRangeShowsTheRange() {
        assertThatThrownBy(() -> DEF.bind(Map.of("fast", "1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'fast' = 1 is out of range [2, 100]");
        assertThatThrownBy(() -> DEF.bind(Map.of("slow", "301"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'slow' = 301 is out of range [5, 300]");
        assertThatThrownBy(() -> DEF.bind(Map.of("threshold", "1.5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: parameter 'threshold' = 1.5 is out of range [0.0, 1.0]");
        assertThatThrownBy(() -> DEF.bind(Map.of("threshold", "NaN"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
        // both ends are inclusive
        assertThat(DEF.bind(Map.of("fast", "2", "slow", "300", "threshold", "1")).fast()).isEqualTo(2);
    }

    @Test
    void theRecordsOwnValidationMessagePropagates() {
        assertThatThrownBy(() -> DEF.bind(Map.of("fast", "40", "slow", "30"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sma-test: fast must be < slow, got fast=40, slow=30")
                .cause().isInstanceOf(IllegalArgumentException.class).hasMessage("fast must be < slow, got fast=40, slow=30");
    }

    @Test
    void aParameterWithoutDefaultIsRequired() {
        StrategyDefinition<Required> def = new StrategyDefinition<>("req", "required", Required.class, p -> null);
        assertThatThrownBy(def::defaults).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("req: parameter 'level' is required (int in [1, 5])");
        assertThat(def.bind(Map.of("level", "3"))).isEqualTo(new Required(3, "x"));
    }
}
