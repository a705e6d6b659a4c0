package wave.domain.calendar;

/**
 * The built-in {@link TradingCalendar trading calendars}. Each factory returns a shared, immutable, thread-safe
 * instance.
 */
public final class ExchangeCalendars {
    private static final TradingCalendar NYSE = new UsEquityCalendar("NYSE");
    private static final TradingCalendar NASDAQ = new UsEquityCalendar("NASDAQ");
    private static final TradingCalendar CRYPTO = new CryptoCalendar();
    private static final TradingCalendar FX = new FxCalendar();

    private ExchangeCalendars() {
    }

    /**
     * The New York Stock Exchange: 09:30-16:00 America/New_York on weekdays; closed on New Year's Day (not
     * observed when on a Saturday), Martin Luther King Jr. Day (from 1998), Washington's Birthday, Good Friday,
     * Memorial Day, Juneteenth (from 2022), Independence Day, Labor Day, Thanksgiving and Christmas (Saturday
     * holidays observed on Friday, Sunday ones on Monday) and on special closures (1994 Nixon, 2001-09-11..14,
     * 2004 Reagan, 2007 Ford, 2012 Hurricane Sandy, 2018 G. H. W. Bush, 2025 Carter); closing at 13:00 on the day
     * before Independence Day (or the Friday after it before 2013 when July 4 is a Thursday), the day after
     * Thanksgiving and a weekday Christmas Eve, from 1995. Accurate from 1995; earlier years apply today's rules.
     */
    public static TradingCalendar nyse() {
        return NYSE;
    }

    /** Nasdaq: the same sessions, holidays and early closes as {@link #nyse()}. */
    public static TradingCalendar nasdaq() {
        return NASDAQ;
    }

    /** Crypto spot, 24/7: always open; sessions are UTC calendar days (see {@code CryptoCalendar}). */
    public static TradingCalendar crypto() {
        return CRYPTO;
    }

    /**
     * Spot FX: open from Sunday 17:00 to Friday 17:00 America/New_York, closed on Saturday; each trading date's
     * session runs from 17:00 New York the day before to 17:00 on the date. Holidays are ignored.
     */
    public static TradingCalendar fx() {
        return FX;
    }
}
