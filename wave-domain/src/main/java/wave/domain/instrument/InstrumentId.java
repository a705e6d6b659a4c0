package wave.domain.instrument;

import java.util.Objects;

/**
 * Identifies an instrument as {@code SYMBOL.VENUE}, e.g. {@code AAPL.NASDAQ} or {@code BTCUSDT.BINANCE}.
 * The venue is the part after the last dot, so symbols may contain dots ({@code BRK.B.NYSE}).
 *
 * @param symbol the ticker or pair symbol
 * @param venue  the venue or data source code ({@link #SIMULATED} for generated or unnamed data)
 */
public record InstrumentId(String symbol, String venue) implements Comparable<InstrumentId> {
    /** Venue code of instruments that are not tied to a named venue. */
    public static final String SIMULATED = "SIM";

    /** Validates that symbol and venue are non-blank and free of white space and commas. */
    public InstrumentId {
        requireToken(symbol, "symbol");
        requireToken(venue, "venue");
        if (venue.contains(".")) {
            throw new IllegalArgumentException("venue must not contain '.', got '" + venue + "'");
        }
    }

    /** Parses {@code SYMBOL.VENUE}; text without a dot gets the {@link #SIMULATED} venue. */
    public static InstrumentId parse(String text) {
        Objects.requireNonNull(text, "text");
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return new InstrumentId(text, SIMULATED);
        }
        return new InstrumentId(text.substring(0, dot), text.substring(dot + 1));
    }

    /** A symbol on the {@link #SIMULATED} venue. */
    public static InstrumentId of(String symbol) {
        return new InstrumentId(symbol, SIMULATED);
    }

    private static void requireToken(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')) {
            throw new IllegalArgumentException(name + " must be non-blank without spaces or commas, got '" + value + "'");
        }
    }

    @Override
    public int compareTo(InstrumentId other) {
        int bySymbol = symbol.compareTo(other.symbol);
        return bySymbol != 0 ? bySymbol : venue.compareTo(other.venue);
    }

    @Override
    public String toString() {
        return symbol + "." + venue;
    }
}
