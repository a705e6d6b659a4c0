package wave.engine.kernel;

import java.util.List;
import java.util.Map;
import wave.domain.order.OrderEvent;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderStateChange;
import wave.domain.order.StrategyId;
import wave.domain.portfolio.AccountEvent;
import wave.domain.portfolio.Portfolio;
import wave.engine.journal.InMemoryJournal;
import wave.engine.kernel.inbound.Command;
import wave.engine.order.OrderManager;
import wave.engine.strategy.StrategyDriver;

/**
 * Applies a session's journal to a fresh kernel's state, entry by entry, through the same methods the live kernel
 * applies them with: order events and order state changes to the order manager (fills also to the portfolio), account
 * events to the portfolio, reduce-only to the kernel's controls, saved states and halts to the strategies. Signals,
 * other commands and margin calls change nothing here: their effects are entries of their own.
 */
final class JournalReplay {
    private JournalReplay() {
    }

    static void replay(List<InMemoryJournal.Entry> entries, OrderManager orders, Portfolio portfolio, KernelControls controls,
                       Map<StrategyId, StrategyDriver> drivers) {
        for (InMemoryJournal.Entry entry : entries) {
            switch (entry.entry()) {
                case OrderFilled fill -> {
                    orders.replay(fill);
                    portfolio.apply(fill);
                }
                case OrderEvent event -> orders.replay((Record) event);
                case OrderStateChange change -> orders.replay((Record) change);
                case AccountEvent event -> portfolio.apply(event);
                case Command.ReduceOnly r -> controls.reduceOnly(r.strategy(), r.on());
                case Command.HaltTrading h -> controls.haltTrading(true);
                case Command.ResumeTrading r -> controls.haltTrading(false);
                case StrategyStateSaved saved -> {
                    StrategyDriver driver = drivers.get(saved.strategy());
                    if (driver != null) {
                        driver.load(saved.state(), saved.tsNanos());
                    }
                }
                case StrategyHalted halted -> {
                    StrategyDriver driver = drivers.get(halted.strategy());
                    if (driver != null) {
                        driver.halt(halted.tsNanos());
                    }
                }
                default -> { }
            }
        }
    }
}
