package org.cartellab.app.web;

import java.util.List;

/** What the comparison page asks for: courses of action by id, the horizon in weeks, and the seed for any draws. */
public record ComparisonRequest(List<String> ids, int weeks, long seed) {
    public ComparisonRequest {
        ids = List.copyOf(ids);
    }
}
