package wave.engine.execution;

import java.util.Objects;

/**
 * How realistic the simulated venue's execution is. The defaults keep the classic next-bar behaviour: no extra
 * latency, no volume cap, no slippage. See {@code docs/backtest-assumptions.md}.
 *
 * @param latencyBars            extra bars an order takes to reach the venue: an order placed while bar t is
 *                               handled reaches it with bar {@code t + 1 + latencyBars} of its instrument; >= 0
 * @param maxVolumeParticipation largest fraction of a bar's volume the account's orders in that instrument may fill
 *                               together on that bar, rounded down to whole lots, in (0, 1]; 1 means no cap at all
 * @param slippage               price move against each fill
 */
public record ExecutionConfig(int latencyBars, double maxVolumeParticipation, SlippageModel slippage) {
    /** Validates the values. */
    public ExecutionConfig {
        Objects.requireNonNull(slippage, "slippage");
        if (latencyBars < 0) {
            throw new IllegalArgumentException("latency must be >= 0 bars, got " + latencyBars);
        }
        if (!(maxVolumeParticipation > 0 && maxVolumeParticipation <= 1)) {
            throw new IllegalArgumentException("max volume participation must be in (0, 1], got " + maxVolumeParticipation);
        }
    }

    /** No extra latency, no volume cap, no slippage. */
    public static ExecutionConfig defaults() {
        return new ExecutionConfig(0, 1, SlippageModel.none());
    }

    /** With another latency, in bars. */
    public ExecutionConfig withLatencyBars(int value) {
        return new ExecutionConfig(value, maxVolumeParticipation, slippage);
    }

    /** With another volume cap (a fraction of each bar's volume; 1 for none). */
    public ExecutionConfig withMaxVolumeParticipation(double value) {
        return new ExecutionConfig(latencyBars, value, slippage);
    }

    /** With another slippage model. */
    public ExecutionConfig withSlippage(SlippageModel value) {
        return new ExecutionConfig(latencyBars, maxVolumeParticipation, value);
    }

    /** True when fills are capped by the bars' volume. */
    public boolean capsVolume() {
        return maxVolumeParticipation < 1;
    }
}
