package org.dynamicsworkbench.workbench.task;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;
import org.dynamicsworkbench.analysis.task.CancellationToken;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.analysis.task.ProgressListener;
import org.dynamicsworkbench.plugins.spi.BackgroundTasks;
import org.dynamicsworkbench.plugins.spi.Computation;
import org.dynamicsworkbench.plugins.spi.TaskHandle;

/**
 * Runs tool computations on a fixed pool of daemon threads. Progress reports are coalesced: the UI thread
 * sees at most one per {@code progressInterval} per task (the latest fraction). {@code onSuccess} and
 * {@code onFailure} run on the UI thread; a task cancelled before its callback runs calls neither (the
 * flag is checked again on the UI thread). A {@link CancelledException} thrown by a computation counts as
 * cancellation; every other throwable goes to {@code onFailure}. Cancelling never interrupts the thread:
 * computations stop at their next poll of the token.
 */
public final class TaskRunner implements BackgroundTasks, AutoCloseable {
    /** Default interval between progress updates of one task: at most 20 per second. */
    public static final Duration DEFAULT_PROGRESS_INTERVAL = Duration.ofMillis(50);

    private final ExecutorService pool;
    private final Executor uiThread;
    private final long progressIntervalNanos;
    private final LongSupplier nanoClock;
    private final CopyOnWriteArrayList<TaskListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong nextId = new AtomicLong(1);
    private final Set<Job<?>> live = ConcurrentHashMap.newKeySet();

    /**
     * @param threads          worker threads (the pool never grows beyond this)
     * @param uiThread         runs callbacks and listener calls, in order (e.g. {@code Platform::runLater})
     * @param progressInterval the shortest time between two progress updates of one task
     */
    public TaskRunner(int threads, Executor uiThread, Duration progressInterval) {
        this(threads, uiThread, progressInterval, System::nanoTime);
    }

    TaskRunner(int threads, Executor uiThread, Duration progressInterval, LongSupplier nanoClock) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.progressIntervalNanos = progressInterval.toNanos();
        this.nanoClock = nanoClock;
        AtomicInteger threadNumber = new AtomicInteger(1);
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "workbench-task-" + threadNumber.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
    }

    public void addListener(TaskListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(TaskListener listener) {
        listeners.remove(listener);
    }

    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        return submit(title, computation, fraction -> { }, onSuccess, onFailure);
    }

    /**
     * Like {@link #submit(String, Computation, Consumer, Consumer)}, and also hands the throttled progress
     * to {@code onProgress} on the UI thread (replaces the SPI's default relay with this runner's throttle).
     */
    @Override
    public <T> TaskHandle submit(String title, Computation<T> computation, DoubleConsumer onProgress,
                                 Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Job<T> job = new Job<>(nextId.getAndIncrement(), title, computation, onProgress, onSuccess, onFailure);
        live.add(job);
        uiThread.execute(() -> listeners.forEach(l -> l.started(job)));
        job.future = pool.submit(job::run);
        return job;
    }

    /** Cancels every live task (no callback runs) and lets the threads end once their computations poll. */
    @Override
    public void close() {
        live.forEach(Job::cancel);
        pool.shutdown();
    }

    private final class Job<T> implements RunningTask {
        private final long id;
        private final String title;
        private final Computation<T> computation;
        private final DoubleConsumer onProgress;
        private final Consumer<T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        /** Set by whichever comes first, the worker starting or a cancel before the start; the winner posts finish. */
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final AtomicBoolean progressPending = new AtomicBoolean();
        private volatile double latestFraction;
        private long lastProgressNanos;
        private boolean anyProgressPosted;
        private volatile Future<?> future;

        Job(long id, String title, Computation<T> computation, DoubleConsumer onProgress, Consumer<T> onSuccess,
            Consumer<Throwable> onFailure) {
            this.id = id;
            this.title = Objects.requireNonNull(title, "title");
            this.computation = Objects.requireNonNull(computation, "computation");
            this.onProgress = Objects.requireNonNull(onProgress, "onProgress");
            this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        }

        void run() {
            if (!claimed.compareAndSet(false, true)) {
                return;
            }
            CancellationToken token = cancelled::get;
            ProgressListener progress = this::report;
            T result = null;
            Throwable failure = null;
            try {
                token.throwIfCancelled();
                result = computation.compute(progress, token);
            } catch (CancelledException e) {
                cancelled.set(true);
            } catch (Throwable t) {
                failure = t;
            }
            T value = result;
            Throwable error = failure;
            uiThread.execute(() -> finish(value, error));
        }

        /** On the UI thread. */
        private void finish(T value, Throwable error) {
            done.set(true);
            live.remove(this);
            try {
                if (!cancelled.get()) {
                    if (error != null) {
                        onFailure.accept(error);
                    } else {
                        onSuccess.accept(value);
                    }
                }
            } finally {
                listeners.forEach(l -> l.finished(this));
            }
        }

        /** On the computing thread: keeps the latest fraction, posts at most one update per interval. */
        private void report(double fraction) {
            latestFraction = fraction;
            long now = nanoClock.getAsLong();
            if (anyProgressPosted && now - lastProgressNanos < progressIntervalNanos) {
                return;
            }
            if (!progressPending.compareAndSet(false, true)) {
                return;
            }
            anyProgressPosted = true;
            lastProgressNanos = now;
            uiThread.execute(() -> {
                progressPending.set(false);
                if (!done.get() && !cancelled.get()) {
                    double f = latestFraction;
                    onProgress.accept(f);
                    listeners.forEach(l -> l.progressed(this, f));
                }
            });
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true) && claimed.compareAndSet(false, true)) {
                // never started: run() will return at once, so the finish is posted here
                Future<?> f = future;
                if (f != null) {
                    f.cancel(false);
                }
                uiThread.execute(() -> finish(null, null));
            }
        }

        @Override
        public boolean isDone() {
            return done.get();
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
