package wave.engine.port;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import wave.domain.order.ClientOrderId;

/**
 * The kernel's only way to trade: it sends commands, the venue answers with {@link ExecutionReport}s (accepted,
 * rejected, filled, canceled, updated), and it can be asked what it holds (orders, positions, cash), as
 * NautilusTrader's execution clients and LEAN's brokerages are.
 *
 * <p>The kernel calls the command methods on its own thread and they must not block: an asynchronous client (a
 * broker adapter) queues the command and returns; its reports go to an {@link ExecutionReportSink} that puts them on
 * the kernel's inbound queue, where one component applies them, robust to late, duplicate and out-of-order reports.
 * The simulated exchange answers on the kernel thread instead and reports straight to the order manager.
 *
 * <p>Queries are asynchronous too: the answer completes the returned future, on the client's thread (at once for the
 * simulated exchange, which must then be asked on the kernel thread). Never wait for one on the kernel thread.
 */
public interface ExecutionClient {
    /** Sends a new order. */
    void submit(SubmitOrder command);

    /** Asks the venue to cancel an order; a {@link ExecutionReport.Canceled} follows if it does. */
    void cancel(CancelOrder command);

    /** Asks the venue to modify a working order in place; a {@link ExecutionReport.Updated} follows if it does. */
    void modify(ModifyOrder command);

    /** Asks the venue to cancel every working order of a strategy, or of every strategy. */
    void cancelAll(CancelAllOrders command);

    /** The orders the venue holds that have not ended (on their way, accepted or partly filled), as it sees them. */
    CompletableFuture<List<OrderStatusReport>> queryOpenOrders();

    /** One order the venue received, working or ended; empty if the venue does not know it. */
    CompletableFuture<Optional<OrderStatusReport>> queryOrder(ClientOrderId id);

    /** The account's open positions at the venue (instruments with a quantity other than zero). */
    CompletableFuture<List<PositionReport>> queryPositions();

    /** The account's cash at the venue, per currency. */
    CompletableFuture<AccountReport> queryAccount();
}
