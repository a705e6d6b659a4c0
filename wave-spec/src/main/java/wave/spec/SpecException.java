package wave.spec;

/**
 * A strategy spec that cannot be used, with a message that names where and what: the file (or, for parameters
 * given at run time, the strategy), then the line and column of a TOML/JSON syntax error or the key path of the
 * offending value, then the problem and the valid choices, e.g.
 * {@code rsi-trend.toml: indicators.rsi.type: unknown indicator 'rsii'; valid types: atr, bollinger, ...}.
 *
 * <p>It is an {@link IllegalArgumentException}, like the errors of
 * {@link wave.engine.strategy.StrategyDefinition#bind}.
 */
public final class SpecException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String detail;

    private SpecException(String source, String path, int line, int column, String detail, Throwable cause) {
        super(format(source, path, line, column, detail), cause);
        this.source = source;
        this.path = path;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    /**
     * A problem with a value of the spec.
     *
     * @param source the file name (or the strategy name)
     * @param path   the key path, e.g. {@code indicators.rsi.type}; empty for the whole spec
     * @param detail what is wrong and the valid choices
     */
    public SpecException(String source, String path, String detail) {
        this(source, path, 0, 0, detail, null);
    }

    /** A problem with a value of the spec, caused by another exception. */
    public SpecException(String source, String path, String detail, Throwable cause) {
        this(source, path, 0, 0, detail, cause);
    }

    /**
     * A problem with a value of the spec at a known line.
     *
     * @param line 1-based line of the value, or 0 when unknown
     */
    public static SpecException at(String source, int line, String path, String detail) {
        return new SpecException(source, path, Math.max(line, 0), 0, detail, null);
    }

    /**
     * A TOML or JSON syntax error.
     *
     * @param line   1-based line, or 0 when unknown
     * @param column 1-based column, or 0 when unknown
     */
    public static SpecException syntax(String source, int line, int column, String detail, Throwable cause) {
        return new SpecException(source, "", Math.max(line, 0), Math.max(column, 0), detail, cause);
    }

    private static String format(String source, String path, int line, int column, String detail) {
        StringBuilder text = new StringBuilder(source).append(": ");
        if (line > 0) {
            text.append("line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
            text.append(": ");
        }
        if (!path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(detail).toString();
    }

    /** The file name, or the strategy name for errors in run-time parameters. */
    public String source() {
        return source;
    }

    /** The key path of the offending value, or empty. */
    public String path() {
        return path;
    }

    /** The 1-based line of a syntax error or of a value whose line is known, or 0. */
    public int line() {
        return line;
    }

    /** The 1-based column of a syntax error, or 0. */
    public int column() {
        return column;
    }

    /** The problem without the source, line or path. */
    public String detail() {
        return detail;
    }
}
