package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.app.journal.EquitySnapshot;
import wave.app.journal.StoreJournal;
import wave.domain.money.FixedPoint;
import wave.domain.order.OrderFilled;
import wave.domain.order.OrderInitialized;
import wave.domain.order.OrderSide;
import wave.domain.portfolio.AccountEvent;
import wave.engine.journal.InMemoryJournal;
import wave.store.Store;
import wave.store.StoreUrl;

/**
 * {@code wave paper} killed with SIGKILL 30 times at random moments while it trades ORCL, restarted each time, then run
 * to the end of the feed: the journal stays a consistent prefix (its chain intact), no client order id repeats, every
 * ORCL bar is marked exactly once, and the cash at the end is the initial cash plus the fills in the journal, each
 * counted once. (That positions and cash equal an uninterrupted run's needs the simulated exchange's working orders
 * to survive the crash too: not yet, see docs/paper.md.)
 */
class PaperCrashTest {
    static final int KILLS = 30;

    @TempDir
    Path dir;

    Process start(Path out) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), WaveCli.class.getName(),
                "paper", "--strategy", "sma-cross", "--param", "fast=5", "--param", "slow=12", "--fee-pct", "0.1",
                "--feed", "replay:" + SharedData.require(SharedData.ORCL), "--speed", "max", "--session", "crash",
                "--home", dir.toString(), "--store-url", "sqlite:" + dir.resolve("wave.db")));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    @Test
    void thirtySigkillsLoseNothingAndRepeatNothing() throws Exception {
        Random random = new Random(12);
        for (int i = 0; i < KILLS; i++) {
            Path out = dir.resolve("run-" + i + ".out");
            Process run = start(out);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(out).contains("Control: ") && run.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(random.nextInt(400));
            run.destroyForcibly(); // SIGKILL
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Path last = dir.resolve("last.out");
        Process run = start(last);
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(run.exitValue()).as(Files.readString(last)).isZero();
        assertThat(Files.readString(last)).contains("Stopped at the end of the feed: ");

        try (Store store = Store.open(StoreUrl.sqlite(dir.resolve("wave.db")))) {
            assertThat(store.journal().verify("crash").intact()).isTrue();
            List<Record> entries = StoreJournal.entries(store.journal().read("crash")).stream().map(InMemoryJournal.Entry::entry).toList();
            assertThat(entries.stream().filter(e -> e.getClass().getSimpleName().equals("PaperSessionStarted"))).hasSize(KILLS + 1);
            List<Long> marks = entries.stream().filter(AccountEvent.PositionMarked.class::isInstance)
                    .map(e -> ((AccountEvent.PositionMarked) e).tsNanos()).toList();
            assertThat(marks).hasSize(5036).isSorted().doesNotHaveDuplicates();
            assertThat(entries.stream().filter(OrderInitialized.class::isInstance).map(e -> ((OrderInitialized) e).orderId()))
                    .isNotEmpty().doesNotHaveDuplicates();
            List<OrderFilled> fills = entries.stream().filter(OrderFilled.class::isInstance).map(OrderFilled.class::cast).toList();
            assertThat(fills).hasSizeGreaterThan(100);
            BigDecimal cash = new BigDecimal("100000");
            for (OrderFilled f : fills) {
                BigDecimal notional = new BigDecimal(FixedPoint.formatQuantity(f.quantityRaw()))
                        .multiply(new BigDecimal(FixedPoint.formatPrice(f.priceRaw())));
                BigDecimal fee = new BigDecimal(FixedPoint.formatMoney(f.commissionRaw()));
                cash = f.side() == OrderSide.BUY ? cash.subtract(notional).subtract(fee) : cash.add(notional).subtract(fee);
            }
            EquitySnapshot end = (EquitySnapshot) entries.stream().filter(EquitySnapshot.class::isInstance).reduce((a, b) -> b).orElseThrow();
            assertThat(new BigDecimal(FixedPoint.formatMoney(end.cashRaw()))).isEqualByComparingTo(cash);
        }
    }
}
