package wave.data.validate;

/** What {@link BarValidator} does with rows that break a rule. Gaps and outliers are only ever reported. */
public enum ValidationPolicy {
    /** Throw a {@link ValidationException} listing the first findings; nothing is changed. */
    FAIL,
    /** Remove the offending rows. */
    DROP,
    /**
     * Fix what can be fixed (sort, drop later duplicates, widen high/low to cover open and close, clamp
     * negative volume to 0) and drop what cannot (non-positive prices).
     */
    REPAIR
}
