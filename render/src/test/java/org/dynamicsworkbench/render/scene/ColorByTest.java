package org.dynamicsworkbench.render.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorByTest {

    @Test
    void idsRoundTrip() {
        assertEquals("time", ColorBy.time().id());
        assertEquals("speed", ColorBy.speed().id());
        assertEquals("x", ColorBy.component(0).id());
        assertEquals("y", ColorBy.component(1).id());
        assertEquals("z", ColorBy.component(2).id());
        assertEquals("component:3", ColorBy.component(3).id());
        for (ColorBy by : new ColorBy[] {ColorBy.time(), ColorBy.speed(), ColorBy.component(0), ColorBy.component(2),
                                         ColorBy.component(17)}) {
            assertEquals(by, ColorBy.fromId(by.id()));
        }
        assertEquals(ColorBy.component(1), ColorBy.fromId("component:1"));
        assertEquals(ColorBy.speed(), ColorBy.fromId(" Speed "));
    }

    @Test
    void rejectsUnknownIdsAndInconsistentRecords() {
        for (String bad : new String[] {"w", "component:", "component:-1", "component:x", "", "velocity"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColorBy.fromId(bad));
            assertTrue(e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("time, speed"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> ColorBy.component(-1));
        assertThrows(IllegalArgumentException.class, () -> new ColorBy(ColorBy.Mode.TIME, 2));
        assertThrows(IllegalArgumentException.class, () -> new ColorBy(null, -1));
    }
}
