package wave.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import wave.domain.instrument.Instrument;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderSide;
import wave.domain.order.OrderType;
import wave.domain.order.StrategyId;
import wave.domain.order.TimeInForce;
import wave.domain.portfolio.AccountEvent;
import wave.domain.portfolio.Portfolio;
import wave.domain.portfolio.Position;
import wave.engine.account.AccountConfig;
import wave.engine.account.LiquidationPolicy;
import wave.engine.account.MarginCall;
import wave.engine.order.OrderManager;
import wave.engine.order.OrderTicket;
import wave.engine.order.Sizing;

/**
 * The kernel's account rules: borrow fees on short positions when the UTC date changes, and margin calls after the
 * positions are marked at the close. With a cash account and no borrow rate they cost one boolean test per step;
 * with nothing shorted or no margin call they allocate nothing.
 */
final class AccountRules {
    /** Strategy id of the liquidation orders of a margin call. */
    static final StrategyId MARGIN_CALL = new StrategyId("margin-call");
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private final AccountConfig account;
    private final Portfolio portfolio;
    private final Position[] positions;
    private final OrderManager orders;
    private final OrderPath path;
    private final Consumer<AccountEvent> record;
    private final List<OrderTicket> liquidation = new ArrayList<>();
    private long lastDay = Long.MIN_VALUE;

    AccountRules(AccountConfig account, Portfolio portfolio, Position[] positions, OrderManager orders, OrderPath path,
                 Consumer<AccountEvent> record) {
        this.account = account;
        this.portfolio = portfolio;
        this.positions = positions;
        this.orders = orders;
        this.path = path;
        this.record = record;
    }

    /**
     * At the start of a step: when the UTC date changed since the previous step, every short position pays
     * {@code rate x |market value at its mark (the previous close)| x days / 360}.
     */
    void chargeBorrowFees(long ts) {
        if (!account.chargesBorrow()) {
            return;
        }
        long day = Math.floorDiv(ts, NANOS_PER_DAY);
        long previous = lastDay;
        lastDay = day;
        if (previous == Long.MIN_VALUE || day <= previous) {
            return;
        }
        for (Position p : positions) {
            if (p.quantityRaw() < 0) {
                record.accept(new AccountEvent.BorrowFeeCharged(ts, p.instrumentId(),
                        account.borrowFeeRaw(p.marketValueRaw(), day - previous)));
            }
        }
    }

    /**
     * After the positions are marked at the close: on a margin account whose equity is below
     * {@code maintenanceMargin x gross exposure}, records a margin call and sends the liquidation orders (market orders of
     * the strategy id {@code margin-call}, filled at the next bar's open). No new call while those orders are working.
     *
     * @return the margin call, or null
     */
    MarginCall checkMargin(long ts) {
        if (!account.isMargin() || liquidating()) {
            return null;
        }
        long gross = portfolio.grossExposureRaw();
        if (gross == 0) {
            return null;
        }
        long equity = portfolio.equityRaw();
        long requirement = FixedPoint.timesRatio(gross, account.maintenanceMarginRaw());
        if (equity >= requirement) {
            return null;
        }
        MarginCall call = new MarginCall(ts, equity, requirement, gross, account.liquidation());
        if (account.liquidation() == LiquidationPolicy.CLOSE_ALL || equity <= 0) {
            for (Position p : positions) {
                if (p.quantityRaw() != 0) {
                    liquidate(p, Math.abs(p.quantityRaw()), ts);
                }
            }
        } else {
            reduceLargest(FixedPoint.subtractMoney(gross, FixedPoint.dividedByRatio(equity, account.maintenanceMarginRaw()), "excess exposure"), ts);
        }
        return call;
    }

    /** Reduces positions, largest absolute market value first, by at least {@code excessRaw} of market value. */
    private void reduceLargest(long excessRaw, long ts) {
        long excess = excessRaw;
        boolean[] used = new boolean[positions.length];
        while (excess > 0) {
            int largest = -1;
            for (int i = 0; i < positions.length; i++) {
                if (!used[i] && positions[i].quantityRaw() != 0 && (largest < 0
                        || Math.abs(positions[i].marketValueRaw()) > Math.abs(positions[largest].marketValueRaw()))) {
                    largest = i;
                }
            }
            if (largest < 0) {
                return;
            }
            used[largest] = true;
            Position p = positions[largest];
            Instrument instrument = p.instrument();
            long lot = instrument.lotSize().raw();
            long lotValue = Math.abs(instrument.notionalRaw(p.markRaw(), lot));
            long held = Math.abs(p.quantityRaw());
            long lots = lotValue == 0 ? Long.MAX_VALUE : Math.ceilDiv(excess, lotValue);
            long quantity = lots > held / lot ? held : lots * lot;
            liquidate(p, quantity, ts);
            excess -= Math.abs(instrument.notionalRaw(p.markRaw(), quantity));
        }
    }

    private void liquidate(Position p, long quantity, long ts) {
        OrderTicket ticket = orders.initialize(MARGIN_CALL, p.instrumentId(), p.quantityRaw() > 0 ? OrderSide.SELL : OrderSide.BUY,
                OrderType.MARKET, new Sizing.Fixed(quantity), 0, 0, TimeInForce.GTC, 0, ts);
        liquidation.add(ticket);
        path.send(ticket, quantity, 0, ts);
    }

    private boolean liquidating() {
        for (int i = liquidation.size() - 1; i >= 0; i--) {
            if (!liquidation.get(i).isOpen()) {
                liquidation.remove(i);
            }
        }
        return !liquidation.isEmpty();
    }
}
