package wave.app.stats;

/**
 * How a run is simulated ({@code wave stats --monte-carlo N}).
 *
 * @param simulations paths per method, at least 1
 * @param seed        seed of each method's generator ({@code L64X128MixRandom})
 * @param ruinLoss    loss threshold of ruin as a fraction of the initial equity, in (0, 1]
 * @param blockLength  periods per block of the block bootstrap, or 0 for {@code round(n^(1/3))}
 * @param tradeReturns true to compound trade returns (a run sized by its equity), false to add trade profits (a run of
 *                     fixed size)
 */
public record MonteCarloSettings(int simulations, long seed, double ruinLoss, int blockLength, boolean tradeReturns) {
    /**
     * Whether a run's trades are simulated as returns: {@code return} or {@code pnl} as given, or for {@code auto} from
     * the run's sizing setting: profits for {@code fixed:...}, returns for anything else (all-in, percent, sizing models).
     */
    public static boolean tradeReturns(String unit, String sizing) {
        return switch (unit) {
            case "return" -> true;
            case "pnl" -> false;
            case "auto" -> sizing == null || !sizing.startsWith("fixed:");
            default -> throw new IllegalArgumentException("--trade-unit '" + unit + "' not understood; expected auto, pnl or return");
        };
    }

    /** Validates the ranges named on the components, naming the command-line options. */
    public MonteCarloSettings {
        if (simulations < 1) {
            throw new IllegalArgumentException("--monte-carlo must be at least 1 path, got " + simulations);
        }
        if (!(ruinLoss > 0 && ruinLoss <= 1)) {
            throw new IllegalArgumentException("--ruin-loss must be a fraction in (0, 1], e.g. 0.5 for a 50% loss, got " + ruinLoss);
        }
        if (blockLength < 0) {
            throw new IllegalArgumentException("--block-length must be 0 (automatic) or more periods, got " + blockLength);
        }
    }
}
