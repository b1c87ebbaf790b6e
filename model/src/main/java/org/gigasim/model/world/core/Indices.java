package org.gigasim.model.world.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gigasim.model.cloud.Cloud;
import org.gigasim.model.lab.Lab;
import org.gigasim.model.spec.AcceleratorSpec;

/**
 * The world's labs, clouds and accelerator types in file order, and their ids ↔ indices.
 * Routing and observation work on indices (arrays, not maps); decisions and outputs use
 * ids. The lists are fixed when the world is built.
 */
public final class Indices {

    private final List<Lab> labs;
    private final List<Cloud> clouds;
    private final List<AcceleratorSpec> accelerators;
    private final List<String> acceleratorIds;
    // The same, as arrays: routing and observation read them by index many times per decision.
    private final Lab[] labArray;
    private final Cloud[] cloudArray;
    private final AcceleratorSpec[] acceleratorArray;
    private final Map<String, Integer> labIndex = new HashMap<>();
    private final Map<String, Integer> cloudIndex = new HashMap<>();
    private final Map<String, Integer> acceleratorIndex = new HashMap<>();

    public Indices(List<Lab> labs, List<Cloud> clouds, List<AcceleratorSpec> accelerators) {
        this.labs = Collections.unmodifiableList(new ArrayList<>(labs));
        this.clouds = Collections.unmodifiableList(new ArrayList<>(clouds));
        this.accelerators = Collections.unmodifiableList(new ArrayList<>(accelerators));
        List<String> ids = new ArrayList<>();
        for (int l = 0; l < labs.size(); l++) {
            labIndex.put(labs.get(l).id(), l);
        }
        for (int c = 0; c < clouds.size(); c++) {
            cloudIndex.put(clouds.get(c).id(), c);
        }
        for (int a = 0; a < accelerators.size(); a++) {
            acceleratorIndex.put(accelerators.get(a).id(), a);
            ids.add(accelerators.get(a).id());
        }
        this.acceleratorIds = Collections.unmodifiableList(ids);
        this.labArray = this.labs.toArray(new Lab[0]);
        this.cloudArray = this.clouds.toArray(new Cloud[0]);
        this.acceleratorArray = this.accelerators.toArray(new AcceleratorSpec[0]);
    }

    public int labCount() {
        return labArray.length;
    }

    public int cloudCount() {
        return cloudArray.length;
    }

    public int acceleratorCount() {
        return acceleratorArray.length;
    }

    public Lab lab(int l) {
        return labArray[l];
    }

    public Cloud cloud(int c) {
        return cloudArray[c];
    }

    public AcceleratorSpec accelerator(int a) {
        return acceleratorArray[a];
    }

    /** The cloud with {@code id}; it must exist (scenario validation checks references). */
    public Cloud cloud(String id) {
        return cloudArray[cloudIndex.get(id)];
    }

    /** The accelerator type with {@code id}; it must exist. */
    public AcceleratorSpec accelerator(String id) {
        return acceleratorArray[acceleratorIndex.get(id)];
    }

    /** The index of lab {@code id}, or -1 if there is none. */
    public int labIndex(String id) {
        Integer l = labIndex.get(id);
        return l == null ? -1 : l;
    }

    /** The index of cloud {@code id}, or -1 if there is none. */
    public int cloudIndex(String id) {
        Integer c = cloudIndex.get(id);
        return c == null ? -1 : c;
    }

    /** The index of accelerator type {@code id}, or -1 if there is none. */
    public int acceleratorIndex(String id) {
        Integer a = acceleratorIndex.get(id);
        return a == null ? -1 : a;
    }

    /** Every lab, by index (read-only). */
    public List<Lab> labs() {
        return labs;
    }

    /** Every cloud, by index (read-only). */
    public List<Cloud> clouds() {
        return clouds;
    }

    /** Every accelerator type, by index (read-only). */
    public List<AcceleratorSpec> accelerators() {
        return accelerators;
    }

    /** Every accelerator id, by index (read-only). */
    public List<String> acceleratorIds() {
        return acceleratorIds;
    }
}
