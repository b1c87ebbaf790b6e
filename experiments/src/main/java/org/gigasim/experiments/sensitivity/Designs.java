package org.gigasim.experiments.sensitivity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the designs. */
final class Designs {

    private Designs() {
    }

    /** An immutable copy of {@code factors}: at least one, names unique. */
    static List<Factor> checked(List<Factor> factors) {
        List<Factor> copy = List.copyOf(factors);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a sensitivity analysis needs at least one factor");
        }
        Set<String> names = new HashSet<>();
        for (Factor f : copy) {
            if (!names.add(f.name())) {
                throw new IllegalArgumentException("factor " + f.name() + " is given twice");
            }
        }
        return copy;
    }

    static double[][] copyRows(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
