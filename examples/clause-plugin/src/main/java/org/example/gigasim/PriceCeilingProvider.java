package org.example.gigasim;

import java.util.List;
import org.gigasim.model.clause.ClauseProvider;
import org.gigasim.model.clause.ClauseType;

/**
 * Lists this jar's clause types for gigasim, which finds it through
 * {@code META-INF/services/org.gigasim.model.clause.ClauseProvider}.
 */
public final class PriceCeilingProvider implements ClauseProvider {

    @Override
    public List<ClauseType<?>> clauseTypes() {
        return List.of(PriceCeilingClause.TYPE);
    }
}
