package org.dynamicsworkbench.workbench.figures;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.dynamicsworkbench.render.export.ExportFormat;
import org.dynamicsworkbench.render.export.FigureExport;
import org.dynamicsworkbench.render.figure.FigureSize;
import org.dynamicsworkbench.render.figure.PublicationPreset;

/**
 * The export dialog's model, without JavaFX: the figure chosen among the open tools' figures, the format, a
 * publication preset (the height keeps the figure's aspect ratio) or an explicit width and height in millimetres,
 * the DPI and the file, as the user typed them. {@link #validate()} turns them into {@link FigureExportSettings} or a
 * one-line message naming the field; the file gets the format's extension when it has none.
 */
public final class FigureExportForm {
    private final SessionFigures figures;
    private String figureId;
    private ExportFormat format = ExportFormat.PDF;
    private PublicationPreset preset = PublicationPreset.SINGLE;
    private String widthMm = "";
    private String heightMm = "";
    private String dpi = "300";
    private String file = "";

    /** A form over {@code figures}, the first one chosen. */
    public FigureExportForm(SessionFigures figures) {
        this.figures = Objects.requireNonNull(figures, "figures");
        if (figures.entries().isEmpty()) {
            throw new IllegalArgumentException("no open tool offers a figure to export");
        }
        selectFigure(figures.entries().get(0).id());
    }

    public SessionFigures figures() {
        return figures;
    }

    public String figureId() {
        return figureId;
    }

    /** Chooses a figure; the explicit size fields take its default size. */
    public void selectFigure(String id) {
        SessionFigures.Entry entry = figures.require(id);
        figureId = entry.id();
        FigureSize own = entry.spec().defaultSize();
        widthMm = millimetres(own.widthMm());
        heightMm = millimetres(own.heightMm());
    }

    public SessionFigures.Entry entry() {
        return figures.require(figureId);
    }

    public ExportFormat format() {
        return format;
    }

    /** Sets the format and gives the file name its extension. */
    public void setFormat(ExportFormat f) {
        format = Objects.requireNonNull(f, "format");
        if (!file.isBlank()) {
            int dot = file.lastIndexOf('.');
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            file = (dot > slash ? file.substring(0, dot) : file) + "." + f.id();
        }
    }

    /** The preset, or {@code null} for an explicit size. */
    public PublicationPreset preset() {
        return preset;
    }

    public void setPreset(PublicationPreset p) {
        preset = p;
    }

    public String widthMm() {
        return widthMm;
    }

    public void setWidthMm(String text) {
        widthMm = text == null ? "" : text;
    }

    public String heightMm() {
        return heightMm;
    }

    public void setHeightMm(String text) {
        heightMm = text == null ? "" : text;
    }

    public String dpi() {
        return dpi;
    }

    public void setDpi(String text) {
        dpi = text == null ? "" : text;
    }

    public String file() {
        return file;
    }

    public void setFile(String text) {
        file = text == null ? "" : text;
    }

    /** A file name for the chosen figure and format, e.g. {@code explorer.timeseries.pdf}. */
    public String suggestedFileName() {
        return figureId + "." + format.id();
    }

    /**
     * The size the figure will have.
     *
     * @throws IllegalArgumentException naming the field when a length is not a number or outside 1-1000 mm
     */
    public FigureSize size() {
        FigureSize own = entry().spec().defaultSize();
        if (preset != null) {
            return ExportSize.resolve(preset, Double.NaN, Double.NaN, own);
        }
        double w = number(widthMm, "width (mm)") * FigureSize.PT_PER_MM;
        double h = number(heightMm, "height (mm)") * FigureSize.PT_PER_MM;
        return ExportSize.resolve(null, w, h, own);
    }

    /**
     * The validated settings.
     *
     * @throws IllegalArgumentException with a one-line message naming the field
     */
    public FigureExportSettings validate() {
        FigureSize size = size();
        double resolution = number(dpi, "DPI");
        if (!(resolution > 0)) {
            throw new IllegalArgumentException("DPI: must be positive, got " + dpi.strip());
        }
        if (format == ExportFormat.PNG && (long) size.pixelWidth(resolution) * size.pixelHeight(resolution) > FigureExport.MAX_PNG_PIXELS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "DPI: %s dpi makes a %d x %d pixel image, over the "
                    + "limit of %d million", dpi.strip(), size.pixelWidth(resolution), size.pixelHeight(resolution),
                    FigureExport.MAX_PNG_PIXELS / 1_000_000));
        }
        if (file.isBlank()) {
            throw new IllegalArgumentException("file: choose where to save the figure");
        }
        Path path;
        try {
            path = Path.of(file.strip());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("file: '" + file + "' is not a valid path (" + e.getReason() + ")", e);
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + format.id())) {
            path = path.resolveSibling(name + "." + format.id());
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("file: folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalArgumentException("file: folder " + folder + " is not writable");
        }
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("file: " + path + " is a folder");
        }
        return new FigureExportSettings(figureId, format, size, resolution, path);
    }

    private static double number(String text, String field) {
        String t = text.strip();
        double value;
        try {
            value = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number", e);
        }
        if (!Double.isFinite(value) || t.endsWith("d") || t.endsWith("f") || t.endsWith("D") || t.endsWith("F")) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a number");
        }
        return value;
    }

    private static String millimetres(double mm) {
        return String.format(Locale.ROOT, "%.1f", mm);
    }
}
