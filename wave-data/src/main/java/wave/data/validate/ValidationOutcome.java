package wave.data.validate;

/**
 * The result of validating {@link RawBars}.
 *
 * @param report   what was found and done
 * @param keptRows indexes into the rows that survive, in time order (build the series with
 *                 {@link RawBars#toSeries}), or null when every row survives in file order (the common case,
 *                 which allocates nothing per row); the array is owned by the caller
 */
public record ValidationOutcome(ValidationReport report, int[] keptRows) {
}
