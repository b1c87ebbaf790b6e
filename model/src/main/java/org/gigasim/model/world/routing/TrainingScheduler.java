package org.gigasim.model.world.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.gigasim.engine.Simulation;
import org.gigasim.engine.random.RandomStreams;
import org.gigasim.model.lab.TrainingJob;
import org.gigasim.model.spec.LabSpec;
import org.gigasim.model.spec.TrainingSpec;

/**
 * Training jobs of every lab, event-driven: a job arrives, waits in its lab's queue, and
 * starts (at the next routing decision, which its arrival asks for) on the one cloud with the most room in the lab's held capacity once its whole
 * size fits there (gang scheduling). Training has first call on held capacity; inference
 * is routed on what it leaves. If held capacity falls below the running jobs (an outage),
 * the most recently started jobs are interrupted and requeued at the front.
 */
final class TrainingScheduler {

    private final Simulation sim;
    private final Runnable changed;
    private final int cloudCount;
    private final List<LabQueue> labs = new ArrayList<>();
    private final List<TrainingJob> allJobs = new ArrayList<>();
    /** Effective H100e held by running jobs, per lab and cloud. */
    final double[][] use;
    private double[][] held;
    private List<String> cloudIds;
    private final int[] confinedTo;
    private int nextJobId;

    private final class LabQueue {
        final int index;
        final LabSpec lab;
        final TrainingSpec spec;
        final ContinuousSampler gapDays;
        final ContinuousSampler size;
        final ContinuousSampler durationDays;
        final List<TrainingJob> queued = new ArrayList<>();
        final List<TrainingJob> running = new ArrayList<>();
        double firstWaitSumHours;
        int firstStarts;

        LabQueue(int index, LabSpec lab, RandomStreams streams) {
            this.index = index;
            this.lab = lab;
            this.spec = lab.demand().training();
            String prefix = "training/" + lab.id() + "/";
            this.gapDays = spec.arrivalIntervalDays().sampler(streams.stream(prefix + "arrivals"));
            this.size = spec.sizeH100e().sampler(streams.stream(prefix + "size"));
            this.durationDays = spec.durationDays().sampler(streams.stream(prefix + "duration"));
        }
    }

    /** @param changed called when a job arrives or finishes, so the world decides routing again */
    TrainingScheduler(Simulation sim, List<LabSpec> labSpecs, int cloudCount, RandomStreams streams, Runnable changed) {
        this.sim = sim;
        this.changed = changed;
        this.cloudCount = cloudCount;
        this.use = new double[labSpecs.size()][cloudCount];
        this.confinedTo = new int[labSpecs.size()];
        java.util.Arrays.fill(confinedTo, -1);
        for (int l = 0; l < labSpecs.size(); l++) {
            LabSpec lab = labSpecs.get(l);
            labs.add(lab.demand().training() == null ? null : new LabQueue(l, lab, streams));
        }
    }

    /** Schedules each lab's first arrival; {@code held} is the router's live held-capacity table. */
    void start(double[][] heldCapacity, List<String> clouds, double endHours) {
        this.held = heldCapacity;
        this.cloudIds = clouds;
        for (LabQueue q : labs) {
            if (q != null) {
                scheduleArrival(q, endHours);
            }
        }
    }

    private void scheduleArrival(LabQueue q, double endHours) {
        double at = sim.now() + Math.max(0, q.gapDays.sample()) * 24;
        if (at < endHours) {
            sim.scheduleAt(at, s -> {
                double duration = Math.max(0, q.durationDays.sample()) * 24;
                double size = Math.max(0, q.size.sample()) * growth(q, s.now());
                TrainingJob job = new TrainingJob(nextJobId++, q.lab.id(), size, duration, s.now());
                allJobs.add(job);
                q.queued.add(job);
                changed.run();
                scheduleArrival(q, endHours);
            });
        }
    }

    /** Lets lab {@code l}'s jobs start only on cloud {@code c} (-1: anywhere); running jobs stay where they are. */
    void confine(int l, int c) {
        confinedTo[l] = c;
    }

    /** Starts queued jobs of lab {@code l} while the next one fits on some cloud it may use. */
    void tryStart(int l) {
        LabQueue q = labs.get(l);
        if (q == null) {
            return;
        }
        if (q.spec.discipline().equals("smallest_first")) {
            q.queued.sort(Comparator.comparingDouble(TrainingJob::sizeH100e));
        }
        while (!q.queued.isEmpty()) {
            TrainingJob job = q.queued.get(0);
            int best = -1;
            double bestRoom = -1;
            for (int c = 0; c < cloudCount; c++) {
                if (confinedTo[l] >= 0 && c != confinedTo[l]) {
                    continue;
                }
                double room = held[l][c] - use[l][c];
                if (room > bestRoom) {
                    best = c;
                    bestRoom = room;
                }
            }
            // A relative tolerance keeps rounding in the held capacity from blocking an exact fit.
            if (best < 0 || bestRoom < job.sizeH100e() * (1 - 1e-12)) {
                return;
            }
            q.queued.remove(0);
            double t = sim.now();
            double finishAt = job.start(cloudIds.get(best), t);
            if (job.restarts() == 0) {
                q.firstWaitSumHours += t - job.submittedHours();
                q.firstStarts++;
            }
            use[l][best] += job.sizeH100e();
            q.running.add(job);
            int cloud = best;
            job.setFinishHandle(sim.scheduleAt(finishAt, s -> finish(q, job, cloud)));
        }
    }

    private void finish(LabQueue q, TrainingJob job, int cloud) {
        job.finish(sim.now());
        use[q.index][cloud] -= job.sizeH100e();
        q.running.remove(job);
        changed.run();
    }

    /** Interrupts jobs of lab {@code l} on cloud {@code c} until they fit its held capacity. */
    void ensureFits(int l, int c) {
        LabQueue q = labs.get(l);
        if (q == null) {
            return;
        }
        for (int i = q.running.size() - 1; i >= 0 && use[l][c] > held[l][c] * (1 + 1e-12) + 1e-9; i--) {
            TrainingJob job = q.running.get(i);
            if (!job.cloud().equals(cloudIds.get(c))) {
                continue;
            }
            sim.cancel(job.finishHandle());
            job.interrupt(sim.now(), q.spec.checkpointHours());
            use[l][c] -= job.sizeH100e();
            q.running.remove(i);
            q.queued.add(0, job);
        }
    }

    /** Effective H100e of lab {@code l}'s jobs waiting in its queue. */
    double queuedH100e(int l) {
        LabQueue q = labs.get(l);
        if (q == null) {
            return 0;
        }
        double sum = 0;
        for (TrainingJob job : q.queued) {
            sum += job.sizeH100e();
        }
        return sum;
    }

    /** Hours lab {@code l}'s jobs waited from submission to their first start, summed over the jobs started so far. */
    double firstStartWaitHours(int l) {
        LabQueue q = labs.get(l);
        return q == null ? 0 : q.firstWaitSumHours;
    }

    /** How many of lab {@code l}'s jobs have started at least once. */
    double firstStarts(int l) {
        LabQueue q = labs.get(l);
        return q == null ? 0 : q.firstStarts;
    }

    boolean hasTraining(int l) {
        return labs.get(l) != null;
    }

    /**
     * Expected effective H100e lab {@code l}'s training keeps busy now: arrival rate × size
     * (grown to now) × duration.
     */
    double expectedLoadH100e(int l) {
        LabQueue q = labs.get(l);
        if (q == null) {
            return 0;
        }
        return q.spec.sizeH100e().mean() * growth(q, sim.now()) * q.spec.durationDays().mean()
                / q.spec.arrivalIntervalDays().mean();
    }

    /** The factor job sizes have grown by at {@code t}: exactly 1 without growth. */
    private static double growth(LabQueue q, double t) {
        double g = q.spec.sizeGrowthPerYear();
        return g == 0 ? 1 : Math.pow(1 + g, t / 8760.0);
    }

    List<TrainingJob> jobs() {
        return allJobs;
    }
}
