package org.gigasim.model.world;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which lab, if any, comes first on each cloud's free capacity this step. A priority is
 * traced when it starts and stops making a difference (the cloud's free capacity is
 * oversubscribed and the lab gets more than a proportional share), not every step.
 */
final class Priority {

    private final World world;
    private final int[] lab;
    private final String[] actor;
    private final String[] contract;
    private final String[] reason;
    private final boolean[] biting;

    Priority(World world) {
        this.world = world;
        int clouds = world.clouds.size();
        lab = new int[clouds];
        actor = new String[clouds];
        contract = new String[clouds];
        reason = new String[clouds];
        biting = new boolean[clouds];
        Arrays.fill(lab, -1);
    }

    void beginStep() {
        Arrays.fill(lab, -1);
    }

    /** The first claim on a cloud in a step holds; later ones wait for the next step. */
    void claim(String labId, String cloudId, String type, String contractId, String why) {
        Integer l = world.labIndex.get(labId);
        Integer c = world.cloudIndex.get(cloudId);
        if (l != null && c != null && lab[c] < 0) {
            lab[c] = l;
            actor[c] = type;
            contract[c] = contractId;
            reason[c] = why;
        }
    }

    int lab(int c) {
        return lab[c];
    }

    void moved(int c, double t, double h100e) {
        boolean bites = lab[c] >= 0 && h100e > 1e-9;
        if (bites == biting[c]) {
            return;
        }
        biting[c] = bites;
        String cloudId = world.clouds.get(c).id();
        if (bites) {
            String labId = world.labs.get(lab[c]).id();
            world.clauseAction(t, actor[c], contract[c], labId, cloudId, "serve first", String.format(Locale.ROOT,
                    "%s; free capacity is oversubscribed, %s gets %.0f H100e more than a proportional share",
                    reason[c], labId, h100e), h100e);
            world.clauseMoved(actor[c], labId, cloudId, h100e, 0);
        } else {
            world.trace(t, actor[c], contract[c], null, cloudId, "priority idle",
                    "free capacity on " + cloudId + " covers every request, or no lab has priority", Double.NaN);
        }
    }
}
