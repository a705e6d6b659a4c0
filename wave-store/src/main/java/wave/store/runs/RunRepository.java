package wave.store.runs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import wave.store.Store;
import wave.store.StoreCalls;

/**
 * The run history of a {@link Store}: record a run, list, read back and delete runs. Each call is one transaction;
 * a failure is a {@link wave.store.StoreException} naming the store.
 */
public final class RunRepository {
    private final Store store;

    /** The run history of {@code store} (see {@link Store#runs()}). */
    public RunRepository(Store store) {
        this.store = store;
    }

    /**
     * Records a run and returns its id: every table in one transaction, so a failure leaves no partial run. The
     * equity curve goes in one batch of rows of {@value RunWriter#EQUITY_CHUNK_POINTS} points each.
     *
     * @param createdAt when the run is recorded (stored to the millisecond)
     */
    public long insert(RunRecord run, Instant createdAt) {
        return call("record a run in", () -> store.jdbi().inTransaction(h -> RunWriter.insert(h, run, createdAt)));
    }

    /** The newest {@code limit} runs, newest first (all runs when {@code limit <= 0}). */
    public List<RunSummary> list(int limit) {
        return call("list the runs of", () -> store.jdbi().withHandle(h -> RunReader.list(h, limit)));
    }

    /** The run with this id, with everything recorded about it. */
    public Optional<StoredRun> find(long id) {
        return call("read run " + id + " from", () -> store.jdbi().inTransaction(h -> RunReader.find(h, id)));
    }

    /** Whether a run with this id is recorded. */
    public boolean exists(long id) {
        return call("look up run " + id + " in", () -> store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM run WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one() > 0));
    }

    /** Deletes the run and everything recorded with it; false when there was no such run. */
    public boolean delete(long id) {
        return call("delete run " + id + " from",
                () -> store.jdbi().inTransaction(h -> h.createUpdate("DELETE FROM run WHERE id = :id").bind("id", id).execute() > 0));
    }

    /** The number of runs recorded. */
    public int count() {
        return call("count the runs of", () -> store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM run")
                .mapTo(Integer.class).one()));
    }

    private <T> T call(String what, StoreCalls.Work<T> work) {
        return StoreCalls.call(store, what, work);
    }
}
