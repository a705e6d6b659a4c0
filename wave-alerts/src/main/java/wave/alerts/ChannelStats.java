package wave.alerts;

/**
 * What a channel did with the alerts it was given.
 *
 * @param channel  the channel's name
 * @param sent     delivered
 * @param failed   given up after every try
 * @param dropped  refused because the channel's queue was full (or the channel was closed)
 * @param retries  tries after a failure, over all alerts
 * @param queued   waiting or being sent now
 */
public record ChannelStats(String channel, long sent, long failed, long dropped, long retries, int queued) {
    @Override
    public String toString() {
        return channel + ": " + sent + " sent, " + failed + " failed, " + dropped + " dropped";
    }
}
