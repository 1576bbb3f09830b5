package org.cartellab.policy;

import java.util.List;

/**
 * What a number rests on: ids of sources in the evidence catalog, or {@code assumption = true} where no source gives
 * it (then the range carries the uncertainty), and a one-line rationale in our own words.
 */
public record Evidence(List<String> sources, boolean assumption, String rationale) {
    public Evidence {
        sources = List.copyOf(sources);
        if (sources.isEmpty() && !assumption) throw new IllegalArgumentException("a value needs a source or an explicit assumption flag");
        if (rationale == null || rationale.isBlank()) throw new IllegalArgumentException("a value needs a one-line rationale");
    }
}
