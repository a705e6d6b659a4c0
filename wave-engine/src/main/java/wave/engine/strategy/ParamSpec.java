package wave.engine.strategy;

/**
 * One parameter of a strategy, read from its parameter record.
 *
 * @param name         record component name, as typed on the command line ({@code fast=10})
 * @param type         Java type (int, long, double, boolean, String or an enum)
 * @param defaultValue default as text, or null when the parameter is required
 * @param min          smallest valid value, or NaN when unbounded
 * @param max          largest valid value, or NaN when unbounded
 * @param description  one-line description, possibly empty
 */
public record ParamSpec(String name, Class<?> type, String defaultValue, double min, double max, String description) {
    /** True when a {@link Range} bounds the value. */
    public boolean hasRange() {
        return !Double.isNaN(min);
    }

    /** True for int and long parameters. */
    public boolean isIntegral() {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    /** The range as text, e.g. {@code [2, 100]}, or empty. */
    public String rangeText() {
        if (!hasRange()) {
            return "";
        }
        return isIntegral() ? "[" + (long) min + ", " + (long) max + "]" : "[" + min + ", " + max + "]";
    }

    /** A short type name for help output. */
    public String typeName() {
        if (type.isEnum()) {
            return String.join("|", enumNames(type));
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    static String[] enumNames(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = ((Enum<?>) constants[i]).name().toLowerCase(java.util.Locale.ROOT);
        }
        return names;
    }
}
