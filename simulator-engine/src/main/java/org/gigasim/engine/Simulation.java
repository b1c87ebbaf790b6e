package org.gigasim.engine;

import java.util.Arrays;

/**
 * A discrete-event simulation: a clock in hours and the actions pending on it. Time only
 * moves forward, to the time of the next action; actions at equal times run in the order
 * they were scheduled. No state is global, so any number of simulations may run side by
 * side on different threads.
 *
 * <pre>{@code
 * Simulation sim = new Simulation();
 * sim.schedule(2.0, s -> System.out.println("two hours in: " + s.now()));
 * long handle = sim.scheduleAt(5.0, s -> System.out.println("never printed"));
 * sim.cancel(handle);
 * sim.run();
 * }</pre>
 */
public final class Simulation {

    private static final EventListener[] NO_LISTENERS = {};

    private final EventQueue queue;
    private EventListener[] listeners = NO_LISTENERS;
    private double now;
    private long eventsRun;
    private boolean stopRequested;
    private boolean running;

    /** A simulation at time 0 with no pending action. */
    public Simulation() {
        this(256);
    }

    /** A simulation whose queue is sized for about {@code expectedPending} actions. */
    public Simulation(int expectedPending) {
        this.queue = new EventQueue(expectedPending);
    }

    /** The current time, in hours since the start. */
    public double now() {
        return now;
    }

    /** Number of actions run so far. */
    public long eventsRun() {
        return eventsRun;
    }

    /** Number of actions scheduled and not yet run or cancelled. */
    public int pending() {
        return queue.size();
    }

    /**
     * Schedules {@code action} at absolute time {@code timeHours} and returns a handle for
     * {@link #cancel(long)}.
     *
     * @throws IllegalArgumentException if the time is NaN, infinite or before {@link #now()}
     */
    public long scheduleAt(double timeHours, Action action) {
        if (!(timeHours >= now) || timeHours == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(describeBadTime(timeHours));
        }
        if (action == null) {
            throw new IllegalArgumentException("cannot schedule a null action");
        }
        return queue.add(timeHours, action);
    }

    /**
     * Schedules {@code action} {@code delayHours} after now and returns a handle for
     * {@link #cancel(long)}.
     *
     * @throws IllegalArgumentException if the delay is NaN, infinite or negative
     */
    public long schedule(double delayHours, Action action) {
        if (!(delayHours >= 0) || delayHours == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("cannot schedule after a delay of " + delayHours
                    + " h: a delay must be a finite number of hours, zero or more");
        }
        return scheduleAt(now + delayHours, action);
    }

    /**
     * Cancels a pending action. Returns true if it was pending, false if it has already run
     * or been cancelled.
     */
    public boolean cancel(long handle) {
        return queue.cancel(handle);
    }

    /** Adds a listener called around every action, after those already added. */
    public void addListener(EventListener listener) {
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = listener;
    }

    /** Asks the running loop to return once the current action has finished. */
    public void stop() {
        stopRequested = true;
    }

    /** Runs actions until none is pending or {@link #stop()} is called. */
    public void run() {
        runUntil(Double.POSITIVE_INFINITY);
    }

    /**
     * Runs every action due at or before {@code timeHours}, then moves the clock to
     * {@code timeHours} (unless stopped first, or the time is infinite).
     */
    public void runUntil(double timeHours) {
        if (Double.isNaN(timeHours) || timeHours < now) {
            throw new IllegalArgumentException(describeBadTime(timeHours));
        }
        if (running) {
            throw new IllegalStateException("the simulation is already running; an action may"
                    + " schedule more actions or call stop(), not run the loop again");
        }
        running = true;
        stopRequested = false;
        try {
            // peekTime() is +Infinity on an empty queue, so test emptiness explicitly.
            while (!stopRequested && !queue.isEmpty() && queue.peekTime() <= timeHours) {
                fireNext();
            }
            if (!stopRequested && timeHours != Double.POSITIVE_INFINITY) {
                now = timeHours;
            }
        } finally {
            running = false;
        }
    }

    /** Runs the earliest pending action, if any; returns false when none is pending. */
    public boolean step() {
        if (running) {
            throw new IllegalStateException("step() called from inside a running action");
        }
        running = true;
        try {
            return fireNext();
        } finally {
            running = false;
        }
    }

    private boolean fireNext() {
        Action action = queue.poll();
        if (action == null) {
            return false;
        }
        now = queue.polledTime();
        EventListener[] observers = listeners;
        if (observers.length == 0) {
            action.run(this);
        } else {
            for (EventListener listener : observers) {
                listener.beforeEvent(now, action);
            }
            action.run(this);
            for (EventListener listener : observers) {
                listener.afterEvent(now, action);
            }
        }
        eventsRun++;
        return true;
    }

    private String describeBadTime(double timeHours) {
        if (Double.isNaN(timeHours)) {
            return "cannot use time NaN: a time must be a number of hours";
        }
        if (Double.isInfinite(timeHours)) {
            return "cannot schedule at an infinite time";
        }
        return "cannot use time " + timeHours + " h: it is before now (" + now + " h)";
    }
}
