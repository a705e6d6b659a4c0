package wave.data.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import wave.data.csv.CsvFormat.Field;

/**
 * A {@link CsvFormat}'s columns resolved against a file's header: the role of each field index (0 for ignored
 * fields, else {@code Field.ordinal() + 1}) and display names for messages.
 */
final class ColumnLayout {
    private final byte[] roles;
    private final String[] displayNames;
    private final int expectedFields;
    private final List<String> names;

    private ColumnLayout(byte[] roles, String[] displayNames, int expectedFields, List<String> names) {
        this.roles = roles;
        this.displayNames = displayNames;
        this.expectedFields = expectedFields;
        this.names = names;
    }

    /**
     * Resolves the format's columns.
     *
     * @param names the header or the format's column names, or null when the file has neither
     * @throws DataFormatException listing the columns found and required when some are missing
     */
    static ColumnLayout resolve(String source, CsvFormat format, List<String> names, PriceColumn priceColumn) {
        int headerLine = format.header() ? 1 : 0;
        List<String> missing = new ArrayList<>();
        List<String> required = new ArrayList<>();
        int[] indexOf = new int[Field.values().length];
        int maxIndex = -1;
        for (Field field : Field.values()) {
            indexOf[field.ordinal()] = -1;
            CsvColumn column = format.columns().get(field);
            if (column == null) {
                continue;
            }
            required.add(label(column));
            int index = column.name() != null ? find(names, column.name()) : column.index();
            if (index < 0 || (names != null && index >= names.size())) {
                missing.add(label(column));
                continue;
            }
            indexOf[field.ordinal()] = index;
            maxIndex = Math.max(maxIndex, index);
        }
        if (priceColumn == PriceColumn.ADJ_CLOSE && !format.columns().containsKey(Field.ADJ_CLOSE)) {
            required.add("an adjusted close (for --price-column adj-close)");
            missing.add("an adjusted close (for --price-column adj-close)");
        }
        if (!missing.isEmpty()) {
            String found = names == null ? "no header" : "found " + names;
            throw DataFormatException.of(source, headerLine, "missing required column(s) " + String.join(", ", missing)
                    + "; " + found + "; required " + required);
        }
        int width = names != null ? names.size() : maxIndex + 1;
        byte[] roles = new byte[width];
        String[] displayNames = new String[width];
        for (Map.Entry<Field, CsvColumn> entry : format.columns().entrySet()) {
            int index = indexOf[entry.getKey().ordinal()];
            if (roles[index] != 0) {
                throw DataFormatException.of(source, headerLine, "columns " + label(entry.getValue()) + " and "
                        + Field.values()[roles[index] - 1] + " are both field #" + index + " of the file");
            }
            roles[index] = (byte) (entry.getKey().ordinal() + 1);
            displayNames[index] = names != null ? names.get(index)
                    : entry.getKey().name().toLowerCase(Locale.ROOT) + " (field " + (index + 1) + ")";
        }
        return new ColumnLayout(roles, displayNames, names != null ? names.size() : -1, names);
    }

    private static String label(CsvColumn column) {
        return column.name() != null ? "'" + column.name() + "'" : "#" + column.index();
    }

    private static int find(List<String> names, String name) {
        if (names == null) {
            return -1;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).trim().equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }

    /** Role of each field index; fields past the end are ignored. */
    byte[] roles() {
        return roles;
    }

    /** Whether the format reads {@code field}. */
    boolean has(Field field) {
        for (byte role : roles) {
            if (role == field.ordinal() + 1) {
                return true;
            }
        }
        return false;
    }

    /** Display name of field {@code index} for messages. */
    String name(int index) {
        return displayNames[index];
    }

    /** Fields every row must have, or -1 when unknown (no header and no names: the first row decides). */
    int expectedFields() {
        return expectedFields;
    }

    /** The smallest number of fields a row needs. */
    int minimumFields() {
        return roles.length;
    }

    /** Header or column names for messages, or null. */
    List<String> names() {
        return names;
    }
}
