package org.dynamicsworkbench.workbench.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.dynamicsworkbench.workbench.session.SessionAutosave;

/** Asks, without blocking, whether to recover the session autosaved by a run that did not end normally. */
final class RecoveryPrompt {
    static final String DIALOG_ID = "recovery-dialog";
    static final ButtonType RECOVER = new ButtonType("Recover", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private RecoveryPrompt() {
    }

    static Alert show(Window owner, SessionAutosave.Recovery recovery, Runnable onRecover, Runnable onDiscard) {
        String of = recovery.sessionFile().map(p -> "of " + p.getFileName()).orElse("of an untitled session");
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The workbench did not close normally. Unsaved changes "
                + of + " were autosaved at " + TIME.format(recovery.savedAt()) + ". Recover them?", RECOVER, DISCARD);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle("Recover unsaved session");
        alert.setHeaderText("Recover unsaved session?");
        alert.getDialogPane().setId(DIALOG_ID);
        alert.setOnHidden(e -> {
            if (alert.getResult() == RECOVER) {
                onRecover.run();
            } else {
                onDiscard.run();
            }
        });
        alert.show();
        return alert;
    }
}
