package org.dynamicsworkbench.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.dynamicsworkbench.render.TestTrajectories;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.Curve3D;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the real view in a real window; needs an X server (run under xvfb-run). */
class Attractor3DViewTest {
    private static final int BLACK = 0xff000000;
    private static GlRenderer renderer;
    private static Curve3D lorenz;
    private Stage stage;
    private Attractor3DView view;

    @BeforeAll
    static void startToolkitAndRenderer() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null, "no DISPLAY: run under xvfb-run");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyStarted) {
            started.countDown();
        }
        assertTrue(started.await(30, TimeUnit.SECONDS), "JavaFX started");
        Platform.setImplicitExit(false);
        renderer = GlRenderer.start();
        lorenz = Curve3D.of(TestTrajectories.lorenz(10_000, 0.005), 0, 1, 2);
    }

    @AfterAll
    static void stopRenderer() {
        if (renderer != null) {
            renderer.close();
        }
    }

    @BeforeEach
    void openWindow() throws Exception {
        onFx(() -> {
            view = new Attractor3DView(renderer);
            stage = new Stage();
            stage.setScene(new Scene(view, 400, 300));
            stage.show();
            return null;
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        onFx(() -> {
            stage.close();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Runs {@code action} on the FX thread and waits until the view shows a frame for which {@code done} holds. */
    private Frame actAndAwaitFrame(Runnable action, java.util.function.Predicate<Frame> done) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        onFx(() -> {
            view.lastFrameProperty().addListener((obs, was, now) -> {
                if (now != null && done.test(now)) {
                    latch.countDown();
                }
            });
            action.run();
            return null;
        });
        assertTrue(latch.await(30, TimeUnit.SECONDS), "a frame arrived");
        return onFx(() -> view.lastFrameProperty().get());
    }

    /** Waits until the view shows a frame for which {@code done} holds (it may already show one). */
    private Frame awaitShown(java.util.function.Predicate<Frame> done) throws Exception {
        CountDownLatch latch = new CountDownLatch(1);
        onFx(() -> {
            Frame current = view.lastFrameProperty().get();
            if (current != null && done.test(current)) {
                latch.countDown();
            }
            view.lastFrameProperty().addListener((obs, was, now) -> {
                if (now != null && done.test(now)) {
                    latch.countDown();
                }
            });
            return null;
        });
        assertTrue(latch.await(30, TimeUnit.SECONDS), "the expected frame was shown");
        return onFx(() -> view.lastFrameProperty().get());
    }

    @Test
    void showsTheRenderedSceneInItsImageView() throws Exception {
        Frame frame = actAndAwaitFrame(() -> view.setScene(Scene3D.of(lorenz)), f -> true);
        assertEquals(400, frame.width());
        assertEquals(300, frame.height());
        int[] shown = onFx(() -> {
            ImageView imageView = (ImageView) view.getChildrenUnmodifiable().get(0);
            Image image = imageView.getImage();
            PixelReader reader = image.getPixelReader();
            int nonBackground = 0;
            int mismatches = 0;
            for (int y = 0; y < (int) image.getHeight(); y++) {
                for (int x = 0; x < (int) image.getWidth(); x++) {
                    int argb = reader.getArgb(x, y);
                    if ((argb & 0xffffff) != 0) {
                        nonBackground++;
                    }
                    if (argb != frame.pixel(x, y)) {
                        mismatches++;
                    }
                }
            }
            return new int[] {(int) image.getWidth(), (int) image.getHeight(), nonBackground, mismatches};
        });
        assertEquals(400, shown[0]);
        assertEquals(300, shown[1]);
        assertTrue(shown[2] > 0.03 * 400 * 300, "non-background pixels shown: " + shown[2]);
        assertEquals(0, shown[3], "the image shows exactly the last frame");
        assertNull(onFx(() -> view.lastErrorProperty().get()));
    }

    @Test
    void coalescesBurstsAndEndsOnTheLatestCamera() throws Exception {
        Scene3D scene = Scene3D.of(lorenz);
        actAndAwaitFrame(() -> view.setScene(scene), f -> true);
        AtomicInteger frames = new AtomicInteger();
        OrbitCamera last = scene.camera().rotated(25 * 3, 0);
        onFx(() -> {
            view.lastFrameProperty().addListener((obs, was, now) -> frames.incrementAndGet());
            return null;
        });
        Frame expected = renderer.render(scene.withCamera(last), 400, 300).get(30, TimeUnit.SECONDS);
        Frame shown = actAndAwaitFrame(() -> {
            for (int i = 1; i <= 30; i++) {
                view.cameraProperty().set(scene.camera().rotated(25 * (i % 4), 0));
            }
            view.cameraProperty().set(last);
        }, expected::equals);
        assertEquals(expected, shown);
        assertTrue(frames.get() <= 3, "31 camera changes in one FX pulse give at most 3 renders, got " + frames.get());
    }

    @Test
    void rerendersAtTheNewSizeOnResize() throws Exception {
        actAndAwaitFrame(() -> view.setScene(Scene3D.of(lorenz)), f -> true);
        Frame resized = actAndAwaitFrame(() -> {
            stage.setWidth(stage.getWidth() + 120);
            stage.setHeight(stage.getHeight() + 60);
        }, f -> f.width() == 520 && f.height() == 360);
        assertEquals(new Frame(520, 360, resized.argb()), resized);
    }

    @Test
    void mouseGesturesMoveTheCamera() throws Exception {
        Scene3D scene = Scene3D.of(lorenz);
        actAndAwaitFrame(() -> view.setScene(scene), f -> true);
        OrbitCamera start = scene.camera();
        OrbitCamera rotated = onFx(() -> {
            drag(MouseButton.PRIMARY, false, 100, 100, 150, 80);
            return view.cameraProperty().get();
        });
        assertEquals(start.yawDeg() - 50 * 0.4, rotated.yawDeg(), 1e-9, "left-drag right turns the view");
        assertEquals(start.pitchDeg() - 20 * 0.4, rotated.pitchDeg(), 1e-9);
        assertEquals(start.targetX(), rotated.targetX());

        OrbitCamera panned = onFx(() -> {
            drag(MouseButton.SECONDARY, false, 100, 100, 140, 100);
            return view.cameraProperty().get();
        });
        assertEquals(rotated.distance(), panned.distance());
        assertNotEquals(rotated.targetX(), panned.targetX(), "right-drag pans");
        assertEquals(rotated.yawDeg(), panned.yawDeg());

        OrbitCamera shiftPanned = onFx(() -> {
            drag(MouseButton.PRIMARY, true, 100, 100, 100, 140);
            return view.cameraProperty().get();
        });
        assertNotEquals(panned.targetZ(), shiftPanned.targetZ(), "shift+drag pans");
        assertEquals(panned.yawDeg(), shiftPanned.yawDeg());

        OrbitCamera zoomed = onFx(() -> {
            Event.fireEvent(view, new ScrollEvent(ScrollEvent.SCROLL, 200, 150, 200, 150, false, false, false, false,
                    false, false, 0, 40, 0, 40, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            return view.cameraProperty().get();
        });
        assertEquals(shiftPanned.distance() / 1.15, zoomed.distance(), 1e-9, "one wheel notch up zooms in");

        Frame expected = renderer.render(scene.withCamera(zoomed), 400, 300).get(30, TimeUnit.SECONDS);
        assertEquals(expected, awaitShown(expected::equals), "the view ends on the camera the gestures produced");
    }

    private void drag(MouseButton button, boolean shift, double x0, double y0, double x1, double y1) {
        boolean primary = button == MouseButton.PRIMARY;
        boolean secondary = button == MouseButton.SECONDARY;
        Event.fireEvent(view, new MouseEvent(MouseEvent.MOUSE_PRESSED, x0, y0, x0, y0, button, 1, shift, false, false,
                false, primary, false, secondary, false, false, true, new PickResult(view, x0, y0)));
        Event.fireEvent(view, new MouseEvent(MouseEvent.MOUSE_DRAGGED, x1, y1, x1, y1, button, 1, shift, false, false,
                false, primary, false, secondary, false, false, false, new PickResult(view, x1, y1)));
    }
}
