/**
 * Building blocks shared by the indicator sub-packages: running sums, windows, extremes, moments and the streaming
 * state of each moving average, with TA-Lib's arithmetic in {@link wave.indicators.window.TaMath}. Public only because
 * Java has no sub-package access; an ArchUnit rule keeps code outside {@code wave.indicators} off this package.
 */
package wave.indicators.window;
