package org.dynamicsworkbench.render.export;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a figure exports to. */
public enum ExportFormat {
    SVG, PDF, PNG;

    /** Lower-case name used on the command line and as the file extension. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code id} (svg, pdf, png; case-insensitive). */
    public static ExportFormat fromId(String id) {
        for (ExportFormat f : values()) {
            if (f.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + id + "' (valid: svg, pdf, png)");
    }

    /** The format given by {@code file}'s extension. */
    public static ExportFormat fromFileName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("cannot tell the format of '" + file + "': no extension (use .svg, .pdf or .png)");
        }
        try {
            return fromId(name.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot tell the format of '" + file + "': extension '" + name.substring(dot + 1)
                    + "' is not svg, pdf or png", e);
        }
    }
}
