package wave.data.validate;

/**
 * The result of validating {@link RawBars}.
 *
 * @param report   what was found and done
 * @param keptRows indexes into the rows that survive, in time order (build the series with
 *                 {@link RawBars#toSeries}); the array is owned by the caller
 */
public record ValidationOutcome(ValidationReport report, int[] keptRows) {
}
