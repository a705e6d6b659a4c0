package wave.app.arch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.LongSupplier;
import wave.domain.market.Bar;
import wave.engine.strategy.Strategy;

/**
 * Test-only classes for {@link WallClockRuleTest}: strategies that break (and one that keeps) the wall-clock rule.
 * They live in the test sources, so the production import of {@link LayeringTest} never sees them.
 */
final class WallClockFixtures {
    private WallClockFixtures() {
    }

    /** No parameters. */
    record NoParams() {
    }

    /** Reads Instant.now() in onBar: the one mistake the rule exists for. */
    static final class InstantNowStrategy extends Strategy<NoParams> {
        long lastSeen;

        InstantNowStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            lastSeen = Instant.now().toEpochMilli();
        }
    }

    /** Calls each of the ten forbidden APIs of the brief once, in this order. */
    static final class EveryWallClockStrategy extends Strategy<NoParams> {
        final Object[] seen = new Object[10];

        EveryWallClockStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            seen[0] = Instant.now();
            seen[1] = System.currentTimeMillis();
            seen[2] = System.nanoTime();
            seen[3] = LocalDate.now();
            seen[4] = LocalDateTime.now();
            seen[5] = LocalTime.now();
            seen[6] = ZonedDateTime.now();
            seen[7] = OffsetDateTime.now();
            seen[8] = Clock.systemUTC();
            seen[9] = new Date();
        }
    }

    /** Hides the clock in a nested helper class and in a lambda. */
    static final class HiddenClockStrategy extends Strategy<NoParams> {
        private final LongSupplier timer = () -> System.nanoTime();
        long lastSeen;

        HiddenClockStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            lastSeen = Helper.millis() + timer.getAsLong();
        }

        static final class Helper {
            static long millis() {
                return System.currentTimeMillis();
            }
        }
    }

    /** Uses the kernel's clock and a fixed date: allowed. */
    static final class KernelClockStrategy extends Strategy<NoParams> {
        long lastSeen;

        KernelClockStrategy() {
            super(new NoParams());
        }

        @Override
        protected void onBar(Bar bar) {
            lastSeen = nowNanos() + new Date(0L).getTime() + LocalDate.of(2000, 1, 1).toEpochDay();
        }
    }

    /** Not a strategy: may time itself (like the CLI's progress bar). */
    static final class Stopwatch {
        long elapsedNanos(long startNanos) {
            return System.nanoTime() - startNanos;
        }
    }
}
