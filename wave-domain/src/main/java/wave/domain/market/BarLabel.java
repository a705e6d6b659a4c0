package wave.domain.market;

/**
 * Which end of its interval a bar's timestamp names. Intraday bars are labelled with an instant: {@link #START} with
 * the time the bar opened (e.g. {@code 14:30} for 14:30-14:35), {@link #END} with the time it closed ({@code 14:35}, as
 * in backtrader's intraday files). Bars of a day or longer are labelled with a date (00:00 UTC): {@link #START} with
 * their first date, {@link #END} with their last (a weekly bar dated on its Friday); for one-day bars both are the
 * session date.
 */
public enum BarLabel {
    /** The timestamp is when the bar opened (its first date for bars of a day or longer). */
    START,
    /** The timestamp is when the bar closed (its last date for bars of a day or longer). */
    END
}
