package wave.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The range mode's names, and a clear error for anything else. */
class RangeModeTest {
    @Test
    void standardAndWideInAnyCaseBlankIsStandard() {
        assertThat(RangeMode.parse("standard", "x")).isEqualTo(RangeMode.STANDARD);
        assertThat(RangeMode.parse(" WIDE ", "x")).isEqualTo(RangeMode.WIDE);
        assertThat(RangeMode.parse("", "x")).isEqualTo(RangeMode.STANDARD);
        assertThat(RangeMode.WIDE.priceDigits()).isEqualTo(11);
        assertThat(RangeMode.WIDE.quantityDigits()).isEqualTo(6);
        assertThat(RangeMode.WIDE.moneyDigits()).isEqualTo(6);
    }

    @Test
    void anythingElseNamesTheSettingAndTheChoices() {
        assertThatThrownBy(() -> RangeMode.parse("huge", "environment variable WAVE_RANGE"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("environment variable WAVE_RANGE is 'huge'; expected standard or wide");
    }

    @Test
    void theTestJvmRunsTheStandardRange() {
        assertThat(Scales.MODE).isEqualTo(RangeMode.STANDARD);
        assertThat(Scales.describe()).isEqualTo("range standard: prices, quantities and money at 9 decimals");
        assertThat(Scales.NOTIONAL_SHIFT).isEqualTo(1_000_000_000L);
    }
}
