package org.dynamicsworkbench.workbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dynamicsworkbench.render.export.ExportFormat;
import org.dynamicsworkbench.render.export.FigureExport;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.PublicationPreset;
import org.dynamicsworkbench.workbench.figures.ExportSize;
import org.dynamicsworkbench.workbench.figures.FigureWriter;
import org.dynamicsworkbench.workbench.figures.SessionFigures;
import org.dynamicsworkbench.workbench.tools.InstalledTools;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export SESSION --figure ID --out FILE} or {@code export SESSION --all --out-dir DIR}: builds a session's
 * figures headless and writes them as SVG, PDF or PNG in the light export theme. Every option is checked before any
 * work; files are written atomically. Figures that need OpenGL need a display: without one, {@code --figure} fails
 * and {@code --all} skips them with a warning.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a session's figures as SVG, PDF or PNG (ids from 'figures SESSION').",
                "Figures that need OpenGL (explorer.3d) need a display, e.g. xvfb-run."})
final class ExportCommand implements Callable<Integer> {
    static final String DEFAULT_DPI = "300";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "A session .json file.")
    String session;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--figure", paramLabel = "ID", required = true, description = "The figure to export.")
        String figure;

        @Option(names = "--all", required = true, description = "Exports every figure into --out-dir, one file per id.")
        boolean all;
    }

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write (with --figure).")
    String out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "The folder to write into (with --all); created if missing.")
    String outDir;

    @Option(names = "--format", paramLabel = "svg|pdf|png", description = "The format (default: the --out extension; pdf for --all).")
    String format;

    @Option(names = "--preset", paramLabel = "single|onehalf|double",
            description = "Journal width 89, 120 or 183 mm; the height keeps the figure's aspect ratio.")
    String preset;

    @Option(names = "--width", paramLabel = "LENGTH", description = "Width with a unit, e.g. 89mm, 3.5in.")
    String width;

    @Option(names = "--height", paramLabel = "LENGTH", description = "Height with a unit, e.g. 60mm.")
    String height;

    @Option(names = "--dpi", paramLabel = "D", defaultValue = DEFAULT_DPI,
            description = "Resolution of PNGs and of embedded 3D views (default: ${DEFAULT-VALUE}).")
    String dpi;

    @Option(names = "--plugins", paramLabel = "DIR", description = "Also loads the tools of the jars in DIR.")
    String plugins;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        double resolution = NumberArguments.positive(dpi, "--dpi " + dpi);
        PublicationPreset chosenPreset = preset == null ? null : parse("--preset " + preset, () -> PublicationPreset.fromId(preset));
        double widthPt = width == null ? Double.NaN : parse("--width " + width, () -> FigureSize.parseLength(width));
        double heightPt = height == null ? Double.NaN : parse("--height " + height, () -> FigureSize.parseLength(height));
        if (chosenPreset != null && (width != null || height != null)) {
            throw new InputException("--preset " + preset, "give either --preset or --width/--height, not both");
        }
        List<Job> jobs = new ArrayList<>();
        try (InstalledTools tools = PluginsOption.load(plugins, stderr)) {
            SessionFigures figures = SessionFigureLoader.load(session, tools);
            if (which.all) {
                jobs.addAll(allJobs(figures));
            } else {
                jobs.add(oneJob(figures));
            }
            String sizeInput = chosenPreset != null ? "--preset " + preset : (width == null ? "" : "--width " + width)
                    + (width != null && height != null ? " " : "") + (height == null ? "" : "--height " + height);
            for (Job job : jobs) {
                job.size = parse(sizeInput.isEmpty() ? job.input : sizeInput, () -> ExportSize.resolve(chosenPreset, widthPt, heightPt, job.entry.spec().defaultSize()));
                checkPixels(job, resolution);
            }
            try (FigureWriter writer = FigureWriter.headless(System.getenv("DISPLAY"))) {
                if (!which.all && !writer.canBuild(jobs.get(0).entry)) {
                    throw new InputException(jobs.get(0).input, writer.whyNot(jobs.get(0).entry));
                }
                int skipped = 0;
                for (Job job : jobs) {
                    if (!writer.canBuild(job.entry)) {
                        stderr.println("warning: skipped " + writer.whyNot(job.entry));
                        skipped++;
                        continue;
                    }
                    writer.write(job.entry, job.format, job.size, resolution, job.file);
                    stdout.printf(Locale.ROOT, "wrote %s (%s, %.1f x %.1f mm, %s)%n", job.file, job.entry.id(),
                            job.size.widthMm(), job.size.heightMm(), job.format.id());
                    stdout.flush();
                }
                if (which.all) {
                    stdout.printf(Locale.ROOT, "%d of %d figures exported%s%n", jobs.size() - skipped, jobs.size(),
                            skipped > 0 ? ", " + skipped + " skipped" : "");
                }
            }
        }
        stdout.flush();
        stderr.flush();
        return WorkbenchCli.OK;
    }

    /** One file to write. */
    private static final class Job {
        final SessionFigures.Entry entry;
        final ExportFormat format;
        final Path file;
        final String input;
        FigureSize size;

        Job(SessionFigures.Entry entry, ExportFormat format, Path file, String input) {
            this.entry = entry;
            this.format = format;
            this.file = file;
            this.input = input;
        }
    }

    private Job oneJob(SessionFigures figures) {
        if (out == null) {
            throw new InputException("--figure " + which.figure, "needs --out FILE");
        }
        if (outDir != null) {
            throw new InputException("--out-dir " + outDir, "goes with --all; use --out FILE with --figure");
        }
        Path file = path("--out", out);
        ExportFormat chosen = format == null ? null : parse("--format " + format, () -> ExportFormat.fromId(format));
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        ExportFormat byName = name.contains(".") ? parse("--out " + out, () -> ExportFormat.fromFileName(file)) : null;
        if (chosen != null && byName != null && chosen != byName) {
            throw new InputException("--out " + out, "the extension says " + byName.id() + " but --format says " + chosen.id());
        }
        if (chosen == null && byName == null) {
            throw new InputException("--out " + out, "no extension to tell the format (use .svg, .pdf or .png, or --format)");
        }
        checkFolder("--out " + out, file.toAbsolutePath().getParent());
        if (Files.isDirectory(file)) {
            throw new InputException("--out " + out, "is a folder");
        }
        SessionFigures.Entry entry = parse("--figure " + which.figure, () -> figures.require(which.figure));
        return new Job(entry, chosen != null ? chosen : byName, file, "--figure " + which.figure);
    }

    private List<Job> allJobs(SessionFigures figures) throws java.io.IOException {
        if (outDir == null) {
            throw new InputException("--all", "needs --out-dir DIR");
        }
        if (out != null) {
            throw new InputException("--out " + out, "goes with --figure; use --out-dir DIR with --all");
        }
        ExportFormat chosen = format == null ? ExportFormat.PDF : parse("--format " + format, () -> ExportFormat.fromId(format));
        Path dir = path("--out-dir", outDir);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out-dir " + outDir, "is not a folder");
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (!Files.exists(dir)) {
            checkFolder("--out-dir " + outDir, parent);
            Files.createDirectories(dir);
        }
        checkFolder("--out-dir " + outDir, dir.toAbsolutePath());
        List<Job> jobs = new ArrayList<>();
        for (SessionFigures.Entry e : figures.entries()) {
            jobs.add(new Job(e, chosen, dir.resolve(e.id() + "." + chosen.id()), "figure " + e.id()));
        }
        return jobs;
    }

    private static void checkPixels(Job job, double dpi) {
        long pixels = (long) job.size.pixelWidth(dpi) * job.size.pixelHeight(dpi);
        if (job.format == ExportFormat.PNG && pixels > FigureExport.MAX_PNG_PIXELS) {
            throw new InputException("--dpi " + NumberText.of(dpi), String.format(Locale.ROOT,
                    "a %.0f x %.0f mm figure would be %d x %d pixels, over the limit of %d million; lower the DPI or the size",
                    job.size.widthMm(), job.size.heightMm(), job.size.pixelWidth(dpi), job.size.pixelHeight(dpi),
                    FigureExport.MAX_PNG_PIXELS / 1_000_000));
        }
    }

    private static Path path(String option, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InputException(option + " " + text, "not a valid path (" + e.getReason() + ")", e);
        }
    }

    private static void checkFolder(String input, Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InputException(input, "folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new InputException(input, "folder " + folder + " is not writable");
        }
    }

    /** Runs a parser whose IllegalArgumentException becomes bad input naming {@code input}. */
    private static <T> T parse(String input, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InputException(input, e.getMessage(), e);
        }
    }

    /** Numbers in messages without a trailing ".0". */
    private static final class NumberText {
        static String of(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
    }
}
