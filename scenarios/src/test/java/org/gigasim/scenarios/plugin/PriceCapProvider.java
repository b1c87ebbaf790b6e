package org.gigasim.scenarios.plugin;

import java.util.List;
import org.gigasim.model.clause.ClauseProvider;
import org.gigasim.model.clause.ClauseType;

/** Contributes {@code price-cap}, as an outside jar would, through {@code META-INF/services}. */
public final class PriceCapProvider implements ClauseProvider {

    @Override
    public List<ClauseType<?>> clauseTypes() {
        return List.of(PriceCapClause.TYPE);
    }
}
