package wave.llm.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceMonitorTest {
    private final List<String> trips = new ArrayList<>();
    private final SourceMonitor monitor = new SourceMonitor(3, 30, 0.45, (who, reason) -> trips.add(who + ": " + reason));

    /** 30 resolved signals of which {@code hits} hit, in a seeded random order. */
    private void resolve(String source, int hits, long seed) {
        List<Boolean> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            outcomes.add(i < hits);
        }
        java.util.Collections.shuffle(outcomes, new Random(seed));
        outcomes.forEach(hit -> monitor.resolved(source, hit));
    }

    @Test
    void aSourceHittingFortyPercentTripsOneHittingSixtyDoesNot() {
        resolve("model:good", 18, 1);
        resolve("llm:analyst", 12, 2);
        assertThat(trips).containsExactly("signal-source:llm:analyst: hit rate 12 of the last 30 signals (40%), below 45%");
        assertThat(monitor.hasTripped("model:good")).isFalse();
        assertThat(monitor.hasTripped("llm:analyst")).isTrue();
    }

    @Test
    void repeatedFailuresTripOnceAndASuccessResetsTheCount() {
        monitor.failure("llm:analyst", "TIMEOUT");
        monitor.failure("llm:analyst", "TIMEOUT");
        monitor.success("llm:analyst");
        monitor.failure("llm:analyst", "TIMEOUT");
        monitor.failure("llm:analyst", "SERVER_ERROR");
        assertThat(trips).isEmpty();
        monitor.failure("llm:analyst", "ALL_PROVIDERS_FAILED: no provider gave advice");
        monitor.failure("llm:analyst", "again");
        assertThat(trips).containsExactly(
                "signal-source:llm:analyst: 3 failures in a row, the last: ALL_PROVIDERS_FAILED: no provider gave advice");
    }
}
