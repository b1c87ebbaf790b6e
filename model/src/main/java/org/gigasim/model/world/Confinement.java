package org.gigasim.model.world;

import java.util.Arrays;

/** Where each lab's training may start, as clauses confine it for the step; changes are traced. */
final class Confinement {

    private final World world;
    private final int[] cloud;
    private final int[] lastCloud;
    private final String[] actor;
    private final String[] lastActor;
    private final String[] contract;
    private final String[] reason;

    Confinement(World world) {
        this.world = world;
        int labs = world.labs.size();
        cloud = new int[labs];
        lastCloud = new int[labs];
        actor = new String[labs];
        lastActor = new String[labs];
        contract = new String[labs];
        reason = new String[labs];
        Arrays.fill(cloud, -1);
        Arrays.fill(lastCloud, -1);
    }

    void clear(int l) {
        cloud[l] = -1;
    }

    void confine(int l, String cloudId, double t, String type, String contractId, String why) {
        Integer c = world.cloudIndex.get(cloudId);
        if (c != null) {
            cloud[l] = c;
            actor[l] = type;
            contract[l] = contractId;
            reason[l] = why;
        }
    }

    void traceChanges(int l, double t, String labId) {
        if (cloud[l] == lastCloud[l]) {
            return;
        }
        if (cloud[l] >= 0) {
            world.clauseAction(t, actor[l], contract[l], labId, world.clouds.get(cloud[l]).id(), "confine training",
                    reason[l], world.training.expectedLoadH100e(l));
        } else {
            world.clauseAction(t, lastActor[l], null, labId, world.clouds.get(lastCloud[l]).id(), "release training",
                    "no active clause confines " + labId + "'s training any more", Double.NaN);
        }
        lastCloud[l] = cloud[l];
        lastActor[l] = actor[l];
        world.training.confine(l, cloud[l]);
    }

    int cloud(int l) {
        return cloud[l];
    }
}
