package wave.app.report.html;

/** HTML text escaping for the tearsheet. */
final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > "} escaped; null as the empty string. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
