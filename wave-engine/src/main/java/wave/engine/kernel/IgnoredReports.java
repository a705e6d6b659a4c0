package wave.engine.kernel;

/**
 * How many execution reports the kernel ignored, by cause, since it started. Reports of an asynchronous client are
 * ignored rather than applied when applying them would contradict what the kernel already holds; each is also logged.
 *
 * @param unknown      reports about a client order id this session never created
 * @param duplicate    reports repeating what was applied already: a fill with a trade id already applied, an acceptance
 *                     of an order already accepted, an update to the terms the order already has
 * @param late         reports arriving after the order ended (an acceptance or a cancel after the fill, a fill after the
 *                     cancel), or an update older than the last one applied
 * @param inconsistent reports that cannot apply to the order: a fill above its open quantity, an update whose terms do
 *                     not fit it, the rejection of an order already accepted, a report about an order the kernel never
 *                     sent or has not sized
 */
public record IgnoredReports(long unknown, long duplicate, long late, long inconsistent) {
    /** All ignored reports. */
    public long total() {
        return unknown + duplicate + late + inconsistent;
    }
}
