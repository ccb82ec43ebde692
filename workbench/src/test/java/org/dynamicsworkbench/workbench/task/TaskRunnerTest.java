package org.dynamicsworkbench.workbench.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    /** Stands in for the FX thread: one named thread running posted runnables in order. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));
    private final List<String> events = new CopyOnWriteArrayList<>();
    private TaskRunner runner = newRunner(2, Duration.ofMillis(50), System::nanoTime);

    private TaskRunner newRunner(int threads, Duration interval, java.util.function.LongSupplier clock) {
        TaskRunner r = new TaskRunner(threads, ui, interval, clock);
        r.addListener(new TaskListener() {
            @Override
            public void started(RunningTask task) {
                events.add("started " + task.title());
            }

            @Override
            public void progressed(RunningTask task, double fraction) {
                events.add("progress " + task.title());
            }

            @Override
            public void finished(RunningTask task) {
                events.add("finished " + task.title() + (task.isCancelled() ? " cancelled" : ""));
            }
        });
        return r;
    }

    @AfterEach
    void stop() {
        runner.close();
        ui.shutdownNow();
    }

    private void drainUi() throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        ui.execute(latch::countDown);
        assertTrue(latch.await(5, TimeUnit.SECONDS));
    }

    @Test
    void successRunsOnTheUiThreadAfterTheComputation() throws Exception {
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicReference<String> computedOn = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        TaskHandle handle = runner.submit("sum", (progress, cancel) -> {
            computedOn.set(Thread.currentThread().getName());
            return 42;
        }, value -> {
            thread.set(Thread.currentThread().getName() + " " + value);
            done.countDown();
        }, error -> events.add("failure " + error));
        assertTrue(done.await(5, TimeUnit.SECONDS));
        drainUi();
        assertEquals("test-ui 42", thread.get());
        assertTrue(computedOn.get().startsWith("workbench-task-"), computedOn.get());
        assertTrue(handle.isDone());
        assertEquals(List.of("started sum", "finished sum"), events);
    }

    @Test
    void failuresGoToOnFailureOnTheUiThread() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<String> thread = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        IllegalStateException boom = new IllegalStateException("Lorenz: state became non-finite at step 12");
        runner.submit("bad", (progress, cancel) -> {
            throw boom;
        }, value -> events.add("success"), error -> {
            failure.set(error);
            thread.set(Thread.currentThread().getName());
            done.countDown();
        });
        assertTrue(done.await(5, TimeUnit.SECONDS));
        drainUi();
        assertSame(boom, failure.get());
        assertEquals("test-ui", thread.get());
        assertEquals(List.of("started bad", "finished bad"), events);
    }

    @Test
    void aCancelledRunningTaskCallsNeitherCallback() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        TaskHandle handle = runner.submit("long", (progress, cancel) -> {
            running.countDown();
            while (true) {
                cancel.throwIfCancelled();
                Thread.onSpinWait();
            }
        }, value -> events.add("success"), error -> events.add("failure"));
        assertTrue(running.await(5, TimeUnit.SECONDS));
        handle.cancel();
        waitUntil(handle::isDone);
        drainUi();
        assertEquals(List.of("started long", "finished long cancelled"), events);
    }

    @Test
    void aResultThatArrivesAfterCancelIsDropped() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        AtomicReference<TaskHandle> self = new AtomicReference<>();
        CountDownLatch submitted = new CountDownLatch(1);
        TaskHandle handle = runner.submit("ignores-token", (progress, cancel) -> {
            submitted.await();
            self.get().cancel();
            cancelled.countDown();
            return "stale";
        }, value -> events.add("success " + value), error -> events.add("failure"));
        self.set(handle);
        submitted.countDown();
        assertTrue(cancelled.await(5, TimeUnit.SECONDS));
        waitUntil(handle::isDone);
        drainUi();
        assertEquals(List.of("started ignores-token", "finished ignores-token cancelled"), events);
    }

    @Test
    void aTaskCancelledWhileQueuedNeverRunsAndStillFinishes() throws Exception {
        runner.close();
        runner = newRunner(1, Duration.ofMillis(50), System::nanoTime);
        CountDownLatch release = new CountDownLatch(1);
        runner.submit("blocker", (progress, cancel) -> release.await(5, TimeUnit.SECONDS), v -> { }, e -> { });
        AtomicInteger ran = new AtomicInteger();
        TaskHandle queued = runner.submit("queued", (progress, cancel) -> ran.incrementAndGet(),
                v -> events.add("success"), e -> events.add("failure"));
        queued.cancel();
        release.countDown();
        waitUntil(queued::isDone);
        Thread.sleep(50);
        drainUi();
        assertEquals(0, ran.get());
        assertTrue(events.contains("finished queued cancelled"), events.toString());
        assertFalse(events.contains("success") || events.contains("failure"), events.toString());
    }

    @Test
    void cancelledExceptionCountsAsCancellation() throws Exception {
        TaskHandle handle = runner.submit("self-cancel", (progress, cancel) -> {
            throw new CancelledException();
        }, value -> events.add("success"), error -> events.add("failure"));
        waitUntil(handle::isDone);
        drainUi();
        assertEquals(List.of("started self-cancel", "finished self-cancel cancelled"), events);
    }

    @Test
    void neverMoreThanTheConfiguredNumberOfThreads() throws Exception {
        AtomicInteger active = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(6);
        for (int i = 0; i < 6; i++) {
            runner.submit("t" + i, (progress, cancel) -> {
                int now = active.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                Thread.sleep(40);
                active.decrementAndGet();
                return null;
            }, v -> all.countDown(), e -> all.countDown());
        }
        assertTrue(all.await(10, TimeUnit.SECONDS));
        assertEquals(2, peak.get());
    }

    @Test
    void progressIsThrottledToOneUpdatePerInterval() throws Exception {
        runner.close();
        AtomicLong fakeNanos = new AtomicLong();
        // every reading of the clock advances it by 1 ms: 1000 reports span one second
        runner = newRunner(1, Duration.ofMillis(50), () -> fakeNanos.addAndGet(1_000_000));
        List<Double> delivered = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        runner.submit("chatty", (progress, cancel) -> {
            for (int i = 1; i <= 1000; i++) {
                progress.report(i / 1000.0);
            }
            return null;
        }, delivered::add, v -> done.countDown(), e -> done.countDown());
        assertTrue(done.await(5, TimeUnit.SECONDS));
        drainUi();
        long progressEvents = events.stream().filter(e -> e.startsWith("progress")).count();
        assertTrue(delivered.size() >= 1 && delivered.size() <= 21, "updates: " + delivered.size());
        assertEquals(delivered.size(), progressEvents);
        for (int i = 1; i < delivered.size(); i++) {
            assertTrue(delivered.get(i) > delivered.get(i - 1), "fractions increase: " + delivered);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(5);
        }
    }
}
