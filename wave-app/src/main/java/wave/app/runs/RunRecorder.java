package wave.app.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import wave.store.Store;
import wave.store.StoreException;
import wave.store.StoreUrl;
import wave.store.runs.FileDigest;
import wave.store.runs.RunRecord;

/**
 * Records a backtest in the store without holding it up. One background thread opens (and if needed migrates) the
 * store and hashes the data files while the backtest runs ({@link #start}), then inserts the run while the command
 * writes its own outputs ({@link #submit}); {@link #await} reports the outcome. Closing waits for the thread, so
 * nothing touches the store after the command returns.
 */
public final class RunRecorder implements AutoCloseable {
    private final StoreUrl url;
    private final ExecutorService worker;
    private final CompletableFuture<Store> store;
    private final CompletableFuture<List<FileDigest>> digests;

    private RunRecorder(StoreUrl url, ExecutorService worker, CompletableFuture<Store> store,
                        CompletableFuture<List<FileDigest>> digests) {
        this.url = url;
        this.worker = worker;
        this.store = store;
        this.digests = digests;
    }

    /**
     * Starts opening the store and hashing {@code files} on a background thread.
     *
     * @param url    where the run will be recorded (shown in messages)
     * @param opener opens the store; its {@link StoreException} is reported by {@link #await}
     * @param files  the data files, in the order their series will be recorded
     */
    public static RunRecorder start(StoreUrl url, Supplier<Store> opener, List<Path> files) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("wave-run-recorder").unstarted(r));
        CompletableFuture<Store> store = CompletableFuture.supplyAsync(() -> {
            Store opened = opener.get();
            opened.runs().count(); // loads the data-access classes while the backtest runs
            return opened;
        }, worker);
        CompletableFuture<List<FileDigest>> digests = CompletableFuture.supplyAsync(() -> {
            List<FileDigest> list = new ArrayList<>();
            for (Path file : files) {
                try {
                    list.add(FileDigest.of(file));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the data file " + file + " to fingerprint it: " + e.getMessage(), e);
                }
            }
            return list;
        }, worker);
        return new RunRecorder(url, worker, store, digests);
    }

    /** The line a command prints after recording a run in {@code url}. */
    public static String recordedMessage(StoreUrl url) {
        return "Recorded in the run history of " + url + " ('wave runs show last')";
    }

    /** Where runs are recorded. */
    public StoreUrl url() {
        return url;
    }

    /**
     * Builds the run's record from the data files' digests and inserts it, on the background thread.
     *
     * @param record builds the record from the digests of the files given to {@link #start}, in their order
     * @param clock  the recording time's source
     * @return the run's id when done; see {@link #await}
     */
    public CompletableFuture<Long> submit(Function<List<FileDigest>, RunRecord> record, Clock clock) {
        return CompletableFuture.supplyAsync(() -> {
            RunRecord run = record.apply(digests.join());
            return store.join().runs().insert(run, clock.instant());
        }, worker);
    }

    /**
     * Waits for a submitted recording.
     *
     * @return the run's id
     * @throws StoreException        naming the store when it could not be opened or written
     * @throws UncheckedIOException when a data file could not be read for its fingerprint
     */
    public static long await(CompletableFuture<Long> recording) {
        try {
            return recording.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException c && c.getCause() != null) {
                cause = c.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Waits for the background work to end (errors not yet reported are dropped). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
        store.thenAccept(Store::close);
    }
}
