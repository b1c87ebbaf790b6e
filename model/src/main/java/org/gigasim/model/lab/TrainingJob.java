package org.gigasim.model.lab;

/**
 * A training job: {@code sizeH100e} effective H100e held all at once on one cloud for
 * {@code durationHours} of work. An interruption sends it back to the queue with the
 * work done since its last checkpoint lost.
 */
public final class TrainingJob {

    private final int id;
    private final String lab;
    private final double sizeH100e;
    private final double submittedHours;
    private double remainingWorkHours;
    private double firstStartHours = Double.NaN;
    private double segmentStartHours = Double.NaN;
    private double finishedHours = Double.NaN;
    private double waitHours;
    private double queuedSinceHours;
    private String cloud;
    private int restarts;
    private long finishHandle;

    public TrainingJob(int id, String lab, double sizeH100e, double durationHours, double submittedHours) {
        this.id = id;
        this.lab = lab;
        this.sizeH100e = sizeH100e;
        this.remainingWorkHours = durationHours;
        this.submittedHours = submittedHours;
        this.queuedSinceHours = submittedHours;
    }

    /** Starts (or restarts) on {@code cloudId} at {@code t}; returns when it will finish. */
    public double start(String cloudId, double t) {
        if (Double.isNaN(firstStartHours)) {
            firstStartHours = t;
        }
        waitHours += t - queuedSinceHours;
        cloud = cloudId;
        segmentStartHours = t;
        return t + remainingWorkHours;
    }

    /** Interrupts the job at {@code t}; work since the last checkpoint is lost. */
    public void interrupt(double t, double checkpointHours) {
        double worked = t - segmentStartHours;
        double kept = checkpointHours > 0 ? Math.floor(worked / checkpointHours) * checkpointHours : worked;
        remainingWorkHours -= kept;
        restarts++;
        queuedSinceHours = t;
        cloud = null;
    }

    public void finish(double t) {
        finishedHours = t;
    }

    public int id() {
        return id;
    }

    public String lab() {
        return lab;
    }

    public double sizeH100e() {
        return sizeH100e;
    }

    public double submittedHours() {
        return submittedHours;
    }

    public double firstStartHours() {
        return firstStartHours;
    }

    public double finishedHours() {
        return finishedHours;
    }

    /** Hours spent queued, over every wait (before the first start and after interruptions). */
    public double waitHours() {
        return waitHours;
    }

    /** The cloud it runs on, or null while queued. */
    public String cloud() {
        return cloud;
    }

    public int restarts() {
        return restarts;
    }

    public long finishHandle() {
        return finishHandle;
    }

    public void setFinishHandle(long handle) {
        finishHandle = handle;
    }
}
