package org.gigasim.model.world.core;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gigasim.model.site.Site;

/** Every site of the world, in the order they joined it (the scenario's, then {@code add_site} events). */
public final class Sites {

    private final Map<String, Site> byId = new LinkedHashMap<>();

    public void add(Site site) {
        byId.put(site.id(), site);
    }

    /** The site with {@code id}, or null. */
    public Site get(String id) {
        return byId.get(id);
    }

    /** Every site, in joining order (read-only). */
    public Collection<Site> all() {
        return Collections.unmodifiableCollection(byId.values());
    }
}
