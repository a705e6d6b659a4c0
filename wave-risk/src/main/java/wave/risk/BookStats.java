package wave.risk;

/**
 * The statistics of the correlation and VaR limits and the book's figures, on arrays the caller owns (nothing is
 * allocated). A P&amp;L vector is in the account's currency, one value per bar: a loss is negative.
 */
public final class BookStats {
    private BookStats() {
    }

    /** Pearson correlation of {@code x[0..n)} and {@code y[0..n)}; NaN when either is constant. */
    public static double correlation(double[] x, double[] y, int n) {
        double mx = mean(x, n);
        double my = mean(y, n);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Beta of {@code y} on {@code x}: covariance over the variance of {@code x}; NaN when {@code x} is constant. */
    public static double beta(double[] y, double[] x, int n) {
        double mx = mean(x, n);
        double my = mean(y, n);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** Mean of {@code x[0..n)}. */
    public static double mean(double[] x, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / n;
    }

    /** Sample standard deviation (divided by n - 1) of {@code x[0..n)}. */
    public static double stdev(double[] x, int n) {
        double m = mean(x, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += (x[i] - m) * (x[i] - m);
        }
        return n < 2 ? 0 : Math.sqrt(sum / (n - 1));
    }

    /**
     * How many of {@code n} outcomes are in the tail beyond {@code confidence}: {@code floor(n (1 - confidence))}, at
     * least 1 (10 outcomes at 0.8: the 2 worst).
     */
    public static int tailCount(int n, double confidence) {
        return Math.max(1, (int) Math.floor(n * (1 - confidence) + 1e-9));
    }

    /**
     * Historical VaR: the loss of the {@code k}-th worst outcome, {@code k = tailCount(n, confidence)}; positive for a
     * loss.
     *
     * @param tail scratch of at least {@code k} values; holds the {@code k} worst outcomes, worst first, afterwards
     */
    public static double historicalVar(double[] pnl, int n, double confidence, double[] tail) {
        int k = worst(pnl, n, tailCount(n, confidence), tail);
        return -tail[k - 1];
    }

    /** Historical CVaR (expected shortfall): the mean loss of the {@code k} worst outcomes, as {@link #historicalVar}. */
    public static double historicalCvar(double[] pnl, int n, double confidence, double[] tail) {
        int k = worst(pnl, n, tailCount(n, confidence), tail);
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += tail[i];
        }
        return -sum / k;
    }

    /** Parametric (normal) VaR: {@code z sigma - mu}, with the sample mean and standard deviation of the outcomes. */
    public static double parametricVar(double[] pnl, int n, double confidence) {
        return normalQuantile(confidence) * stdev(pnl, n) - mean(pnl, n);
    }

    /** Parametric (normal) CVaR: {@code sigma phi(z) / (1 - confidence) - mu}. */
    public static double parametricCvar(double[] pnl, int n, double confidence) {
        double z = normalQuantile(confidence);
        double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        return stdev(pnl, n) * density / (1 - confidence) - mean(pnl, n);
    }

    /** Keeps the {@code k} smallest of {@code x[0..n)} in {@code tail}, ascending (an insertion, nothing allocated). */
    private static int worst(double[] x, int n, int k, double[] tail) {
        int size = 0;
        for (int i = 0; i < n; i++) {
            double v = x[i];
            if (size == k && v >= tail[k - 1]) {
                continue;
            }
            int j = size < k ? size++ : k - 1;
            while (j > 0 && tail[j - 1] > v) {
                tail[j] = tail[j - 1];
                j--;
            }
            tail[j] = v;
        }
        return size;
    }

    /** The standard normal quantile (Wichura's algorithm AS241, PPND16: about 16 digits). */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1), got " + p);
        }
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q
                    / (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r + 4.2313330701600911252e+1) * r + 1.0);
        }
        double r = Math.sqrt(-Math.log(q <= 0 ? p : 1 - p));
        double x;
        if (r <= 5) {
            r -= 1.6;
            x = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
                    / (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r + 2.05319162663775882187e+0) * r + 1.0);
        } else {
            r -= 5;
            x = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
                    / (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r + 5.99832206555887937690e-1) * r + 1.0);
        }
        return q < 0 ? -x : x;
    }
}
