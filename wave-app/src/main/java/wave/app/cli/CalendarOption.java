package wave.app.cli;

import java.util.Locale;
import wave.domain.calendar.ExchangeCalendars;
import wave.domain.calendar.TradingCalendar;

/** The {@code --calendar} names: {@code nyse}, {@code nasdaq}, {@code fx} and {@code 24/7} (or {@code crypto}). */
final class CalendarOption {
    private CalendarOption() {
    }

    static TradingCalendar parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "nyse" -> ExchangeCalendars.nyse();
            case "nasdaq" -> ExchangeCalendars.nasdaq();
            case "fx" -> ExchangeCalendars.fx();
            case "24/7", "crypto" -> ExchangeCalendars.crypto();
            default -> throw new IllegalArgumentException("--calendar '" + name + "' not understood; expected nyse, nasdaq, fx or 24/7");
        };
    }
}
