package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The chunked columns' encoding round-trips every long and rejects a row whose count does not match. */
class DeltaVarintTest {

    @Test
    void knownBytes() {
        // first value 1 -> zigzag 2; then +1 -> 2; then -2 -> 3; then +64 -> 128 = 0x80 0x01
        assertThat(DeltaVarint.encode(new long[] {1, 2, 0, 64}, 0, 4)).containsExactly(2, 2, 3, 0x80, 0x01);
        assertThat(DeltaVarint.encode(new long[] {5, 7}, 1, 2)).containsExactly(14);
        assertThat(DeltaVarint.encode(new long[0], 0, 0)).isEmpty();
    }

    @Test
    void roundTripsExtremesAndRandomValues() {
        Random random = new Random(7);
        long[] values = new long[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 5) {
                case 0 -> Long.MIN_VALUE;
                case 1 -> Long.MAX_VALUE;
                case 2 -> random.nextLong();
                case 3 -> 0;
                default -> -1;
            };
        }
        long[] back = new long[values.length + 3];
        DeltaVarint.decode(DeltaVarint.encode(values, 0, values.length), back, 3, values.length);
        assertThat(java.util.Arrays.copyOfRange(back, 3, back.length)).containsExactly(values);
    }

    @Test
    void smallStepsTakeFewBytes() {
        long[] minutes = new long[4096];
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = 1_136_214_000_000_000_000L + i * 60_000_000_000L;
        }
        assertThat(DeltaVarint.encode(minutes, 0, minutes.length).length).isEqualTo(9 + 4095 * 6);
        long[] days = new long[4096];
        for (int i = 0; i < days.length; i++) {
            days[i] = i;
        }
        assertThat(DeltaVarint.encode(days, 0, days.length)).hasSize(4096);
    }

    @Test
    void aCountThatDoesNotMatchIsAnError() {
        byte[] three = DeltaVarint.encode(new long[] {1, 2, 3}, 0, 3);
        assertThatThrownBy(() -> DeltaVarint.decode(three, new long[4], 0, 4)).hasMessageContaining("fewer than the 4 values");
        assertThatThrownBy(() -> DeltaVarint.decode(three, new long[2], 0, 2)).hasMessageContaining("more than the 2 values");
    }
}
