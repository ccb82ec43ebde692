package org.dynamicsworkbench.plugins.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline model without a window: seeking, stepping, playback, live growth and link by step. */
class TimelineTest {

    private static Timeline timeline(long... steps) {
        Timeline t = new Timeline();
        t.setSteps(StepAxis.of(steps));
        return t;
    }

    @Test
    void opensAtTheLastStepAndSnapsSeeks() {
        Timeline t = timeline(0, 25, 100, 400);
        assertEquals(400, t.currentStep());
        t.seek(60);
        assertEquals(25, t.currentStep());
        t.seek(63);
        assertEquals(100, t.currentStep());
        t.stepBack();
        t.stepBack();
        t.stepBack();
        assertEquals(0, t.currentStep());
        t.stepForward();
        assertEquals(25, t.currentStep());
        t.toLast();
        t.stepForward();
        assertEquals(400, t.currentStep());
        t.seekLogPosition(0);
        assertEquals(0, t.currentStep());
    }

    @Test
    void emptyTimelineHasNoStepAndIgnoresMoves() {
        Timeline t = new Timeline();
        assertEquals(-1, t.currentStep());
        t.seek(10);
        t.stepForward();
        t.playingProperty().set(true);
        assertEquals(-1, t.currentStep());
        assertFalse(t.playingProperty().get());
    }

    @Test
    void playsAtTheChosenSpeedCarryingFractionsAndStopsAtTheEnd() {
        Timeline t = timeline(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        t.toFirst();
        t.setSpeed(4);
        t.advance(1); // paused: nothing
        assertEquals(0, t.currentStep());
        t.playingProperty().set(true);
        t.advance(0.1); // 0.4 checkpoint owed
        assertEquals(0, t.currentStep());
        t.advance(0.2); // 1.2: one checkpoint, 0.2 carried
        assertEquals(1, t.currentStep());
        t.advance(0.45); // 0.2 + 1.8 = 2.0
        assertEquals(3, t.currentStep());
        t.advance(10);
        assertEquals(9, t.currentStep());
        assertFalse(t.playingProperty().get());
        t.playingProperty().set(true); // play at the end starts again from the first checkpoint
        assertEquals(0, t.currentStep());
        assertThrows(IllegalArgumentException.class, () -> t.setSpeed(0));
    }

    @Test
    void liveGrowthFollowsTheLastStepOnlyWhenItWasShown() {
        Timeline t = new Timeline();
        t.addStep(0);
        assertEquals(0, t.currentStep());
        t.addStep(25);
        assertEquals(25, t.currentStep());
        t.toFirst();
        t.addStep(100);
        assertEquals(0, t.currentStep());
        assertEquals(3, t.axis().size());
    }

    @Test
    void linkedTimelinesMoveTogetherEachSnappingToItsOwnCheckpoints() {
        Timeline a = timeline(0, 100, 200, 300, 400);
        Timeline b = timeline(0, 90, 250, 410);
        TimelineGroup group = new TimelineGroup();
        group.link(a);
        group.link(b);
        assertEquals(410, b.currentStep()); // joined at a's step 400
        List<Long> seenByB = new ArrayList<>();
        b.currentStepProperty().addListener((o, was, now) -> seenByB.add(now.longValue()));
        a.seek(100);
        assertEquals(90, b.currentStep());
        b.seek(250); // b leads: a snaps to its nearest (200 and 300 tie: the earlier)
        assertEquals(200, a.currentStep());
        assertEquals(250, b.currentStep()); // the follower's snap did not bounce back
        a.playingProperty().set(true);
        a.advance(0.25); // one checkpoint at the default 4 per second: a at 300, b at 250
        assertEquals(300, a.currentStep());
        assertEquals(250, b.currentStep());
        assertEquals(List.of(90L, 250L), seenByB);
        group.unlink(b);
        a.seek(0);
        assertEquals(250, b.currentStep());
        assertEquals(List.of(a), group.members());
        assertTrue(a.currentIndex() == 0);
    }
}
