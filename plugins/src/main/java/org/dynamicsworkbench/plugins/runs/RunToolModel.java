package org.dynamicsworkbench.plugins.runs;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import org.dynamicsworkbench.plugins.spi.ToolStateException;

/**
 * What a training-dynamics tool's view model offers its {@link RunToolInstance}: its state, restoring a saved state
 * and letting go of its background work. FX thread.
 *
 * @param <S> the tool's state
 */
public interface RunToolModel<S> {

    /** The state the tool saves; it follows the view. */
    ObjectProperty<S> stateProperty();

    /**
     * Shows a restored state, resolving its relative folders against {@code sessionFolder}.
     *
     * @throws ToolStateException when a folder it names cannot be shown; nothing is changed then
     */
    void restore(S restored, Path sessionFolder) throws ToolStateException;

    /** Detaches from running tasks (they go on in the task list) and stops following runs. */
    void close();
}
