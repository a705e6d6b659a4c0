package wave.engine.kernel;

import wave.domain.instrument.InstrumentId;

/**
 * A split or cash dividend that changed the account: applied on its ex-date to a position held then. Raw values are
 * fixed point (x 10^9); money is in the instrument's quote currency.
 *
 * @param tsNanos               the ex-date's step, nanoseconds since the epoch (UTC)
 * @param instrument            the instrument
 * @param splitRatioRaw         new shares per old share (1 when it is a dividend)
 * @param dividendPerShareRaw   cash per post-split share (0 when it is a split)
 * @param quantityBeforeRaw     signed quantity held before the action
 * @param quantityAfterRaw      signed quantity held after it (a split's whole lots; unchanged by a dividend)
 * @param cashRaw               cash the account received (negative: paid): a split's cash in lieu of fractional lots,
 *                              or quantity x dividend
 */
public record CorporateActionApplied(long tsNanos, InstrumentId instrument, long splitRatioRaw, long dividendPerShareRaw,
                                     long quantityBeforeRaw, long quantityAfterRaw, long cashRaw) {
    /** True for a split (else a dividend). */
    public boolean isSplit() {
        return dividendPerShareRaw == 0;
    }
}
