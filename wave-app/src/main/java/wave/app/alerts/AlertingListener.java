package wave.app.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import wave.alerts.AlertDispatcher;
import wave.alerts.AlertKind;
import wave.alerts.TradingAlerts;
import wave.domain.order.OrderDenied;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderRejected;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.PortfolioView;
import wave.engine.kernel.KernelListener;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderTicket;
import wave.risk.RiskListener;
import wave.risk.TradingState;
import wave.risk.TradingStateChanged;

/**
 * Turns the kernel's and the risk engine's events into alerts: fills, refusals (denied or rejected orders), breaker trips,
 * the kill switch (trading halted or resumed by a command, or by someone other than a breaker through the risk engine),
 * strategy errors and halts, and a summary at the end of each trading day (equity and cash at its last step, its fills
 * and refusals). Called on the kernel thread; it only builds an alert (for the kinds asked for) and offers it to the
 * channels' queues, so a failing or hung channel never holds the kernel up.
 */
public final class AlertingListener implements KernelListener, RiskListener {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final AlertDispatcher alerts;
    private final PortfolioView portfolio;
    private final ZoneId zone;
    private final long summariesFromNanos;
    private LocalDate day;
    private long nextDayNanos = Long.MIN_VALUE;
    private long lastStepNanos;
    private long equityRaw;
    private long cashRaw;
    private int fills;
    private int refusals;

    /**
     * A listener publishing to {@code alerts}.
     *
     * @param portfolio          the account, for the daily summary
     * @param zone               where trading days are counted (the calendar's zone)
     * @param summariesFromNanos the first step summarised, nanoseconds since the epoch (UTC): earlier steps only warm
     *                           the strategies up ({@code Long.MIN_VALUE}: every step)
     */
    public AlertingListener(AlertDispatcher alerts, PortfolioView portfolio, ZoneId zone, long summariesFromNanos) {
        this.alerts = alerts;
        this.portfolio = portfolio;
        this.zone = zone;
        this.summariesFromNanos = summariesFromNanos;
    }

    /** Reads denials, rejections and fills only: the kernel need not build submissions and acceptances for it. */
    @Override
    public boolean readsOrderAcknowledgements() {
        return false;
    }

    @Override
    public void onOrderEvent(OrderTicket ticket, OrderEvent event) {
        switch (event) {
            case OrderFilled fill -> {
                fills++;
                if (alerts.wants(AlertKind.FILL)) {
                    alerts.publish(TradingAlerts.fill(fill));
                }
            }
            case OrderDenied denied -> {
                refusals++;
                if (alerts.wants(AlertKind.REFUSAL)) {
                    alerts.publish(TradingAlerts.denied(denied, ticket.instrument()));
                }
            }
            case OrderRejected rejected -> {
                refusals++;
                if (alerts.wants(AlertKind.REFUSAL)) {
                    alerts.publish(TradingAlerts.rejected(rejected, ticket.instrument()));
                }
            }
            default -> { }
        }
    }

    @Override
    public void onCommand(Command command, long tsNanos) {
        if (command instanceof Command.HaltTrading halt) {
            alerts.publish(TradingAlerts.killSwitch(tsNanos, true, halt.who(), halt.reason()));
        } else if (command instanceof Command.ResumeTrading resume) {
            alerts.publish(TradingAlerts.killSwitch(tsNanos, false, resume.who(), resume.reason()));
        }
    }

    @Override
    public void onStateChanged(TradingStateChanged event) {
        if (event.who().startsWith("breaker:")) {
            alerts.publish(TradingAlerts.breaker(event.tsNanos(), event.who(), event.from().name(), event.to().name(),
                    event.reason()));
        } else {
            alerts.publish(TradingAlerts.killSwitch(event.tsNanos(), event.to() != TradingState.ACTIVE,
                    event.who(), event.reason()));
        }
    }

    @Override
    public void onStrategyError(StrategyId strategy, String callback, long tsNanos, RuntimeException error) {
        if (alerts.wants(AlertKind.ERROR)) {
            alerts.publish(TradingAlerts.error(tsNanos, strategy.value(), callback + " threw "
                    + error.getClass().getSimpleName(), error.getMessage()));
        }
    }

    @Override
    public void onStrategyHalted(StrategyId strategy, long tsNanos) {
        alerts.publish(TradingAlerts.error(tsNanos, strategy.value(), "halted after repeated errors",
                "its open orders are canceled"));
    }

    @Override
    public void onStep(long tsNanos) {
        if (tsNanos < summariesFromNanos) {
            return;
        }
        if (tsNanos >= nextDayNanos) {
            if (day != null) {
                summarise();
            }
            day = date(tsNanos);
            Instant next = day.plusDays(1).atStartOfDay(zone).toInstant();
            nextDayNanos = next.getEpochSecond() * NANOS_PER_SECOND + next.getNano();
        }
        lastStepNanos = tsNanos;
        equityRaw = portfolio.equityRaw();
        cashRaw = portfolio.cashRaw();
    }

    @Override
    public void onEnd(long tsNanos) {
        if (day != null) {
            summarise();
            day = null;
            nextDayNanos = Long.MIN_VALUE;
        }
    }

    private void summarise() {
        if (alerts.wants(AlertKind.DAILY_SUMMARY)) {
            alerts.publish(TradingAlerts.dailySummary(lastStepNanos, day.toString(), equityRaw, cashRaw, fills, refusals));
        }
        fills = 0;
        refusals = 0;
    }

    private LocalDate date(long tsNanos) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Math.floorDiv(tsNanos, NANOS_PER_SECOND),
                Math.floorMod(tsNanos, NANOS_PER_SECOND)), zone);
    }
}
