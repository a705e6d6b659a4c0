package wave.indicators.statistics;

/**
 * The outputs of {@link LinearRegression#compute}, each as long as the input and NaN before the
 * first valid index {@code period - 1}.
 *
 * @param value the fitted value at the newest bar (TA-Lib's {@code LINEARREG})
 * @param slope the slope, in input units per bar ({@code LINEARREG_SLOPE})
 * @param intercept the fitted value at the oldest bar of the window ({@code LINEARREG_INTERCEPT})
 * @param angle the slope's angle in degrees, {@code atan(slope)} ({@code LINEARREG_ANGLE})
 * @param forecast the fitted value one bar after the newest ({@code TSF})
 * @param rSquared the coefficient of determination in [0, 1]
 */
public record RegressionSeries(double[] value, double[] slope, double[] intercept, double[] angle,
        double[] forecast, double[] rSquared) {}
