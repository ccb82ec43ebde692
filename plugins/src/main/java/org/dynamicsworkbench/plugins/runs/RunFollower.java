package org.dynamicsworkbench.plugins.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.dynamicsworkbench.analysis.learning.run.ExperimentRun;
import org.dynamicsworkbench.analysis.learning.run.RunHistory;
import org.dynamicsworkbench.analysis.learning.run.RunStatus;
import org.dynamicsworkbench.plugins.spi.TaskHandle;
import org.dynamicsworkbench.plugins.spi.ToolContext;

/**
 * Follows the runs a tool shows that something else is still training: a task the tool detached from when it
 * closed, or a command-line {@code train} in another process writing into the folder. While a shown run's
 * {@code run.json} says "running" and the tool is not training it itself, its folder is read again every
 * {@link #EVERY} (off the FX thread, through {@link ToolContext#tasks()}), and a reading that moved on (more
 * scalars, more checkpoints, another status) is handed to the tool on {@code ui}. A run is let go once its status
 * leaves "running" (its last reading, with the final status, is handed over first); {@link #stop()} lets go of all.
 *
 * <p>A poll is cheap when nothing moved: it reads {@code run.json}, lists the checkpoints and looks at the size of
 * {@code metrics.jsonl}; the scalars are parsed again only when that file grew. One poll is in flight at a time.
 * Used on the FX thread (the calling thread in tests); only the clock that paces the polls runs elsewhere.
 */
public final class RunFollower {
    /** How often a followed run's folder is looked at. */
    public static final Duration EVERY = Duration.ofSeconds(1);

    /** Paces every follower's polls; it only posts ticks onto each follower's {@code ui}. */
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "run-follower-clock");
        t.setDaemon(true);
        return t;
    });

    private final ToolContext context;
    private final Executor ui;
    private final Duration every;
    private final Consumer<RunReading> moved;
    private final Map<Path, Followed> followed = new LinkedHashMap<>();
    private ScheduledFuture<?> ticking;
    private TaskHandle poll;

    /**
     * @param ui    where ticks and readings are handed over (the FX thread in the window)
     * @param every the time between polls (positive)
     * @param moved receives a followed run's new reading, on {@code ui}
     */
    public RunFollower(ToolContext context, Executor ui, Duration every, Consumer<RunReading> moved) {
        this.context = Objects.requireNonNull(context, "context");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.moved = Objects.requireNonNull(moved, "moved");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every: must be a positive duration, got " + every);
        }
        this.every = every;
    }

    /**
     * Follows the runs of {@code shown} whose status is "running", except those in {@code own} (folders the tool
     * trains itself and sees live); lets go of every other run. Call it whenever the runs shown change.
     */
    public void follow(Collection<RunReading> shown, Set<Path> own) {
        Map<Path, Followed> next = new LinkedHashMap<>();
        for (RunReading r : shown) {
            if (r.manifest().status() == RunStatus.RUNNING && !own.contains(r.folder())) {
                Followed known = followed.get(r.folder());
                // the reading this follower handed over comes back: keep what it knows of the metrics file
                next.put(r.folder(), known != null && known.reading() == r ? known : new Followed(r, -1));
            }
        }
        followed.clear();
        followed.putAll(next);
        if (followed.isEmpty()) {
            stopTicking();
        } else if (ticking == null) {
            long millis = every.toMillis();
            ticking = CLOCK.scheduleWithFixedDelay(() -> ui.execute(this::tick), millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Lets go of every run and stops polling (the tool closes). */
    public void stop() {
        followed.clear();
        stopTicking();
    }

    /** Whether a run is being followed. */
    public boolean isFollowing() {
        return !followed.isEmpty();
    }

    /** The folders followed, in the order shown. */
    public List<Path> followed() {
        return List.copyOf(followed.keySet());
    }

    /** The index of the reading of {@code folder} in {@code runs}, or -1. */
    /**
     * {@code shown} with the reading of {@code reading}'s folder replaced by it, or null when that folder is no
     * longer shown (the tool moved on while the folder was being read).
     */
    public static List<RunReading> replaced(List<RunReading> shown, RunReading reading) {
        int i = indexOf(shown, reading.folder());
        if (i < 0) {
            return null;
        }
        List<RunReading> next = new java.util.ArrayList<>(shown);
        next.set(i, reading);
        return next;
    }

    public static int indexOf(List<RunReading> runs, Path folder) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).folder().equals(folder)) {
                return i;
            }
        }
        return -1;
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        if (poll != null) {
            poll.cancel();
            poll = null;
        }
    }

    /** One poll of every followed folder, unless one is still in flight. */
    private void tick() {
        if (followed.isEmpty() || poll != null) {
            return;
        }
        List<Followed> known = List.copyOf(followed.values());
        poll = context.tasks().submit("Follow " + known.get(0).reading().name()
                        + (known.size() > 1 ? " and " + (known.size() - 1) + " more" : ""),
                (progress, cancel) -> {
                    List<Followed> read = new ArrayList<>(known.size());
                    for (Followed f : known) {
                        cancel.throwIfCancelled();
                        read.add(readIfMoved(f));
                    }
                    return read;
                },
                read -> {
                    poll = null;
                    handOver(known, read);
                },
                error -> poll = null); // readIfMoved keeps per-run trouble to itself; try again at the next tick
    }

    private void handOver(List<Followed> known, List<Followed> read) {
        List<RunReading> movedOn = new ArrayList<>();
        for (int i = 0; i < known.size(); i++) {
            Followed before = known.get(i);
            Followed after = read.get(i);
            Path folder = before.reading().folder();
            if (after == null || followed.get(folder) != before) {
                continue; // nothing moved, or the tool let go of the run (or showed another reading) meanwhile
            }
            if (after.reading() == null || after.reading().manifest().status() != RunStatus.RUNNING) {
                followed.remove(folder); // gone, or no longer training
            } else {
                followed.put(folder, after);
            }
            if (after.reading() != null && after.reading() != before.reading()) {
                movedOn.add(after.reading());
            }
        }
        if (followed.isEmpty()) {
            stopTicking();
        }
        movedOn.forEach(moved);
    }

    /**
     * The run in {@code f}'s folder read again, or null when nothing moved; a {@code Followed} without a reading
     * when the folder is gone. A folder caught mid-write is taken as unmoved (the next poll reads it again).
     */
    static Followed readIfMoved(Followed f) {
        Path folder = f.reading().folder();
        if (!Files.isDirectory(folder)) {
            return new Followed(null, -1);
        }
        try {
            Path metrics = folder.resolve(ExperimentRun.METRICS);
            long bytes = Files.exists(metrics) ? Files.size(metrics) : 0; // before the history: never ahead of it
            ExperimentRun run = ExperimentRun.open(folder);
            long[] steps = run.checkpointSteps();
            RunReading known = f.reading();
            if (bytes == f.metricsBytes() && run.manifest().equals(known.manifest())
                    && Arrays.equals(steps, known.checkpointSteps())) {
                return null;
            }
            RunHistory history = bytes == f.metricsBytes() ? known.history() : run.history();
            if (f.metricsBytes() < 0 && history.lastStep() == known.history().lastStep()
                    && run.manifest().equals(known.manifest()) && Arrays.equals(steps, known.checkpointSteps())) {
                return new Followed(known, bytes); // first look: the reading shown was already up to date
            }
            return new Followed(new RunReading(folder, run.manifest(), history, steps), bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A followed run: the reading last handed over (null once its folder is gone) and the size of its metrics file
     * then (-1 before the first poll).
     */
    record Followed(RunReading reading, long metricsBytes) {
    }
}
