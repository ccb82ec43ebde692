package org.dynamicsworkbench.plugins.lazyrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.dynamicsworkbench.analysis.learning.lazyrich.LazyRichConfig;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.analysis.task.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training into a run folder with real tiny runs (D = 6, P = 30, N = 12): a new folder trains, a finished run is
 * reused untouched, a cancelled one resumes to the same result as an uninterrupted run, another run in the folder
 * is refused.
 */
class LazyRichTrainingTest {
    static final LazyRichSetup TINY = new LazyRichSetup(new LazyRichConfig(6, 30, 40, 12, 0.25, 4, 10, false, 10, 1), 300);

    @TempDir
    Path dir;

    @Test
    void aNewFolderTrainsAndAFinishedRunIsReusedUntouched() throws Exception {
        Path run = dir.resolve("runs").resolve(TINY.folderName());
        List<LazyRichRun> live = new ArrayList<>();
        LazyRichTraining.Outcome first = LazyRichTraining.trainOrReuse(run, TINY, new ReentrantLock(), Runnable::run,
                live::add, p -> { }, () -> false);
        assertEquals(LazyRichTraining.Source.TRAINED, first.source());
        assertEquals(RunStatus.FINISHED, first.run().status());
        assertEquals(300, first.run().step());
        assertTrue(live.size() > 10, "live readings: " + live.size());
        int grown = 0;
        for (int i = 1; i < live.size(); i++) {
            assertTrue(live.get(i).history().lastStep() >= live.get(i - 1).history().lastStep());
            grown += live.get(i).history().lastStep() > live.get(i - 1).history().lastStep() ? 1 : 0;
        }
        assertTrue(grown > 5, "the curves grow while training: " + grown);
        byte[] metrics = Files.readAllBytes(run.resolve(ExperimentRun.METRICS));
        long modified = Files.getLastModifiedTime(run.resolve(ExperimentRun.METRICS)).toMillis();

        List<LazyRichRun> none = new ArrayList<>();
        LazyRichTraining.Outcome again = LazyRichTraining.trainOrReuse(run, TINY, new ReentrantLock(), Runnable::run,
                none::add, p -> { }, () -> false);
        assertEquals(LazyRichTraining.Source.REUSED, again.source());
        assertEquals(RunStatus.FINISHED, again.run().status());
        assertEquals(300, again.run().step());
        assertTrue(none.isEmpty());
        assertArrayEquals(metrics, Files.readAllBytes(run.resolve(ExperimentRun.METRICS)));
        assertEquals(modified, Files.getLastModifiedTime(run.resolve(ExperimentRun.METRICS)).toMillis());
    }

    @Test
    void aCancelledRunResumesToTheSameResultAsAnUninterruptedOne() throws Exception {
        Path whole = dir.resolve("whole");
        LazyRichTraining.trainOrReuse(whole, TINY, new ReentrantLock(), Runnable::run, r -> { }, p -> { }, () -> false);
        Path parts = dir.resolve("parts");
        AtomicBoolean cancel = new AtomicBoolean();
        LazyRichTraining.Outcome stopped = LazyRichTraining.trainOrReuse(parts, TINY, new ReentrantLock(), Runnable::run,
                r -> cancel.compareAndSet(false, r.history().lastStep() >= 120), p -> { }, cancel::get);
        assertEquals(RunStatus.CANCELLED, stopped.run().status());
        assertTrue(stopped.run().step() >= 120 && stopped.run().step() < 300, "stopped at " + stopped.run().step());
        List<LazyRichRun> live = new ArrayList<>();
        LazyRichTraining.Outcome resumed = LazyRichTraining.trainOrReuse(parts, TINY, new ReentrantLock(), Runnable::run,
                live::add, p -> { }, () -> false);
        assertEquals(LazyRichTraining.Source.RESUMED, resumed.source());
        assertEquals(RunStatus.FINISHED, resumed.run().status());
        assertEquals(0, live.get(0).history().series("train_loss").step(0), "live readings keep the earlier history");
        var a = ExperimentRun.open(whole).history().series("test_loss");
        var b = ExperimentRun.open(parts).history().series("test_loss");
        assertArrayEquals(a.steps(), b.steps());
        assertArrayEquals(a.values(), b.values(), 0);
    }

    @Test
    void anotherRunInTheFolderIsRefusedAndAHeldSlotWaitsForCancel() throws Exception {
        Path run = dir.resolve("x");
        LazyRichTraining.trainOrReuse(run, TINY, new ReentrantLock(), Runnable::run, r -> { }, p -> { }, () -> false);
        LazyRichSetup other = TINY.withAlpha(2);
        IOException e = assertThrows(IOException.class, () -> LazyRichTraining.trainOrReuse(run, other,
                new ReentrantLock(), Runnable::run, r -> { }, p -> { }, () -> false));
        assertTrue(e.getMessage().contains("holds another run (" + TINY.folderName() + "), not " + other.folderName()),
                e.getMessage());

        ReentrantLock held = new ReentrantLock();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            held.lock();
            try {
                locked.countDown();
                release.await();
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            } finally {
                held.unlock();
            }
        });
        holder.start();
        locked.await();
        AtomicBoolean cancel = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        });
        canceller.start();
        try {
            assertThrows(CancelledException.class, () -> LazyRichTraining.trainOrReuse(dir.resolve("y"), TINY, held,
                    Runnable::run, r -> { }, p -> { }, cancel::get));
        } finally {
            release.countDown();
            holder.join();
            canceller.join();
        }
        assertTrue(Files.notExists(dir.resolve("y")), "nothing was written while waiting");
    }
}
