package wave.data.csv;

import java.util.Objects;
import wave.data.validate.BarValidator;
import wave.data.validate.ValidationPolicy;
import wave.domain.calendar.TradingCalendar;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSpec;

/**
 * Caller's choices for importing a CSV file. Start from {@link #defaults()} and change with the withers.
 *
 * @param instrument       instrument of the bars, or null to derive it from the file name
 *                         ({@link CsvImporters#instrumentFromFileName})
 * @param priceColumn      which close to use
 * @param policy           what to do with invalid rows
 * @param outlierThreshold robust z-score above which returns are reported as outliers ({@code > 0})
 * @param spec             bar length, or null to infer it from the median spacing of the timestamps
 * @param calendar         the market's sessions, so that intraday gaps count only inside a session (nights and
 *                         weekends are not gaps), or null to count every spacing
 * @param hints            columns, date pattern and time zone given for generic files ({@link FormatHints#none()} to
 *                         detect everything)
 * @param adjustSplits     true to back-adjust prices and volumes for the splits the file carries when a run loads it
 *                         ({@link wave.data.adjust.SplitAdjustment}), false to keep the prices as traded and apply
 *                         each split to positions on its ex-date; importers return the prices as read either way
 */
public record LoadOptions(InstrumentId instrument, PriceColumn priceColumn, ValidationPolicy policy,
                          double outlierThreshold, BarSpec spec, TradingCalendar calendar, FormatHints hints,
                          boolean adjustSplits) {
    /** Requires a price column and a policy, and a positive threshold. */
    public LoadOptions {
        Objects.requireNonNull(priceColumn, "priceColumn");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(hints, "hints");
        if (!(outlierThreshold > 0)) {
            throw new IllegalArgumentException("outlier threshold must be > 0, got " + outlierThreshold);
        }
    }

    /**
     * Instrument from the file name, {@link PriceColumn#CLOSE}, {@link ValidationPolicy#FAIL}, threshold 10, inferred
     * spec, no calendar, no format hints, splits adjusted.
     */
    public static LoadOptions defaults() {
        return new LoadOptions(null, PriceColumn.CLOSE, ValidationPolicy.FAIL, BarValidator.DEFAULT_OUTLIER_THRESHOLD, null, null,
                FormatHints.none(), true);
    }

    /** With splits back-adjusted ({@code true}) or kept as traded and applied on their ex-dates. */
    public LoadOptions withAdjustSplits(boolean adjust) {
        return new LoadOptions(instrument, priceColumn, policy, outlierThreshold, spec, calendar, hints, adjust);
    }

    /** With this instrument id instead of the one derived from the file name. */
    public LoadOptions withInstrument(InstrumentId id) {
        return new LoadOptions(id, priceColumn, policy, outlierThreshold, spec, calendar, hints, adjustSplits);
    }

    /** With this price column. */
    public LoadOptions withPriceColumn(PriceColumn column) {
        return new LoadOptions(instrument, column, policy, outlierThreshold, spec, calendar, hints, adjustSplits);
    }

    /** With this validation policy. */
    public LoadOptions withPolicy(ValidationPolicy newPolicy) {
        return new LoadOptions(instrument, priceColumn, newPolicy, outlierThreshold, spec, calendar, hints, adjustSplits);
    }

    /** With this outlier threshold (robust z-score). */
    public LoadOptions withOutlierThreshold(double threshold) {
        return new LoadOptions(instrument, priceColumn, policy, threshold, spec, calendar, hints, adjustSplits);
    }

    /** With this bar spec instead of the inferred one. */
    public LoadOptions withSpec(BarSpec barSpec) {
        return new LoadOptions(instrument, priceColumn, policy, outlierThreshold, barSpec, calendar, hints, adjustSplits);
    }

    /** With this trading calendar (null for none). */
    public LoadOptions withCalendar(TradingCalendar sessions) {
        return new LoadOptions(instrument, priceColumn, policy, outlierThreshold, spec, sessions, hints, adjustSplits);
    }

    /** With these format hints. */
    public LoadOptions withHints(FormatHints formatHints) {
        return new LoadOptions(instrument, priceColumn, policy, outlierThreshold, spec, calendar, formatHints, adjustSplits);
    }

    /** The validator these options describe. */
    public BarValidator validator() {
        return new BarValidator(policy, outlierThreshold, calendar);
    }
}
