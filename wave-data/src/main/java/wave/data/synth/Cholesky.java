package wave.data.synth;

/** Cholesky factor of a small symmetric positive-definite matrix. */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * The lower-triangular {@code L} with {@code L * L^T = a}.
     *
     * @throws IllegalArgumentException if {@code a} is not positive definite
     */
    static double[][] factor(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 1e-12)) {
                        throw new IllegalArgumentException("correlation matrix is not positive definite (pivot "
                                + i + " is " + sum + ")");
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }
}
