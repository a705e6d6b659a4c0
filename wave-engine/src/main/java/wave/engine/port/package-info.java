/**
 * The kernel's ports to the outside world: {@link wave.engine.port.ExecutionClient} (orders out, execution reports
 * back) and {@link wave.engine.port.MarketDataClient} (subscriptions out, market data back). Commands and reports are
 * immutable records carrying the kernel's client order id; prices, quantities and money are raw fixed point
 * (9 decimals, {@code 1.5} is {@code 1_500_000_000}) and times are nanoseconds since the epoch (UTC). In a backtest
 * the simulated exchange implements the execution port on the kernel thread; in paper and live trading an adapter
 * implements it on its own threads and its reports reach the kernel through the inbound queue.
 */
package wave.engine.port;
