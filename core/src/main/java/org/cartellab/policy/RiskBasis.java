package org.cartellab.policy;

import java.util.Locale;

/**
 * What a risk level rests on, one name on every surface (terminal, report, JSON, web): {@code SOURCED} (a level-relevant
 * fact from named sources) or {@code JUDGMENT} (the catalog's judgment; any sources support only a direction). A
 * judgment whose every source is a low-reliability report also carries {@link RiskRating#lowReliabilityOnly()}, which
 * every surface shows as a caution naming those sources.
 */
public enum RiskBasis {
    SOURCED, JUDGMENT;

    /** The id written in JSON and CSV ("sourced", "judgment"). */
    public String id() { return name().toLowerCase(Locale.ROOT); }
}
