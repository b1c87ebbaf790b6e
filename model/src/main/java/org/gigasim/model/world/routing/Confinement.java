package org.gigasim.model.world.routing;

import java.util.Arrays;
import org.gigasim.model.world.core.Indices;
import org.gigasim.model.world.decision.DecisionListener;

/** Where each lab's training may start, as clauses confine it for the decision; changes are told to the listener. */
final class Confinement {

    private final Indices indices;
    private final TrainingScheduler training;
    private final DecisionListener decisions;
    private final int[] cloud;
    private final int[] lastCloud;
    private final String[] actor;
    private final String[] lastActor;
    private final String[] contract;
    private final String[] reason;

    Confinement(Indices indices, TrainingScheduler training, DecisionListener decisions) {
        this.indices = indices;
        this.training = training;
        this.decisions = decisions;
        int labs = indices.labCount();
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

    void confine(int l, String cloudId, String type, String contractId, String why) {
        int c = indices.cloudIndex(cloudId);
        if (c >= 0) {
            cloud[l] = c;
            actor[l] = type;
            contract[l] = contractId;
            reason[l] = why;
        }
    }

    /** Tells the listener if lab {@code l}'s confinement changed, and the scheduler where its jobs may start. */
    void publishChanges(int l, double t, String labId) {
        if (cloud[l] == lastCloud[l]) {
            return;
        }
        if (cloud[l] >= 0) {
            decisions.trainingConfined(t, actor[l], contract[l], labId, indices.cloud(cloud[l]).id(),
                    training.expectedLoadH100e(l), reason[l]);
        } else {
            decisions.trainingReleased(t, lastActor[l], labId, indices.cloud(lastCloud[l]).id());
        }
        lastCloud[l] = cloud[l];
        lastActor[l] = actor[l];
        training.confine(l, cloud[l]);
    }

    int cloud(int l) {
        return cloud[l];
    }
}
