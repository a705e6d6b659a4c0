package wave.data.csv;

/**
 * Input that cannot be read as bars. The message names the source file, the 1-based line (0 when the
 * problem concerns the whole file), the column when there is one, the offending text and what was expected,
 * e.g. {@code orcl.csv:17: column 'Close': expected a decimal number, got 'abc'}.
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN_TEXT = 80;
    /** Longest message: whatever the input, a message stays readable. */
    static final int MAX_MESSAGE = 280;

    private final String source;
    private final int line;
    private final String column;

    private DataFormatException(String source, int line, String column, String message) {
        super(message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 3) + "...");
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** A problem with one field: {@code source:line: column 'name': expected <expected>, got '<text>'}. */
    public static DataFormatException field(String source, int line, String column, String text, String expected) {
        return new DataFormatException(source, line, column,
                prefix(source, line) + "column '" + column + "': expected " + expected + ", got '" + shorten(text) + "'");
    }

    /** A problem with a line or the whole file ({@code line} 0): {@code source:line: message}. */
    public static DataFormatException of(String source, int line, String message) {
        return new DataFormatException(source, line, null, prefix(source, line) + message);
    }

    /** Name of the file or stream that was read. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 for the whole file. */
    public int line() {
        return line;
    }

    /** The column name, or null when the problem is not about one column. */
    public String column() {
        return column;
    }

    private static String prefix(String source, int line) {
        return line > 0 ? source + ":" + line + ": " : source + ": ";
    }

    /** The text shortened for a message, control characters and undecodable bytes shown as {@code ?}. */
    static String shorten(String text) {
        String shown = text.length() <= MAX_SHOWN_TEXT ? text : text.substring(0, MAX_SHOWN_TEXT) + "...";
        StringBuilder out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            out.append(Character.isISOControl(c) || c == '\uFFFD' ? '?' : c);
        }
        return out.toString();
    }
}
