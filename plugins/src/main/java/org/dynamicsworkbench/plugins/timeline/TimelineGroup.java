package org.dynamicsworkbench.plugins.timeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;

/**
 * "Link by step": timelines of several runs that move together. When one member's current step changes (a seek,
 * a step, playback), every other member seeks the same step and so shows its own checkpoint nearest to it; runs
 * with different checkpoint schedules stay aligned by step, not by checkpoint index. FX thread only.
 */
public final class TimelineGroup {
    private final Map<Timeline, ChangeListener<Number>> members = new IdentityHashMap<>();
    private final List<Timeline> order = new ArrayList<>();
    private boolean propagating;

    /**
     * Adds {@code timeline}; it moves at once to the group's step (the first member's), if the group has one.
     * Adding a member twice has no effect.
     */
    public void link(Timeline timeline) {
        if (members.containsKey(timeline)) {
            return;
        }
        ChangeListener<Number> listener = (obs, was, now) -> follow(timeline, now.longValue());
        members.put(timeline, listener);
        order.add(timeline);
        timeline.currentStepProperty().addListener(listener);
        if (order.size() > 1 && order.get(0).currentStep() >= 0) {
            propagating = true;
            try {
                timeline.seek(order.get(0).currentStep());
            } finally {
                propagating = false;
            }
        }
    }

    /** Removes {@code timeline}; it keeps its current step. */
    public void unlink(Timeline timeline) {
        ChangeListener<Number> listener = members.remove(timeline);
        if (listener != null) {
            timeline.currentStepProperty().removeListener(listener);
            order.remove(timeline);
        }
    }

    /** The members in the order they were linked. */
    public List<Timeline> members() {
        return List.copyOf(order);
    }

    private void follow(Timeline leader, long step) {
        if (propagating || step < 0) {
            return;
        }
        propagating = true;
        try {
            for (Timeline t : order) {
                if (t != leader) {
                    t.seek(step);
                }
            }
        } finally {
            propagating = false;
        }
    }
}
