package wave.data.resample;

/** What {@link Resampler} does with bars that start while the calendar's market is closed. */
public enum OutsideSession {
    /** Leave them out; {@link Resampled#droppedBars()} counts them. */
    DROP,
    /**
     * Keep them in buckets of their own: intraday buckets aligned to midnight in the calendar's zone and cut at the
     * neighbouring session's close and open (so they never mix with session bars); for bars of a day or longer
     * they join the date they fall on in the calendar's zone.
     */
    KEEP
}
