package org.dynamicsworkbench.render.fx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.dynamicsworkbench.render.gl.Frame;
import org.dynamicsworkbench.render.gl.GlRenderer;
import org.dynamicsworkbench.render.scene.OrbitCamera;
import org.dynamicsworkbench.render.scene.Scene3D;

/**
 * Shows a {@link Scene3D} rendered by a {@link GlRenderer}, at the region's size (times the window's
 * output scale). Left-drag rotates, right-drag or shift+drag pans, the wheel zooms; gestures update
 * {@link #cameraProperty()}, whose changes re-render. Renders are coalesced: at most one is in flight,
 * and while it runs only the latest state is remembered. All methods are for the FX thread; the
 * renderer's futures are brought back to it with {@link Platform#runLater}. The view does not own the
 * renderer and never closes it.
 */
public final class Attractor3DView extends Region {
    /** Degrees of rotation per dragged pixel. */
    private static final double DEGREES_PER_PIXEL = 0.4;
    /** Zoom factor per scroll unit (ScrollEvent deltaY, about 40 per wheel notch). */
    private static final double ZOOM_PER_SCROLL_UNIT = Math.pow(1.15, 1.0 / 40.0);

    private final GlRenderer renderer;
    private final ImageView imageView = new ImageView();
    private final ObjectProperty<OrbitCamera> camera = new SimpleObjectProperty<>(this, "camera");
    private final ReadOnlyObjectWrapper<Frame> lastFrame = new ReadOnlyObjectWrapper<>(this, "lastFrame");
    private final ReadOnlyObjectWrapper<Throwable> lastError = new ReadOnlyObjectWrapper<>(this, "lastError");
    private Scene3D scene;
    private boolean renderInFlight;
    private boolean renderPending;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private double dragX;
    private double dragY;

    public Attractor3DView(GlRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        imageView.setManaged(false);
        imageView.setPreserveRatio(false);
        imageView.setSmooth(true);
        getChildren().add(imageView);
        setMinSize(1, 1);
        setPrefSize(640, 480);
        widthProperty().addListener((obs, was, now) -> requestRender());
        heightProperty().addListener((obs, was, now) -> requestRender());
        camera.addListener((obs, was, now) -> requestRender());
        setOnMousePressed(this::onMousePressed);
        setOnMouseDragged(this::onMouseDragged);
        setOnScroll(this::onScroll);
    }

    /** Shows {@code newScene} and adopts its camera (so {@link #cameraProperty()} becomes {@code newScene.camera()}). */
    public void setScene(Scene3D newScene) {
        Objects.requireNonNull(newScene, "scene");
        scene = newScene;
        if (newScene.camera().equals(camera.get())) {
            requestRender();
        } else {
            camera.set(newScene.camera()); // its listener requests the render
        }
    }

    /** The scene last given to {@link #setScene} (its camera may differ from {@link #cameraProperty()}), or null. */
    public Scene3D getScene3D() {
        return scene;
    }

    /** The camera used for rendering; set it to move the view. */
    public ObjectProperty<OrbitCamera> cameraProperty() {
        return camera;
    }

    /** The frame most recently shown (set on the FX thread). */
    public ReadOnlyObjectProperty<Frame> lastFrameProperty() {
        return lastFrame.getReadOnlyProperty();
    }

    /** The failure of the most recent render, or null after a successful one. */
    public ReadOnlyObjectProperty<Throwable> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    @Override
    protected void layoutChildren() {
        imageView.relocate(0, 0);
        imageView.setFitWidth(getWidth());
        imageView.setFitHeight(getHeight());
    }

    private void requestRender() {
        if (scene == null || camera.get() == null) {
            return;
        }
        if (renderInFlight) {
            renderPending = true;
            return;
        }
        double scale = outputScale();
        int w = (int) Math.ceil(getWidth() * scale);
        int h = (int) Math.ceil(getHeight() * scale);
        if (w < 1 || h < 1) {
            return;
        }
        w = Math.min(w, GlRenderer.MAX_SIZE);
        h = Math.min(h, GlRenderer.MAX_SIZE);
        renderInFlight = true;
        renderPending = false;
        renderer.render(scene.withCamera(camera.get()), w, h)
                .whenComplete((frame, error) -> Platform.runLater(() -> onRendered(frame, error)));
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1.0 : Math.max(1.0, window.getOutputScaleX());
    }

    private void onRendered(Frame frame, Throwable error) {
        renderInFlight = false;
        if (error != null) {
            lastError.set(error);
        } else {
            show(frame);
            lastError.set(null);
            lastFrame.set(frame);
        }
        if (renderPending) {
            requestRender();
        }
    }

    private void show(Frame frame) {
        if (pixelBuffer == null || pixelBuffer.getWidth() != frame.width() || pixelBuffer.getHeight() != frame.height()) {
            IntBuffer buffer = ByteBuffer.allocateDirect(4 * frame.width() * frame.height())
                    .order(ByteOrder.nativeOrder()).asIntBuffer();
            frame.copyTo(buffer);
            pixelBuffer = new PixelBuffer<>(frame.width(), frame.height(), buffer, PixelFormat.getIntArgbPreInstance());
            imageView.setImage(new WritableImage(pixelBuffer));
        } else {
            pixelBuffer.updateBuffer(b -> {
                frame.copyTo(b.getBuffer());
                return null;
            });
        }
    }

    private void onMousePressed(MouseEvent e) {
        dragX = e.getX();
        dragY = e.getY();
        requestFocus();
    }

    private void onMouseDragged(MouseEvent e) {
        OrbitCamera current = camera.get();
        double dx = e.getX() - dragX;
        double dy = e.getY() - dragY;
        dragX = e.getX();
        dragY = e.getY();
        if (current == null || (dx == 0 && dy == 0)) {
            return;
        }
        boolean pan = e.getButton() == MouseButton.SECONDARY || e.isSecondaryButtonDown() && !e.isPrimaryButtonDown()
                || e.isShiftDown();
        if (pan) {
            // a drag across the whole (narrower) side moves the target by the visible extent there
            double side = Math.max(1.0, Math.min(getWidth(), getHeight()));
            double visible = 2 * Math.tan(Math.toRadians(current.fovDeg()) / 2);
            camera.set(current.panned(-dx / side * visible, dy / side * visible));
        } else if (e.isPrimaryButtonDown()) {
            camera.set(current.rotated(-dx * DEGREES_PER_PIXEL, dy * DEGREES_PER_PIXEL));
        }
    }

    private void onScroll(ScrollEvent e) {
        OrbitCamera current = camera.get();
        if (current == null || e.getDeltaY() == 0) {
            return;
        }
        camera.set(current.zoomed(Math.pow(ZOOM_PER_SCROLL_UNIT, e.getDeltaY())));
    }
}
