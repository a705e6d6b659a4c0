package wave.research.stats;

/** Argument checks shared by the tests of this package. */
final class Samples {
    private Samples() {
    }

    /** Requires at least {@code minimum} values, all finite; names the argument otherwise. */
    static void requireFinite(String name, double[] values, int minimum) {
        if (values == null || values.length < minimum) {
            throw new IllegalArgumentException(name + " needs at least " + minimum + " values, got "
                    + (values == null ? "none" : values.length));
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must be finite, got " + values[i] + " at index " + i);
            }
        }
    }

    /** Requires two samples of one length. */
    static void requireSameLength(String name, double[] a, String otherName, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(name + " and " + otherName + " must have the same length, got "
                    + a.length + " and " + b.length);
        }
    }

    /** {@code a[i] - b[i]} for every i. */
    static double[] differences(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
