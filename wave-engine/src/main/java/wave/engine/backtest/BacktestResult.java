package wave.engine.backtest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.FixedPoint;
import wave.domain.money.FixedPointOverflowException;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.ClosedTrade;
import wave.domain.portfolio.Portfolio;
import wave.engine.account.MarginCall;
import wave.engine.kernel.CorporateActionApplied;
import wave.engine.order.OrderTicket;
import wave.engine.strategy.StrategyNote;

/**
 * What a backtest produced. Arrays have one entry per time step; money is raw fixed point (x 10^9) in the
 * base currency.
 *
 * @param instruments       instruments traded, in data order
 * @param spec              bar length of the data
 * @param baseCurrency      account currency
 * @param initialCashRaw    starting cash
 * @param stepNanos         timestamp of each step, nanoseconds since the epoch (UTC)
 * @param equityRaw         equity (cash + positions at the close) after each step
 * @param cashRaw           cash after each step
 * @param stepsInMarket     steps that ended with a non-zero position
 * @param tradedNotional    sum of |price x quantity| over all fills, exact, in the account currency (a total that may
 *                          exceed the fixed-point range of one amount: see {@link #tradedNotionalRaw()})
 * @param fills             every fill in order
 * @param trades            closed round trips in order
 * @param tickets           every order ticket in placement order
 * @param events            every order event (empty unless events were recorded)
 * @param failures          exceptions thrown by strategy code
 * @param halted            strategies halted after repeated failures
 * @param portfolio         the account at the end
 * @param marginCalls       margin calls in order (empty for a cash account)
 * @param notes             lines the strategies logged and values they recorded, in time order
 * @param slippageBeyondBarRaw slippage cost that did not fit within the fills' bars and was not charged (fills are
 *                          kept within their bar's range unless {@code ExecutionConfig.slippageOutsideBar()}), raw, in
 *                          the quote currencies
 * @param corporateActions  splits and dividends applied to positions held on their ex-dates, in time order
 * @param holdings          quantity and market value held in each instrument after each step
 */
public record BacktestResult(List<InstrumentId> instruments, BarSpec spec, Currency baseCurrency, long initialCashRaw,
                             long[] stepNanos, long[] equityRaw, long[] cashRaw, int stepsInMarket, BigDecimal tradedNotional,
                             List<OrderFilled> fills, List<ClosedTrade> trades, List<OrderTicket> tickets,
                             List<OrderEvent> events, List<StrategyFailure> failures, List<StrategyId> halted,
                             Portfolio portfolio, List<MarginCall> marginCalls, List<StrategyNote> notes,
                             long slippageBeyondBarRaw, List<CorporateActionApplied> corporateActions,
                             Holdings holdings) {
    /** A result without margin calls (a cash account). */
    public BacktestResult(List<InstrumentId> instruments, BarSpec spec, Currency baseCurrency, long initialCashRaw,
                          long[] stepNanos, long[] equityRaw, long[] cashRaw, int stepsInMarket, BigDecimal tradedNotional,
                          List<OrderFilled> fills, List<ClosedTrade> trades, List<OrderTicket> tickets,
                          List<OrderEvent> events, List<StrategyFailure> failures, List<StrategyId> halted,
                          Portfolio portfolio) {
        this(instruments, spec, baseCurrency, initialCashRaw, stepNanos, equityRaw, cashRaw, stepsInMarket, tradedNotional,
                fills, trades, tickets, events, failures, halted, portfolio, List.of(), List.of(), 0, List.of(),
                new Holdings(new long[instruments.size()][stepNanos.length], new long[instruments.size()][stepNanos.length]));
    }

    /**
     * The traded notional as a raw fixed-point amount.
     *
     * @throws FixedPointOverflowException if the total is beyond one amount's range (use {@link #tradedNotional()})
     */
    public long tradedNotionalRaw() {
        try {
            return FixedPoint.moneyFromBigDecimal(tradedNotional);
        } catch (ArithmeticException e) {
            throw new FixedPointOverflowException("traded notional " + tradedNotional.toPlainString()
                    + " is beyond one fixed-point amount (largest 9,223,372,036.854775807); read tradedNotional()");
        }
    }

    /**
     * The positions still open at the end as round trips valued at their last mark (see {@code Position.openTrade}),
     * stamped with the last step's time, in instrument order; empty when every position is flat.
     */
    public List<ClosedTrade> openTrades() {
        long end = stepNanos.length == 0 ? 0 : stepNanos[stepNanos.length - 1];
        List<ClosedTrade> open = new ArrayList<>();
        for (InstrumentId instrument : instruments) {
            ClosedTrade trade = portfolio.position(instrument).openTrade(end);
            if (trade != null) {
                open.add(trade);
            }
        }
        return open;
    }

    /** Borrow fees paid on short positions, raw. */
    public long totalBorrowFeesRaw() {
        return portfolio.borrowFeeRaw();
    }

    /** Equity after the last step, raw. */
    public long finalEquityRaw() {
        return equityRaw.length == 0 ? initialCashRaw : equityRaw[equityRaw.length - 1];
    }

    /** Fees paid, raw. */
    public long totalFeesRaw() {
        return portfolio.commissionRaw();
    }

    /**
     * Money cost of slippage over all fills, raw, in the quote currencies (already in the fill prices, so it is part
     * of the P&amp;L; reported separately from fees).
     */
    public long totalSlippageRaw() {
        long total = 0;
        for (OrderFilled fill : fills) {
            total = FixedPoint.addMoney(total, fill.slippageRaw(), "total slippage");
        }
        return total;
    }

    /** Equity curve as doubles (for statistics). */
    public double[] equity() {
        double[] out = new double[equityRaw.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = FixedPoint.moneyToDouble(equityRaw[i]);
        }
        return out;
    }

    /**
     * The result from the first step at or after {@code fromNanos}: the step arrays cut there, everything else (fills,
     * trades, the account) as it is. For a run warmed up before that step ({@link Backtest#tradeFrom}), which holds
     * nothing and trades nothing before it.
     */
    public BacktestResult since(long fromNanos) {
        int first = 0;
        while (first < stepNanos.length && stepNanos[first] < fromNanos) {
            first++;
        }
        if (first == 0) {
            return this;
        }
        int end = stepNanos.length;
        return new BacktestResult(instruments, spec, baseCurrency, initialCashRaw,
                Arrays.copyOfRange(stepNanos, first, end), Arrays.copyOfRange(equityRaw, first, end),
                Arrays.copyOfRange(cashRaw, first, end), stepsInMarket, tradedNotional, fills, trades, tickets, events,
                failures, halted, portfolio, marginCalls, notes, slippageBeyondBarRaw, corporateActions,
                holdings.since(first));
    }

    /** Number of time steps. */
    public int steps() {
        return stepNanos.length;
    }
}
