package org.dynamicsworkbench.plugins.explorer;

import java.util.Objects;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.dynamicsworkbench.analysis.integrate.Trajectory;
import org.dynamicsworkbench.render.figure.fx.FigureView;
import org.dynamicsworkbench.render.figure.fx.LinkedCursor;
import org.dynamicsworkbench.render.fx.Attractor3DView;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * The explorer's views as tabs: "3D" (the OpenGL view), "Time series", "Projections" and "Lyapunov" (figure
 * views of {@link ExplorerFigures}). The views share one {@link LinkedCursor}: hovering a time in the time series
 * (or a point of a projection) marks that instant in the other figures and as a bright point in the 3D view. The
 * figures follow the view model's scene and Lyapunov result; a new trajectory clears the cursor.
 */
final class ExplorerFigureTabs extends TabPane {
    private final ExplorerViewModel viewModel;
    private final Attractor3DView view3d;
    private final LinkedCursor cursor = new LinkedCursor();
    private final FigureView timeSeries = new FigureView(cursor);
    private final FigureView projections = new FigureView(cursor);
    private final FigureView lyapunov = new FigureView(cursor);
    private final Label noLyapunov = new Label("Compute the Lyapunov spectrum (Analysis, on the left) to see how its estimates converge.");

    ExplorerFigureTabs(ExplorerViewModel viewModel, Attractor3DView view3d) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.view3d = Objects.requireNonNull(view3d, "view3d");
        setId("explorerTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        timeSeries.setId("timeSeriesView");
        projections.setId("projectionsView");
        lyapunov.setId("lyapunovView");
        noLyapunov.setId("noLyapunovLabel");
        noLyapunov.setWrapText(true);
        noLyapunov.visibleProperty().bind(lyapunov.figureProperty().isNull());
        getTabs().addAll(tab("3D", "tab3d", view3d), tab("Time series", "tabTimeSeries", timeSeries),
                tab("Projections", "tabProjections", projections),
                tab("Lyapunov", "tabLyapunov", new StackPane(lyapunov, noLyapunov)));

        viewModel.sceneProperty().addListener((obs, was, now) -> showTrajectory(now));
        viewModel.lyapunovResultProperty().addListener((obs, was, now) -> showLyapunov(now));
        cursor.timeProperty().addListener((obs, was, now) -> markIn3d(now.doubleValue()));
        showTrajectory(viewModel.sceneProperty().get());
        showLyapunov(viewModel.lyapunovResultProperty().get());
    }

    LinkedCursor linkedCursor() {
        return cursor;
    }

    FigureView timeSeriesView() {
        return timeSeries;
    }

    FigureView projectionsView() {
        return projections;
    }

    FigureView lyapunovView() {
        return lyapunov;
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private void showTrajectory(Scene3D scene) {
        cursor.clear();
        if (scene == null || scene.curve() == null) {
            timeSeries.setFigure(null);
            projections.setFigure(null);
            return;
        }
        ExplorerState state = viewModel.getState();
        Trajectory trajectory = scene.curve().source();
        timeSeries.setFigure(ExplorerFigures.timeSeries(state, trajectory, ExplorerFigures.TIME_SERIES_SIZE));
        projections.setFigure(ExplorerFigures.projections(state, trajectory, ExplorerFigures.PROJECTIONS_SIZE));
    }

    private void showLyapunov(LyapunovSummary summary) {
        lyapunov.setFigure(summary == null || summary.result().convergenceTimes().length == 0 ? null
                : ExplorerFigures.lyapunov(summary, ExplorerFigures.LYAPUNOV_SIZE));
    }

    /** Marks the curve point of time {@code t} in the 3D view (NaN: no mark), keeping the camera the user has. */
    private void markIn3d(double t) {
        Scene3D shown = view3d.getScene3D();
        if (shown == null || shown.curve() == null) {
            return;
        }
        int index = Double.isNaN(t) ? Scene3D.NO_HIGHLIGHT : pointAt(shown, t);
        if (index == shown.highlightIndex()) {
            return;
        }
        Scene3D marked = shown.withHighlight(index);
        view3d.setScene(view3d.cameraProperty().get() == null ? marked : marked.withCamera(view3d.cameraProperty().get()));
    }

    /** The curve point nearest time {@code t} (curve point n stands for trajectory state n, 1-D maps included). */
    static int pointAt(Scene3D scene, double t) {
        Trajectory source = scene.curve().source();
        long index = Math.round((t - source.t0()) / source.dt());
        return (int) Math.max(0, Math.min(scene.curve().pointCount() - 1, index));
    }
}
