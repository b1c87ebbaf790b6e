package org.gigasim.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.gigasim.model.metrics.Dimension;
import org.gigasim.model.metrics.AnswerSelection;
import org.gigasim.model.metrics.SeriesKey;
import org.gigasim.model.spec.AnswerSpec;

/**
 * The {@code answer} array of {@code summary.json} and {@code compare.json}: written as in the
 * scenario file, read back by {@code gigasim show} and the report. Which series an answer
 * selects is {@link AnswerSelection}'s business.
 */
public final class Answers {

    private Answers() {
    }

    /** Whether {@code key} is one of the series {@code answer} selects. */
    public static boolean matches(AnswerSpec answer, SeriesKey key) {
        return AnswerSelection.matches(answer, key);
    }

    /** Whether {@code key} is selected by any of {@code answers}. */
    public static boolean matchesAny(List<AnswerSpec> answers, SeriesKey key) {
        return AnswerSelection.matchesAny(answers, key);
    }

    /** Writes {@code answers} as an {@code answer} array of objects with the fields given, as in the scenario file. */
    public static void write(ObjectNode node, List<AnswerSpec> answers) {
        ArrayNode array = node.putArray("answer");
        for (AnswerSpec a : answers) {
            ObjectNode entry = array.addObject();
            entry.put("metric", a.metric());
            for (Dimension d : Dimension.values()) {
                if (AnswerSelection.value(a, d) != null) {
                    entry.put(d.column(), AnswerSelection.value(a, d));
                }
            }
            if (!a.by().isEmpty()) {
                a.by().forEach(entry.putArray("by")::add);
            }
        }
    }

    /** Reads the {@code answer} array {@link #write} wrote; entries without a metric are left out. */
    public static List<AnswerSpec> read(JsonNode node) {
        List<AnswerSpec> answers = new ArrayList<>();
        for (JsonNode e : node.path("answer")) {
            if (!e.path("metric").isTextual()) {
                continue;
            }
            String[] dims = new String[Dimension.values().length];
            for (Dimension d : Dimension.values()) {
                dims[d.ordinal()] = e.path(d.column()).isTextual() ? e.get(d.column()).asText() : null;
            }
            List<String> by = new ArrayList<>();
            e.path("by").forEach(b -> by.add(b.asText()));
            answers.add(new AnswerSpec(e.get("metric").asText(), dims[0], dims[1], dims[2], dims[3], dims[4], dims[5],
                    dims[6], dims[7], by));
        }
        return answers;
    }
}
