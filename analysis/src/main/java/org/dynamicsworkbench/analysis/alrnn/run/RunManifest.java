package org.dynamicsworkbench.analysis.alrnn.run;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dynamicsworkbench.analysis.alrnn.train.ForcingMode;
import org.dynamicsworkbench.analysis.alrnn.train.TrainingConfig;

/**
 * The content of {@code run.json}: tool, format version, status, training parameters and seed, data source
 * and the versions that wrote it. Immutable.
 */
public record RunManifest(TrainingConfig config, DataSource data, int observed, RunStatus status) {
    public static final String TOOL = "alrnn";
    public static final int FORMAT_VERSION = 1;

    public RunManifest withStatus(RunStatus newStatus) {
        return new RunManifest(config, data, observed, newStatus);
    }

    ObjectNode toJson() {
        ObjectNode root = AtomicFiles.JSON.createObjectNode();
        root.put("tool", TOOL);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("status", status.label());
        root.put("seed", config.seed());
        ObjectNode p = root.putObject("parameters");
        p.put("M", config.latent());
        p.put("P", config.piecewise());
        p.put("N", observed);
        p.put("forcing", config.forcing().label());
        p.put("tau", config.tau());
        p.put("gtfAlpha", config.gtfAlpha());
        p.put("gtfAlphaDecay", config.gtfAlphaDecay());
        p.put("alphaUpdateInterval", config.alphaUpdateInterval());
        p.put("partialForcing", config.partialForcing());
        p.put("epochs", config.epochs());
        p.put("batchesPerEpoch", config.batchesPerEpoch());
        p.put("seqLen", config.seqLen());
        p.put("batch", config.batch());
        p.put("lrStart", config.lrStart());
        p.put("lrEnd", config.lrEnd());
        p.put("noise", config.noise());
        p.put("checkpointInterval", config.checkpointInterval());
        p.put("evalLength", config.evalLength());
        root.set("data", data.toJson());
        ObjectNode v = root.putObject("versions");
        v.put("format", FORMAT_VERSION);
        v.put("java", System.getProperty("java.version"));
        String impl = RunManifest.class.getPackage().getImplementationVersion();
        v.put("workbench", impl == null ? "development" : impl);
        return root;
    }

    /** Reads and validates {@code run.json}; refuses other tools and newer formats with a clear message. */
    static RunManifest fromJson(Path file, JsonNode root) throws RunFormatException {
        if (!root.isObject()) {
            throw new RunFormatException(file, "must be a JSON object");
        }
        JsonNode tool = root.get("tool");
        if (tool == null || !TOOL.equals(tool.asText())) {
            throw new RunFormatException(file, "is a run of tool '" + (tool == null ? "(none)" : tool.asText())
                    + "', not an AL-RNN run ('" + TOOL + "')");
        }
        long version = AtomicFiles.integer(file, root, "formatVersion");
        if (version > FORMAT_VERSION) {
            throw new RunFormatException(file, "format version " + version + " is newer than this workbench reads ("
                    + FORMAT_VERSION + "); update the workbench");
        }
        if (version < 1) {
            throw new RunFormatException(file, "invalid format version " + version);
        }
        RunStatus status = RunStatus.fromLabel(file, AtomicFiles.text(file, root, "status"));
        JsonNode p = AtomicFiles.field(file, root, "parameters");
        TrainingConfig config;
        try {
            config = TrainingConfig.builder()
                    .latent((int) AtomicFiles.integer(file, p, "M"))
                    .piecewise((int) AtomicFiles.integer(file, p, "P"))
                    .forcing(ForcingMode.fromLabel(AtomicFiles.text(file, p, "forcing")))
                    .tau((int) AtomicFiles.integer(file, p, "tau"))
                    .gtfAlpha(AtomicFiles.number(file, p, "gtfAlpha"))
                    .gtfAlphaDecay(AtomicFiles.number(file, p, "gtfAlphaDecay"))
                    .alphaUpdateInterval((int) AtomicFiles.integer(file, p, "alphaUpdateInterval"))
                    .partialForcing(AtomicFiles.bool(file, p, "partialForcing"))
                    .epochs((int) AtomicFiles.integer(file, p, "epochs"))
                    .batchesPerEpoch((int) AtomicFiles.integer(file, p, "batchesPerEpoch"))
                    .seqLen((int) AtomicFiles.integer(file, p, "seqLen"))
                    .batch((int) AtomicFiles.integer(file, p, "batch"))
                    .lrStart(AtomicFiles.number(file, p, "lrStart"))
                    .lrEnd(AtomicFiles.number(file, p, "lrEnd"))
                    .noise(AtomicFiles.number(file, p, "noise"))
                    .seed(AtomicFiles.integer(file, root, "seed"))
                    .checkpointInterval((int) AtomicFiles.integer(file, p, "checkpointInterval"))
                    .evalLength((int) AtomicFiles.integer(file, p, "evalLength"))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "parameters: " + e.getMessage());
        }
        int observed = (int) AtomicFiles.integer(file, p, "N");
        try {
            config.shape(observed);
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "parameters: " + e.getMessage());
        }
        DataSource data;
        try {
            data = DataSource.fromJson(file, AtomicFiles.field(file, root, "data"));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "data: " + e.getMessage());
        }
        return new RunManifest(config, data, observed, status);
    }
}
