package wave.data.csv;

import java.util.Objects;

/**
 * Where a CSV column is: by header name (matched ignoring case and surrounding blanks) or by 0-based index.
 *
 * @param name  the header name, or null when the column is given by index
 * @param index the 0-based field index, or -1 when the column is given by name
 */
public record CsvColumn(String name, int index) {
    /** Requires exactly one of a non-blank name or an index {@code >= 0}. */
    public CsvColumn {
        if (name == null ? index < 0 : index >= 0) {
            throw new IllegalArgumentException("give a column name or an index >= 0 (not both), got " + name + ", " + index);
        }
        if (name != null && name.isBlank()) {
            throw new IllegalArgumentException("column name must not be blank");
        }
    }

    /** The column with this header name. */
    public static CsvColumn named(String name) {
        return new CsvColumn(Objects.requireNonNull(name, "name"), -1);
    }

    /** The column at this 0-based field index. */
    public static CsvColumn at(int index) {
        return new CsvColumn(null, index);
    }

    @Override
    public String toString() {
        return name != null ? "'" + name + "'" : "#" + index;
    }
}
