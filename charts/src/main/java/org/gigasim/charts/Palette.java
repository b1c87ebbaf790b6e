package org.gigasim.charts;

import java.awt.Color;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One colour per id (a cloud, a lab or a vendor), the same in every chart of a run: ids are
 * given colours from a colour-blind-safe palette (Okabe–Ito, then Paul Tol's muted scheme) in
 * sorted order; an id the palette was not built with gets a colour from a stable hash of its name.
 */
public final class Palette {

    /** Okabe–Ito (without yellow, weak on white, placed last), then Paul Tol's muted colours. */
    static final Color[] COLOURS = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0x000000), new Color(0x332288),
        new Color(0x117733), new Color(0x882255), new Color(0x999933), new Color(0x44AA99),
        new Color(0xAA4499), new Color(0xCC6677), new Color(0x88CCEE), new Color(0xDDCC77),
        new Color(0xF0E442),
    };

    /** Traffic classes in their usual order, with fixed colours. */
    static final Map<String, Color> TRAFFIC_CLASSES = Map.of(
            "training", new Color(0x332288), "stateless_api", new Color(0x44AA99),
            "stateful", new Color(0xDDCC77), "first_party", new Color(0xCC6677));

    private final Map<String, Color> colours = new TreeMap<>();

    /** A palette for {@code ids}, assigned in sorted order. */
    public Palette(Collection<String> ids) {
        int i = 0;
        for (String id : new TreeSet<>(ids)) {
            colours.put(id, i < COLOURS.length ? COLOURS[i] : hashed(id));
            i++;
        }
    }

    /** The colour of {@code id}. */
    public Color colour(String id) {
        Color c = colours.get(id);
        return c != null ? c : hashed(id);
    }

    /** The colour of a traffic class (a stable hash for one not known). */
    static Color trafficClass(String id) {
        Color c = TRAFFIC_CLASSES.get(id);
        return c != null ? c : hashed(id);
    }

    private static Color hashed(String id) {
        int h = 0;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return COLOURS[Math.floorMod(h, COLOURS.length)];
    }

    /** {@code colour} with the given alpha (0–255), for bands and unserved layers. */
    static Color alpha(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
