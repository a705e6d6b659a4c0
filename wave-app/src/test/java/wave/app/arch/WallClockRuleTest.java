package wave.app.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that {@link LayeringTest#STRATEGIES_DO_NOT_READ_THE_WALL_CLOCK} bites: test-only strategies, imported on
 * their own with a {@link ClassFileImporter}, are flagged for each wall-clock read, and clean code is not.
 */
class WallClockRuleTest {

    private static EvaluationResult evaluate(Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(classes);
        return LayeringTest.STRATEGIES_DO_NOT_READ_THE_WALL_CLOCK.evaluate(imported);
    }

    @Test
    void strategyCallingInstantNowIsFlagged() {
        EvaluationResult result = evaluate(WallClockFixtures.InstantNowStrategy.class);

        assertThat(result.hasViolation()).isTrue();
        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).hasSize(1);
        assertThat(details.getFirst())
                .contains(WallClockFixtures.InstantNowStrategy.class.getName() + ".onBar(")
                .contains("java.time.Instant.now()");
    }

    @Test
    void eachForbiddenCallIsFlagged() {
        EvaluationResult result = evaluate(WallClockFixtures.EveryWallClockStrategy.class);

        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).hasSize(10);
        String report = String.join("\n", details);
        for (String call : List.of("java.time.Instant.now()", "java.lang.System.currentTimeMillis()",
                "java.lang.System.nanoTime()", "java.time.LocalDate.now()", "java.time.LocalDateTime.now()",
                "java.time.LocalTime.now()", "java.time.ZonedDateTime.now()", "java.time.OffsetDateTime.now()",
                "java.time.Clock.systemUTC()", "java.util.Date.<init>()")) {
            assertThat(report).as("flags %s", call).contains(call);
        }
    }

    @Test
    void clockHiddenInNestedClassOrLambdaIsFlagged() {
        EvaluationResult result = evaluate(WallClockFixtures.HiddenClockStrategy.class,
                WallClockFixtures.HiddenClockStrategy.Helper.class);

        List<String> details = result.getFailureReport().getDetails();
        assertThat(details).hasSize(2);
        assertThat(String.join("\n", details))
                .contains(WallClockFixtures.HiddenClockStrategy.Helper.class.getName() + ".millis()")
                .contains("java.lang.System.currentTimeMillis()")
                .contains("java.lang.System.nanoTime()");
    }

    @Test
    void kernelClockAndNonStrategyTimersAreAllowed() {
        EvaluationResult result = evaluate(WallClockFixtures.KernelClockStrategy.class, WallClockFixtures.Stopwatch.class);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }
}
