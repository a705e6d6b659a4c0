package wave.risk;

import java.util.ArrayList;
import java.util.List;
import wave.engine.clock.TimerCallback;
import wave.engine.kernel.inbound.Command;

/**
 * Applies commands straight to the engine (as the kernel tells its listeners) and records what the engine did. Scheduled
 * callbacks (the stale data check between bars) are kept in {@link #callbacks} and never run: these tests drive the
 * steps by hand (a kernel runs them, see {@code StaleDataTimerTest}).
 */
final class FakeActions implements RiskActions {
    RiskEngine engine;
    long nowNanos;
    final List<String> log = new ArrayList<>();
    final List<Scheduled> scheduled = new ArrayList<>();

    final List<Long> callbacks = new ArrayList<>();

    record Scheduled(long atNanos, Command command, boolean[] canceled) {
    }

    @Override
    public Runnable scheduleCallback(long atNanos, TimerCallback callback) {
        callbacks.add(atNanos);
        return () -> callbacks.remove(atNanos);
    }

    @Override
    public void apply(Command command) {
        log.add(command.toString());
        engine.onCommand(command, nowNanos);
    }

    @Override
    public Runnable schedule(long atNanos, Command command) {
        Scheduled s = new Scheduled(atNanos, command, new boolean[1]);
        scheduled.add(s);
        log.add("at " + atNanos + ": " + command);
        return () -> s.canceled()[0] = true;
    }

    @Override
    public void reducePositions(double fraction) {
        log.add("reduce positions by " + fraction);
    }

    /** Applies the scheduled commands due by {@code atNanos} that were not withdrawn. */
    void fireUntil(long atNanos) {
        for (Scheduled s : List.copyOf(scheduled)) {
            if (s.atNanos() <= atNanos) {
                scheduled.remove(s);
                if (!s.canceled()[0]) {
                    nowNanos = s.atNanos();
                    apply(s.command());
                }
            }
        }
    }
}
