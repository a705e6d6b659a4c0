/**
 * The strategies that ship with Wave, listed by {@link wave.strategies.BundledStrategies}. Each single-instrument one
 * is long-only, enters with {@code buy()} (the run's sizing) and exits with {@code closePosition()}, except the
 * long/short variants ({@code sma-cross-ls}, ...: the same signals, the exit signal selling short, see
 * {@code SignalStrategy}); orders placed on bar t fill at the open of bar t+1. Regression expectations for each
 * live in the module's tests.
 */
package wave.strategies;
