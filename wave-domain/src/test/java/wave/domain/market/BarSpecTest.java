package wave.domain.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BarSpecTest {
    @ParameterizedTest
    @CsvSource({
            "1m, 1, MINUTE, PT1M, 98280, true",
            "5m, 5, MINUTE, PT5M, 19656, true",
            "15m, 15, MINUTE, PT15M, 6552, true",
            "30m, 30, MINUTE, PT30M, 3276, true",
            "1h, 1, HOUR, PT1H, 1638, true",
            "4h, 4, HOUR, PT4H, 409.5, true",
            "1d, 1, DAY, PT24H, 252, false",
            "5d, 5, DAY, PT120H, 50.4, false",
            "1w, 1, WEEK, PT168H, 52, false",
            "2w, 2, WEEK, PT336H, 26, false",
            "1mo, 1, MONTH, PT720H, 12, false",
            "3mo, 3, MONTH, PT2160H, 4, false",
    })
    void parsesAndDescribes(String text, int count, BarSpec.Unit unit, Duration duration, double perYear, boolean intraday) {
        BarSpec spec = BarSpec.parse(text);
        assertThat(spec).isEqualTo(new BarSpec(count, unit));
        assertThat(spec.count()).isEqualTo(count);
        assertThat(spec.unit()).isEqualTo(unit);
        assertThat(spec.duration()).isEqualTo(duration);
        assertThat(spec.periodsPerYear()).isCloseTo(perYear, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(spec.isIntraday()).isEqualTo(intraday);
        assertThat(spec).hasToString(text);
    }

    @Test
    void constantsMatchParsedForms() {
        assertThat(BarSpec.parse("1m")).isEqualTo(BarSpec.MINUTE_1);
        assertThat(BarSpec.parse("5m")).isEqualTo(BarSpec.MINUTE_5);
        assertThat(BarSpec.parse("1h")).isEqualTo(BarSpec.HOUR_1);
        assertThat(BarSpec.parse("1d")).isEqualTo(BarSpec.DAY_1);
        assertThat(BarSpec.parse("1w")).isEqualTo(BarSpec.WEEK_1);
        assertThat(BarSpec.DAY_1.periodsPerYear()).isEqualTo(252.0);
        assertThat(BarSpec.MINUTE_1.periodsPerYear()).isEqualTo(252.0 * 390);
        assertThat(BarSpec.HOUR_1.periodsPerYear()).isEqualTo(252.0 * 6.5);
        assertThat(BarSpec.WEEK_1.periodsPerYear()).isEqualTo(52.0);
        assertThat(BarSpec.parse("1mo").periodsPerYear()).isEqualTo(12.0);
        assertThat(BarSpec.Unit.MONTH.suffix()).isEqualTo("mo");
        assertThat(BarSpec.Unit.MINUTE.suffix()).isEqualTo("m");
    }

    @Test
    void parseIsCaseAndWhitespaceTolerant() {
        assertThat(BarSpec.parse(" 5M ")).isEqualTo(BarSpec.MINUTE_5);
        assertThat(BarSpec.parse("1MO")).isEqualTo(new BarSpec(1, BarSpec.Unit.MONTH));
        assertThat(BarSpec.parse("1H")).isEqualTo(BarSpec.HOUR_1);
        assertThat(BarSpec.parse("015m")).isEqualTo(new BarSpec(15, BarSpec.Unit.MINUTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "mo", "1", "1x", "1min", "1 m", "m1", "-1m", "1.5h", "1y", "d1", "1dd", "abc"})
    void badInputNamesTheAcceptedForms(String text) {
        assertThatThrownBy(() -> BarSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bar spec '" + text + "' not understood; expected e.g. 1m, 5m, 15m, 1h, 4h, 1d, 1w, 1mo");
    }

    @Test
    void zeroCountAndMissingUnitAreRejected() {
        assertThatThrownBy(() -> BarSpec.parse("0m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bar count must be > 0, got 0");
        assertThatThrownBy(() -> new BarSpec(-1, BarSpec.Unit.DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bar count must be > 0, got -1");
        assertThatThrownBy(() -> new BarSpec(1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bar unit is required");
    }

    @Test
    void countTooLargeForAnIntIsRejected() {
        assertThatThrownBy(() -> BarSpec.parse("99999999999m")).isInstanceOf(IllegalArgumentException.class);
    }
}
