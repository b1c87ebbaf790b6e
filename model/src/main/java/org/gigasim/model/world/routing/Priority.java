package org.gigasim.model.world.routing;

import java.util.Arrays;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/**
 * Which lab, if any, comes first on each cloud's free capacity in this decision. A priority
 * is told to the listener when it starts and stops making a difference (the cloud's free
 * capacity is oversubscribed and the lab gets more than a proportional share), not at
 * every decision.
 */
final class Priority {

    private final Indices indices;
    private final DecisionListener decisions;
    private final int[] lab;
    private final String[] actor;
    private final String[] contract;
    private final String[] reason;
    private final boolean[] biting;

    Priority(Indices indices, DecisionListener decisions) {
        this.indices = indices;
        this.decisions = decisions;
        int clouds = indices.cloudCount();
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

    /** The first claim on a cloud in a decision holds; later ones wait for the next decision. */
    void claim(String labId, String cloudId, String type, String contractId, String why) {
        int l = indices.labIndex(labId);
        int c = indices.cloudIndex(cloudId);
        if (l >= 0 && c >= 0 && lab[c] < 0) {
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
        String cloudId = indices.cloud(c).id();
        if (bites) {
            decisions.prioritised(t, actor[c], contract[c], indices.lab(lab[c]).id(), cloudId, h100e, reason[c]);
        } else {
            decisions.priorityIdle(t, actor[c], contract[c], cloudId);
        }
    }
}
