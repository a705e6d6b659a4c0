package wave.risk;

/**
 * The limits on the book as a whole, from the instruments' recent returns: the correlation of a new or grown position
 * with the book, and the book's value at risk; and the parameters of the book's published risk figures.
 *
 * @param maxCorrelation    largest correlation (0 to 1) of the position's returns with the book's P&amp;L; 0 is off
 * @param correlationWindow returns (bars) the correlation is measured over
 * @param maxVarPct         largest VaR of the book after the order, % of equity; 0 is off
 * @param varWindow         returns (bars) the VaR, CVaR and beta are measured over
 * @param varConfidence     the VaR's confidence, in (0.5, 1), e.g. 0.95
 * @param parametricVar     true: the limit is on the parametric (normal) VaR; false: on the historical VaR
 * @param benchmark         symbol of the benchmark the figures' beta is measured against, or null
 */
public record BookLimits(double maxCorrelation, int correlationWindow, double maxVarPct, int varWindow,
                         double varConfidence, boolean parametricVar, String benchmark) {
    /** Default window of the correlation limit, in bars. */
    public static final int CORRELATION_WINDOW = 60;
    /** Default window of the VaR, in bars (a year of daily bars). */
    public static final int VAR_WINDOW = 250;
    /** Default VaR confidence. */
    public static final double VAR_CONFIDENCE = 0.95;
    /** No limit; figures over the default windows, no benchmark. */
    public static final BookLimits OFF = new BookLimits(0, CORRELATION_WINDOW, 0, VAR_WINDOW, VAR_CONFIDENCE, false, null);

    /** Checks the ranges. */
    public BookLimits {
        if (!(maxCorrelation >= 0 && maxCorrelation <= 1)) {
            throw new IllegalArgumentException("max correlation must be in [0, 1], got " + maxCorrelation);
        }
        if (!(maxVarPct >= 0 && maxVarPct <= 100)) {
            throw new IllegalArgumentException("max VaR must be 0 (off) or a percentage, got " + maxVarPct);
        }
        if (correlationWindow < 2 || varWindow < 2) {
            throw new IllegalArgumentException("windows must be at least 2 bars, got " + correlationWindow + " and " + varWindow);
        }
        if (!(varConfidence > 0.5 && varConfidence < 1)) {
            throw new IllegalArgumentException("VaR confidence must be in (0.5, 1), got " + varConfidence);
        }
    }
}
