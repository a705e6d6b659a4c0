package wave.data.csv;

/** Recognises binary input before it is read as CSV text, so that no raw bytes reach a message. */
final class TextCheck {
    /** Bytes at the start of a file that are checked. */
    static final int SAMPLE_BYTES = 64 * 1024;
    /** Share of control bytes (other than tab, line ends and form feed) above which text is taken as binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private TextCheck() {
    }

    /**
     * Requires {@code b[0..length)} to look like text: no NUL byte and few other control bytes.
     *
     * @throws DataFormatException naming the source and the first offending byte's offset otherwise
     */
    static void requireText(String source, byte[] b, int length) {
        int controls = 0;
        int first = -1;
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F;
            if (control) {
                controls++;
                first = first < 0 ? i : first;
                if (c == 0) {
                    throw binary(source, i, c);
                }
            }
        }
        if (controls > length * MAX_CONTROL_SHARE) {
            throw binary(source, first, b[first] & 0xFF);
        }
    }

    private static DataFormatException binary(String source, int offset, int value) {
        return DataFormatException.of(source, 0, String.format("not a text file (control byte 0x%02X at byte offset %d); "
                + "expected CSV text: lines of fields separated by , ; tab or |", value, offset));
    }
}
