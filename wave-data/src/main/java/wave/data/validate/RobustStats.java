package wave.data.validate;

/** Order statistics on primitive arrays in O(n) (quickselect), without sorting. */
final class RobustStats {
    /** Scales the median absolute deviation to the standard deviation of a normal distribution. */
    static final double MAD_TO_SIGMA = 1.4826;
    /** Scales the mean absolute deviation to the standard deviation of a normal distribution (sqrt(pi/2)). */
    static final double MEAN_AD_TO_SIGMA = 1.2533141373155003;

    /** Most values a median is estimated from. */
    static final int MAX_SAMPLE = 100_000;

    private RobustStats() {
    }

    /** Median of {@code values[0..n)}, n > 0; reorders that range. */
    static double median(double[] values, int n) {
        double upper = select(values, n, n / 2);
        if ((n & 1) == 1) {
            return upper;
        }
        double lower = values[0];
        for (int i = 1; i < n / 2; i++) {
            lower = Math.max(lower, values[i]);
        }
        return (lower + upper) / 2;
    }

    /**
     * The {@code k}-th smallest (0-based) of {@code a[0..n)}; afterwards {@code a[0..k)} holds values not above it
     * and {@code a(k..n)} values not below it.
     */
    static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, lo, mid);
            }
            if (a[hi] < a[lo]) {
                swap(a, lo, hi);
            }
            if (a[hi] < a[mid]) {
                swap(a, mid, hi);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i++, j--);
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
