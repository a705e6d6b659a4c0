package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wave.store.Store;
import wave.store.StoreUrl;
import wave.store.journal.JournalRecord;

/**
 * Same strategy, same data: {@code wave backtest} and {@code wave paper} replaying the file at max speed through the live
 * event loop produce the same orders, fills, trades and equity curve (client order ids aside), and the paper session's
 * journal holds every fill, its chain intact.
 */
class PaperBacktestParityTest {
    @TempDir
    Path dir;

    static final String[] STRATEGY = {"--strategy", "sma-cross", "--param", "fast=10", "--param", "slow=30", "--cash", "100000",
            "--fee-pct", "0.1", "--sizing", "percent:50"};

    static List<String> args(String... parts) {
        return new ArrayList<>(List.of(parts));
    }

    /** The lines of a CSV file without its {@code order_id} column. */
    static List<String> withoutOrderIds(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.getFirst().split(",", -1));
        int column = header.indexOf("order_id");
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
            if (column >= 0) {
                cells.remove(column);
            }
            out.add(String.join(",", cells));
        }
        return out;
    }

    @Test
    void paperAtMaxSpeedTradesExactlyAsTheBacktestOnOrcl() throws IOException {
        Path orcl = SharedData.require(SharedData.ORCL);
        Path backtestOut = dir.resolve("backtest");
        Path paperOut = dir.resolve("paper");
        List<String> backtest = args("backtest", "--data", orcl.toString(), "--out", backtestOut.toString(), "--no-record");
        backtest.addAll(List.of(STRATEGY));
        Cli b = Cli.run(backtest.toArray(String[]::new));
        assertThat(b.exitCode()).as(b.toString()).isZero();

        Path db = dir.resolve("wave.db");
        List<String> paper = args("paper", "--feed", "replay:" + orcl, "--speed", "max", "--session", "orcl",
                "--home", dir.toString(), "--store-url", "sqlite:" + db, "--out", paperOut.toString());
        paper.addAll(List.of(STRATEGY));
        Cli p = Cli.run(paper.toArray(String[]::new));
        assertThat(p.exitCode()).as(p.toString()).isZero();

        List<String> fills = withoutOrderIds(backtestOut.resolve("fills.csv"));
        assertThat(fills).hasSize(1 + 195);
        assertThat(withoutOrderIds(paperOut.resolve("fills.csv"))).isEqualTo(fills);
        assertThat(withoutOrderIds(paperOut.resolve("orders.csv"))).isEqualTo(withoutOrderIds(backtestOut.resolve("orders.csv")));
        assertThat(withoutOrderIds(paperOut.resolve("trades.csv"))).isEqualTo(withoutOrderIds(backtestOut.resolve("trades.csv")));
        assertThat(Files.readAllLines(paperOut.resolve("equity.csv"))).isEqualTo(Files.readAllLines(backtestOut.resolve("equity.csv")));
        assertThat(p.out()).contains("Stopped at the end of the feed: 5036 bars, 195 orders, 195 fills; "
                + "equity 259820.412810335 USD, cash 120638.259715335 USD");

        try (Store store = Store.open(StoreUrl.sqlite(db))) {
            List<JournalRecord> records = store.journal().read("orcl");
            assertThat(records.stream().filter(r -> r.kind().equals("wave.domain.order.OrderFilled")).count()).isEqualTo(fills.size() - 1);
            assertThat(records.stream().filter(r -> r.kind().equals("wave.domain.portfolio.AccountEvent$PositionMarked")).count())
                    .isEqualTo(5036);
            assertThat(records.getFirst().kind()).isEqualTo("wave.app.paper.PaperSessionStarted");
            assertThat(records.getFirst().payload()).contains("\"strategy\":\"sma-cross\"", "\"params\":{\"fast\":\"10\",\"slow\":\"30\"}");
            assertThat(store.journal().verify("orcl").intact()).isTrue();
        }
    }

    @Test
    void closingPositionsAtTheEndOfDataIsRefused() {
        Cli p = Cli.run("paper", "--strategy", "sma-cross", "--feed", "synthetic", "--close-at-end", "--home", dir.toString());
        assertThat(p.exitCode()).isEqualTo(2);
        assertThat(p.err()).isEqualTo("wave: error: --close-at-end closes the positions when a backtest's data ends; a paper session "
                + "keeps them when it stops, to resume with them\n");
    }
}
