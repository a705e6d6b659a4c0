package wave.app.paper;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import wave.domain.money.Currency;

/**
 * Journaled each time a paper session starts or resumes: what it runs, so that a resume with another strategy or
 * another starting cash is refused.
 *
 * @param tsNanos        wall-clock time of the start, nanoseconds since the epoch (UTC)
 * @param strategy       the strategy's name
 * @param params         its parameter values, as text, by name
 * @param currency       the account's currency
 * @param initialCashRaw the session's starting cash, raw fixed-point money
 * @param feed           the feed, as given ({@code replay:FILE}, {@code synthetic}, ...)
 */
public record PaperSessionStarted(long tsNanos, String strategy, Map<String, String> params, Currency currency,
                                  long initialCashRaw, String feed) {
    /** Requires every field; copies the parameters in name order. */
    public PaperSessionStarted {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(feed, "feed");
        params = Collections.unmodifiableMap(new TreeMap<>(params));
    }
}
