package wave.data.synth;

/** Market regimes of the synthetic generator. */
public enum Regime {
    /** Persistent drift; its direction is drawn when the regime starts. */
    TRENDING,
    /** Prices pulled back toward the level at which the regime started. */
    MEAN_REVERTING,
    /** Higher volatility. */
    VOLATILE
}
