package wave.risk;

import wave.domain.instrument.InstrumentId;

/**
 * The average daily volume of an instrument as known at a time (no later bar may be used), for the participation
 * limit. Implementations must not allocate per call.
 */
@FunctionalInterface
public interface AverageVolume {
    /** No volume known: the participation limit lets every order through. */
    AverageVolume NONE = (instrument, nowNanos) -> Double.NaN;

    /**
     * The average daily volume, in units of the instrument, of the days completed by {@code nowNanos}.
     *
     * @return NaN when unknown (too little history, or no volume data)
     */
    double averageDailyVolume(InstrumentId instrument, long nowNanos);
}
