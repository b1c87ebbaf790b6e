package org.gigasim.model.clause.example;

import java.util.List;
import org.gigasim.model.clause.ClauseProvider;
import org.gigasim.model.clause.ClauseType;

/** Contributes the example clause, as an outside jar would, through {@code META-INF/services}. */
public final class ExampleClauseProvider implements ClauseProvider {

    @Override
    public List<ClauseType<?>> clauseTypes() {
        return List.of(MostFavouredNationClause.TYPE);
    }
}
