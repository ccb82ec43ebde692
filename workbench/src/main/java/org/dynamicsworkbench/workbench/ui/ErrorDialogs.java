package org.dynamicsworkbench.workbench.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The error dialog of the window: a title and the one-line problem, shown without blocking the caller. */
final class ErrorDialogs {
    /** The id of every error dialog's pane (for tests and styling). */
    static final String DIALOG_ID = "error-dialog";

    private ErrorDialogs() {
    }

    /** Shows the error and returns at once (the dialog stays until the user closes it). */
    static Alert show(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("error-message");
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId(DIALOG_ID);
        alert.show();
        return alert;
    }
}
