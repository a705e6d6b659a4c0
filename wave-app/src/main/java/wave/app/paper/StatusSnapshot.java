package wave.app.paper;

import java.util.List;

/**
 * A running paper session as {@code wave status} shows it, taken on the kernel thread. Amounts, quantities and prices
 * are exact decimals as text.
 *
 * @param session      the session's name
 * @param time         the kernel's time of the last event handled (ISO-8601, UTC), or empty before the first
 * @param bars         bars processed since the session (re)started
 * @param currency     the account's currency
 * @param equity       cash plus positions at their marks
 * @param cash         cash
 * @param trading      {@code running}, or {@code halted by WHO: REASON} after a kill switch or a halt
 * @param riskState    the risk engine's trading state ({@code ACTIVE}, {@code REDUCING} or {@code HALTED}), or
 *                     {@code off} without {@code --risk}
 * @param positions    every position not flat
 * @param openOrders   every order not yet ended
 * @param lastRefusals the latest orders denied before sending or rejected by the venue, newest last (at most 10)
 * @param lastSignals  the latest signals received, newest last (at most 10)
 * @param stopped      true once the session has stopped (its last snapshot)
 */
public record StatusSnapshot(String session, String time, long bars, String currency, String equity, String cash,
                             String trading, String riskState, List<Position> positions, List<Order> openOrders,
                             List<String> lastRefusals, List<String> lastSignals, boolean stopped) {
    /** Copies the lists. */
    public StatusSnapshot {
        positions = List.copyOf(positions);
        openOrders = List.copyOf(openOrders);
        lastRefusals = List.copyOf(lastRefusals);
        lastSignals = List.copyOf(lastSignals);
    }

    /**
     * A position.
     *
     * @param instrument the instrument
     * @param quantity   signed quantity (negative: short)
     * @param mark       the last price it was marked at
     * @param value      quantity x mark, in the instrument's quote currency
     */
    public record Position(String instrument, String quantity, String mark, String value) {
    }

    /**
     * An order not yet ended.
     *
     * @param id         its client order id
     * @param strategy   the strategy that placed it
     * @param instrument the instrument
     * @param side       BUY or SELL
     * @param type       MARKET, LIMIT, ...
     * @param quantity   its quantity (empty while a notional order is not yet sized)
     * @param filled     the quantity filled so far
     * @param status     its status
     */
    public record Order(String id, String strategy, String instrument, String side, String type, String quantity,
                        String filled, String status) {
    }
}
