package wave.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wave.store.runs.RunRecord;
import wave.store.runs.RunRepository;
import wave.store.runs.RunSummary;
import wave.store.runs.StoredRun;
import wave.store.runs.V1RunWriter;

/**
 * The store test suite every database passes: SQLite ({@link SqliteStoreTest}) and PostgreSQL
 * ({@link PostgresStoreTest}). Most tests share one store per class, emptied before each; the migration and failure
 * tests take a database of their own.
 */
abstract class StoreContract {
    private static final Instant T0 = Instant.parse("2026-12-01T10:15:30.123Z");

    /** A new, empty database of this kind (never opened before). */
    protected abstract StoreUrl freshDatabase();

    /** The class's shared store, opened at the latest schema version. */
    protected abstract Store sharedStore();

    private Store store;
    private RunRepository runs;

    @BeforeEach
    void empty() {
        store = sharedStore();
        runs = store.runs();
        store.jdbi().useHandle(h -> {
            h.execute("DELETE FROM run");
            h.execute("DELETE FROM bar_series");
        });
    }

    @Test
    void opensAtTheLatestSchemaVersionAndReopensWithoutChange() {
        StoreUrl url = freshDatabase();
        try (Store first = Store.open(url)) {
            assertThat(first.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
        }
        try (Store again = Store.open(url)) {
            assertThat(again.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(appliedMigrations(again)).containsExactly("1", "2", "3", "4", "5");
        }
    }

    @Test
    void recordsARunAndReadsEverythingBack() {
        RunRecord run = SampleRuns.rich("sma-cross", 3 * 4096 + 7, 3.1814034319683, 0.61);

        long id = runs.insert(run, T0);
        StoredRun stored = runs.find(id).orElseThrow();

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.record().equity()).isEqualTo(run.equity());
        assertThat(stored.record().metrics()).isEqualTo(run.metrics());
        assertThat(stored.record().benchmarks()).containsExactlyEntriesOf(run.benchmarks());
        assertThat(stored.record().configuration()).isEqualTo(run.configuration());
        assertThat(stored.record().configuration().settings()).containsExactlyEntriesOf(run.configuration().settings());
        assertThat(stored.record()).isEqualTo(run);
    }

    @Test
    void recordsARunWithNothingInIt() {
        RunRecord run = SampleRuns.empty();

        long id = runs.insert(run, T0);

        assertThat(runs.find(id).orElseThrow().record()).isEqualTo(run);
        RunSummary summary = runs.list(0).getFirst();
        assertThat(summary.bars()).isZero();
        assertThat(summary.instruments()).isEmpty();
        assertThat(summary.totalReturn()).isNull();
        assertThat(summary.outputDir()).isNull();
    }

    @Test
    void listsNewestFirstWithHeadlineMetrics() {
        List<RunRecord> records = SampleRuns.several(3);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ids.add(runs.insert(records.get(i), T0.plusSeconds(i)));
        }

        List<RunSummary> all = runs.list(0);
        assertThat(all).extracting(RunSummary::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(runs.list(2)).extracting(RunSummary::id).containsExactly(ids.get(2), ids.get(1));
        assertThat(runs.count()).isEqualTo(3);

        RunSummary newest = all.getFirst();
        assertThat(newest.strategy()).isEqualTo("s2");
        assertThat(newest.createdAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(newest.instruments()).containsExactly("ZZZ.SIM", "AAA.SIM");
        assertThat(newest.barLength()).isEqualTo("1d");
        assertThat(newest.bars()).isEqualTo(7);
        assertThat(newest.currency()).isEqualTo("USD");
        assertThat(newest.initialCashRaw()).isEqualTo(100_000_000_000_000L);
        assertThat(newest.finalEquityRaw()).isEqualTo(418_140_343_196_831L);
        assertThat(newest.totalReturn()).isEqualTo(0.2 * 1);
        assertThat(newest.cagr()).isEqualTo(0.2 / 10);
        assertThat(newest.sharpeRatio()).isEqualTo(2.5);
        assertThat(newest.maxDrawdown()).isEqualTo(0.123456789012345);
        assertThat(newest.closedTrades()).isEqualTo(2);
        assertThat(newest.outputDir()).isEqualTo("/tmp/out dir");
        assertThat(all.get(1).sharpeRatio()).as("a NaN Sharpe ratio lists as undefined").isNull();
    }

    @Test
    void deletesARunAndEverythingRecordedWithIt() {
        long kept = runs.insert(SampleRuns.rich("kept", 50, 0.1, 1), T0);
        long removed = runs.insert(SampleRuns.rich("removed", 60, 0.2, 2), T0.plusSeconds(1));

        assertThat(runs.delete(removed)).isTrue();

        assertThat(runs.find(removed)).isEmpty();
        assertThat(runs.exists(removed)).isFalse();
        assertThat(runs.exists(kept)).isTrue();
        assertThat(runs.delete(removed)).as("already gone").isFalse();
        for (String table : List.of("run_setting", "run_data", "run_metric", "run_equity", "run_trade")) {
            assertThat(rows(table, removed)).as(table + " rows of the deleted run").isZero();
            assertThat(rows(table, kept)).as(table + " rows of the other run").isPositive();
        }
        assertThat(runs.find(kept).orElseThrow().record()).isEqualTo(SampleRuns.rich("kept", 50, 0.1, 1));
        assertThat(runs.list(0)).extracting(RunSummary::id).containsExactly(kept);
    }

    @Test
    void findsNoRunForAnUnknownId() {
        assertThat(runs.find(987_654_321L)).isEmpty();
        assertThat(runs.delete(987_654_321L)).isFalse();
    }

    @Test
    void idsAreNeverReusedAfterADelete() {
        long first = runs.insert(SampleRuns.empty(), T0);
        runs.delete(first);

        long second = runs.insert(SampleRuns.empty(), T0);

        assertThat(second).isGreaterThan(first);
    }

    @Test
    void concurrentRecordingLosesNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                RunRecord run = SampleRuns.rich("c" + i, 2000, 0.01 * i, 1);
                ids.add(pool.submit(() -> runs.insert(run, T0)));
            }
            for (Future<Long> id : ids) {
                assertThat(runs.find(id.get()).orElseThrow().record().equity().size()).isEqualTo(2000);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs.count()).isEqualTo(6);
    }

    @Test
    void aFailedRecordingLeavesNoPartialRunAndNamesTheStore() {
        StoreUrl url = freshDatabase();
        try (Store own = Store.open(url)) {
            own.jdbi().useHandle(h -> h.execute("DROP TABLE run_trade"));

            assertThatThrownBy(() -> own.runs().insert(SampleRuns.rich("x", 10, 0, 0), T0))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("cannot record a run in the store " + url + ": ")
                    .hasMessageContaining("run_trade");
            assertThat(own.runs().count()).as("the run row was rolled back").isZero();
        }
    }

    @Test
    void storesBarsAndReadsThemBackBarForBarWithTheirProvenance() {
        new BarStoreChecks(store).readsBackBarForBarWithProvenance();
    }

    @Test
    void appendsNewerBarsToAStoredSeriesAndRecognisesStoredOnes() {
        new BarStoreChecks(store).appendsNewerBarsAndRecognisesStoredOnes();
    }

    @Test
    void refusesBarsThatDisagreeWithTheStoredSeriesAndWritesNothing() {
        new BarStoreChecks(store).refusesHistoryThatDisagreesAndWritesNothing();
    }

    @Test
    void upgradesAPopulatedVersion1StoreWithoutLoss() throws Exception {
        StoreUrl url = freshDatabase();
        List<RunRecord> records = new ArrayList<>(SampleRuns.several(3));
        records.add(SampleRuns.empty());
        List<Long> ids = new ArrayList<>();
        try (Store v1 = Store.openAtVersion(url, 1)) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            assertThat(columns(v1)).doesNotContain("total_return", "closed_trades");
            for (int i = 0; i < records.size(); i++) {
                Instant at = T0.plusSeconds(i);
                RunRecord record = records.get(i);
                try (Connection c = v1.dataSource().getConnection()) {
                    ids.add(V1RunWriter.insert(c, record, at));
                }
            }
        }

        try (Store latest = Store.open(url)) {
            assertThat(latest.schemaVersion()).isEqualTo(Migrations.LATEST_VERSION);
            assertThat(appliedMigrations(latest)).containsExactly("1", "2", "3", "4", "5");
            RunRepository upgraded = latest.runs();
            for (int i = 0; i < records.size(); i++) {
                StoredRun stored = upgraded.find(ids.get(i)).orElseThrow();
                assertThat(stored.record()).as("run %d after the upgrade", i).isEqualTo(records.get(i));
                assertThat(stored.createdAt()).isEqualTo(T0.plusSeconds(i));
            }
            // V2's backfill: the headline metrics from run_metric, the closed trades from run_trade.
            List<RunSummary> listed = upgraded.list(0);
            assertThat(listed).extracting(RunSummary::id).containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0));
            RunSummary s2 = listed.get(1);
            assertThat(s2.totalReturn()).isEqualTo(records.get(2).metric("total_return").value());
            assertThat(s2.cagr()).isEqualTo(records.get(2).metric("cagr").value());
            assertThat(s2.sharpeRatio()).isEqualTo(records.get(2).metric("sharpe_ratio").value());
            assertThat(s2.maxDrawdown()).isEqualTo(records.get(2).metric("max_drawdown").value());
            assertThat(s2.closedTrades()).isEqualTo(2);
            assertThat(listed.get(2).sharpeRatio()).as("NaN stays undefined").isNull();
            RunSummary empty = listed.getFirst();
            assertThat(empty.totalReturn()).isNull();
            assertThat(empty.closedTrades()).isZero();
            // New runs are recorded next to the upgraded ones.
            long next = upgraded.insert(SampleRuns.rich("after", 9, 0.5, 1.5), T0.plusSeconds(10));
            assertThat(next).isGreaterThan(ids.getLast());
            assertThat(upgraded.list(1).getFirst().totalReturn()).isEqualTo(0.5);
        }
    }

    private int rows(String table, long runId) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE run_id = :id")
                .bind("id", runId).mapTo(Integer.class).one());
    }

    private static List<String> appliedMigrations(Store store) {
        return store.jdbi().withHandle(h -> h.createQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank")
                .mapTo(String.class).list());
    }

    private static List<String> columns(Store store) throws Exception {
        try (Connection c = store.dataSource().getConnection();
             var rs = c.getMetaData().getColumns(null, null, "run", null)) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        }
    }
}
