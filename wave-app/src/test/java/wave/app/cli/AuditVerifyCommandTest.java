package wave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import wave.app.journal.StoreJournal;
import wave.data.synth.SyntheticMarket;
import wave.data.synth.SyntheticMarketConfig;
import wave.domain.instrument.InstrumentId;
import wave.domain.market.BarSpec;
import wave.domain.money.Currency;
import wave.domain.money.Money;
import wave.engine.backtest.Backtest;
import wave.engine.backtest.BacktestConfig;
import wave.engine.execution.PercentFeeModel;
import wave.store.Store;
import wave.store.StoreUrl;
import wave.store.journal.JournalRecord;
import wave.strategies.SmaCross;

/**
 * {@code wave audit verify} on a journal the kernel wrote through the store-backed journal, before and after the test
 * edits the database directly: an intact chain passes, an edited fill and a removed record are named, exit status 1.
 */
class AuditVerifyCommandTest {
    @TempDir
    Path home;

    @RegisterExtension
    static final PostgresStore DATABASE = new PostgresStore("audit");

    /** Journals a sma-cross run on 300 synthetic daily bars into session {@code session} of {@code url}. */
    static List<JournalRecord> journalARun(StoreUrl url, String session) {
        InstrumentId acme = InstrumentId.of("ACME");
        BacktestConfig config = BacktestConfig.defaults().withInitialCash(Money.of("100000", Currency.USD))
                .withFeeModel(PercentFeeModel.ofPercent("0.1"));
        try (Store store = Store.open(url); StoreJournal journal = new StoreJournal(store.journal().appender(session))) {
            new Backtest(config, SyntheticMarket.generate(SyntheticMarketConfig.defaults(7, List.of(acme), 300, BarSpec.DAY_1)).series(),
                    "sma-cross", id -> new SmaCross(new SmaCross.Params(10, 30)), false).journal(journal).run();
            return store.journal().read(session);
        }
    }

    static String time(long nanos) {
        return Instant.ofEpochSecond(0, nanos).toString();
    }

    @Test
    void anEditedFillInSqliteIsNamed() {
        StoreUrl url = StoreUrl.sqlite(home.resolve("wave.db"));
        List<JournalRecord> records = journalARun(url, "paper-1");
        List<String> args = List.of("audit", "verify", "--home", home.toString(), "--store-url", "sqlite:" + home.resolve("wave.db"));

        Cli intact = Cli.run(args.toArray(String[]::new));
        assertThat(intact.exitCode()).as(intact.toString()).isZero();
        assertThat(intact.out()).isEqualTo("session paper-1: " + records.size() + " records, chain intact (last hash "
                + records.getLast().hash() + ")\n");

        JournalRecord fill = records.stream().filter(r -> r.kind().equals("wave.domain.order.OrderFilled")).findFirst().orElseThrow();
        String cheaper = fill.payload().replaceFirst("\"priceRaw\":(\\d)", "\"priceRaw\":1$1");
        assertThat(cheaper).isNotEqualTo(fill.payload());
        try (Store store = Store.open(url)) {
            store.jdbi().useHandle(h -> h.createUpdate("UPDATE journal_record SET payload = :p WHERE seq = :seq")
                    .bind("p", cheaper).bind("seq", fill.seq()).execute());
        }
        Cli tampered = Cli.run(args.toArray(String[]::new));
        assertThat(tampered.exitCode()).as(tampered.toString()).isEqualTo(1);
        assertThat(tampered.out()).isEqualTo("session paper-1: record " + fill.seq() + " (OrderFilled at " + time(fill.tsNanos())
                + ") edited: its content does not match its hash " + fill.hash() + "\n"
                + "session paper-1: 1 problem in " + records.size() + " records: the journal was altered after it was written\n");
    }

    @Test
    void aRemovedRecordInPostgresqlIsNamed() {
        List<JournalRecord> records = journalARun(DATABASE.url(), "paper-2");
        JournalRecord removed = records.get(records.size() / 2);
        try (Store store = Store.open(DATABASE.url())) {
            store.jdbi().useHandle(h -> h.createUpdate("DELETE FROM journal_record WHERE seq = :seq").bind("seq", removed.seq()).execute());
        }
        Cli tampered = Cli.run("audit", "verify", "--session", "paper-2", "--home", home.toString(), "--store-url", DATABASE.url().toString());
        assertThat(tampered.exitCode()).as(tampered.toString()).isEqualTo(1);
        assertThat(tampered.out()).isEqualTo("session paper-2: record " + removed.seq() + " removed (record " + (removed.seq() + 1)
                + " follows record " + (removed.seq() - 1) + ")\n"
                + "session paper-2: 1 problem in " + (records.size() - 1) + " records: the journal was altered after it was written\n");

        Cli unknown = Cli.run("audit", "verify", "--session", "nope", "--home", home.toString(), "--store-url", DATABASE.url().toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("wave: error: no journal session nope in the store " + DATABASE.url() + "; sessions: [");
    }
}
