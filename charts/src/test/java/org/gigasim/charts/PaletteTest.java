package org.gigasim.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void idsTakePaletteColoursInSortedOrderWhateverTheInputOrder() {
        Palette a = new Palette(List.of("oracle", "aws", "azure"));
        Palette b = new Palette(List.of("azure", "oracle", "aws"));
        assertEquals(Palette.COLOURS[0], a.colour("aws"));
        assertEquals(Palette.COLOURS[1], a.colour("azure"));
        for (String id : List.of("aws", "azure", "oracle")) {
            assertEquals(a.colour(id), b.colour(id));
        }
        assertNotEquals(a.colour("aws"), a.colour("oracle"));
    }

    @Test
    void unknownIdGetsAStableHashedColour() {
        Palette p = new Palette(List.of("aws"));
        assertEquals(p.colour("newcloud"), new Palette(List.of("x", "y")).colour("newcloud"));
    }

    @Test
    void compactTickLabelsIgnoreTheLocale() {
        assertEquals("1.5k", CompactFormat.compact(1500));
        assertEquals("2M", CompactFormat.compact(2_000_000));
        assertEquals("-3.25B", CompactFormat.compact(-3.25e9));
        assertEquals("42", CompactFormat.compact(42));
        assertEquals("12.5%", new CompactFormat(true).format(0.125));
    }
}
