package wave.research.montecarlo;

/** How a Monte Carlo simulation makes its alternative histories. */
public enum Method {
    /** The run's closed trades in a random order (a permutation): the same trades, the same final equity. */
    RESHUFFLE_TRADES("trade reshuffle"),
    /** As many trades as the run had, drawn with replacement from its closed trades. */
    BOOTSTRAP_TRADES("trade bootstrap"),
    /** The run's per-period returns in blocks of consecutive periods drawn with replacement (moving block bootstrap). */
    BLOCK_BOOTSTRAP_RETURNS("block bootstrap of returns");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** A short name for reports, e.g. {@code trade reshuffle}. */
    public String label() {
        return label;
    }
}
