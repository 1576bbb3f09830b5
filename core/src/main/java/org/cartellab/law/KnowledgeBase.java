package org.cartellab.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legal knowledge base: every entry by id in file order, and the date the whole base was last reviewed against
 * public sources (its "as of" date). Immutable.
 */
public final class KnowledgeBase {
    private final LocalDate reviewed;
    private final Map<String, Provision> byId;

    public KnowledgeBase(LocalDate reviewed, List<Provision> entries) {
        if (reviewed == null) throw new IllegalArgumentException("a knowledge base needs a review date");
        this.reviewed = reviewed;
        Map<String, Provision> m = new LinkedHashMap<>();
        for (Provision p : entries) if (m.putIfAbsent(p.id(), p) != null) throw new IllegalArgumentException("duplicate provision id " + p.id());
        this.byId = Collections.unmodifiableMap(m);
    }

    /** The knowledge base bundled with core. */
    public static KnowledgeBase bundled() { return KnowledgeBaseLoader.bundled(); }

    /** The date the base was last reviewed against public sources. */
    public LocalDate reviewed() { return reviewed; }

    /** "As of 2026-11-29 (knowledge base review date)". */
    public String asOf() { return "Law as of " + reviewed + " (review date of the legal knowledge base)"; }

    public Optional<Provision> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The entry with this id; an unknown id is a programming error here (files are validated on load). */
    public Provision get(String id) {
        Provision p = byId.get(id);
        if (p == null) throw new IllegalArgumentException("unknown provision id '" + id + "'");
        return p;
    }

    public boolean contains(String id) { return byId.containsKey(id); }

    public List<Provision> all() { return List.copyOf(byId.values()); }

    public int size() { return byId.size(); }

    /** Entries whose sunset or review date lies before {@code today}. */
    public List<Provision> possiblyStale(LocalDate today) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : byId.values()) if (p.possiblyStale(today)) out.add(p);
        return out;
    }

    /** Entries of one jurisdiction that apply to these conditions, in file order. */
    public List<Provision> applicable(Jurisdiction j, Conditions c) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : byId.values()) if (p.jurisdiction() == j && p.appliesTo(c)) out.add(p);
        return out;
    }
}
