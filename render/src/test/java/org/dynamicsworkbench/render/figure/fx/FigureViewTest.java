package org.dynamicsworkbench.render.figure.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.dynamicsworkbench.render.figure.DemoFigures;
import org.dynamicsworkbench.render.figure.Figure;
import org.dynamicsworkbench.render.figure.Range;
import org.dynamicsworkbench.render.figure.paint.PanelGeometry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Drives two linked views in a real window; needs an X server (run under xvfb-run). */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class FigureViewTest {
    private Stage stage;
    private FigureView first;
    private FigureView second;
    private LinkedCursor cursor;

    @BeforeAll
    static void startToolkit() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyStarted) {
            started.countDown();
        }
        assertTrue(started.await(30, TimeUnit.SECONDS), "JavaFX started");
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    @BeforeEach
    void show() throws Exception {
        Figure figure = DemoFigures.lorenzOverview();
        onFx(() -> {
            cursor = new LinkedCursor();
            first = new FigureView(cursor);
            second = new FigureView(cursor);
            first.setPrefSize(640, 420);
            second.setPrefSize(640, 420);
            first.setFigure(figure);
            second.setFigure(figure);
            stage = new Stage();
            stage.setScene(new Scene(new HBox(first, second), 1280, 420));
            stage.show();
            return null;
        });
        onFx(() -> null);
    }

    @AfterEach
    void close() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    @Test
    void scrollZoomsAboutThePointerAndDoubleClickResets() throws Exception {
        onFx(() -> {
            PanelGeometry time = first.lastLayout().panel("lorenz-time");
            assertNotNull(time);
            Range before = time.x().range();
            double px = time.x().toPosition(20);
            double py = time.plotArea().y() + time.plotArea().height() / 2;
            first.zoomAt(px, py, 0.5);
            Range zoomed = first.shownFigure().panelById("lorenz-time").x().range();
            assertEquals(before.length() / 2, zoomed.length(), 1e-9);
            assertEquals(20, first.lastLayout().panel("lorenz-time").x().toValue(px), 1e-9, "t = 20 stays under the pointer");
            assertNull(first.shownFigure().panelById("lorenz-xz").x().range(), "other panels keep their ranges");

            first.panBy("lorenz-time", 50, 0);
            Range panned = first.shownFigure().panelById("lorenz-time").x().range();
            assertTrue(panned.min() < zoomed.min(), "dragging right shows earlier times");
            assertEquals(zoomed.length(), panned.length(), 1e-9);

            first.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, px, py, px, py, MouseButton.PRIMARY, 2,
                    false, false, false, false, true, false, false, true, false, true, null));
            assertNull(first.shownFigure().panelById("lorenz-time").x().range(), "double click resets");
            return null;
        });
    }

    @Test
    void boxZoomSetsBothRanges() throws Exception {
        onFx(() -> {
            PanelGeometry xz = first.lastLayout().panel("lorenz-xz");
            first.zoomToBox("lorenz-xz", xz.x().toPosition(-10), xz.y().toPosition(30), xz.x().toPosition(0),
                    xz.y().toPosition(10));
            Range x = first.shownFigure().panelById("lorenz-xz").x().range();
            Range z = first.shownFigure().panelById("lorenz-xz").y().range();
            assertEquals(-10, x.min(), 1e-9);
            assertEquals(0, x.max(), 1e-9);
            assertEquals(10, z.min(), 1e-9);
            assertEquals(30, z.max(), 1e-9);
            return null;
        });
    }

    @Test
    void hoverReadsOutDataAndMovesTheLinkedCursorInEveryView() throws Exception {
        WritableImage before = onFx(() -> second.snapshot(null, null));
        onFx(() -> {
            PanelGeometry time = first.lastLayout().panel("lorenz-time");
            double px = time.x().toPosition(10);
            double py = time.y().toPosition(0);
            first.hover(px, py);
            DataReadout r = first.readoutProperty().get();
            assertEquals("lorenz-time", r.panelId());
            assertEquals(10, r.x(), 1e-9);
            assertEquals(0, r.y(), 1e-9);
            assertEquals(10, cursor.time(), 1e-9, "a time-series panel sets the cursor to the x under the pointer");
            assertEquals(10, second.linkedCursor().time(), 1e-9);
            return null;
        });
        WritableImage after = onFx(() -> second.snapshot(null, null));
        int changed = 0;
        for (int y = 0; y < (int) before.getHeight(); y++) {
            for (int x = 0; x < (int) before.getWidth(); x++) {
                if (before.getPixelReader().getArgb(x, y) != after.getPixelReader().getArgb(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 100, "the second view marks the cursor time (line and rings): " + changed + " pixels changed");

        onFx(() -> {
            // hovering the (x, z) projection picks the time of the nearest point
            PanelGeometry xz = first.lastLayout().panel("lorenz-xz");
            Figure f = first.shownFigure();
            var data = ((org.dynamicsworkbench.render.figure.ScatterSeries) f.panelById("lorenz-xz").series().get(0)).data();
            int i = 1234;
            first.hover(xz.x().toPosition(data.x(i)), xz.y().toPosition(data.y(i)));
            double picked = cursor.time();
            int j = data.indexNearestTime(picked);
            double dx = xz.x().toPosition(data.x(j)) - xz.x().toPosition(data.x(i));
            double dy = xz.y().toPosition(data.y(j)) - xz.y().toPosition(data.y(i));
            assertEquals(0, Math.hypot(dx, dy), 1e-9, "the picked time is of a point under the pointer");
            return null;
        });
    }
}
