package org.cartellab.law;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The legal pathway of a course under one set of conditions: one {@link JurisdictionPathway} per jurisdiction, US first. */
public record Pathway(Conditions conditions, List<JurisdictionPathway> jurisdictions) {
    public Pathway {
        jurisdictions = List.copyOf(jurisdictions);
    }

    public JurisdictionPathway of(Jurisdiction j) {
        return jurisdictions.stream().filter(p -> p.jurisdiction() == j).findFirst().orElseThrow();
    }

    /** Every knowledge-base id the pathway refers to, in order of first use. */
    public List<String> provisionIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (JurisdictionPathway p : jurisdictions) ids.addAll(p.provisionIds());
        return new ArrayList<>(ids);
    }

    /** Whether the assessment, basis, prohibitions, needs, notices, exposure or open questions differ in any jurisdiction. */
    public boolean differsFrom(Pathway other) {
        for (Jurisdiction j : Jurisdiction.values()) {
            JurisdictionPathway a = of(j);
            JurisdictionPathway b = other.of(j);
            if (a.assessment() != b.assessment() || !a.basis().equals(b.basis()) || !a.prohibitions().equals(b.prohibitions())
                    || !a.needs().equals(b.needs()) || !a.notices().equals(b.notices()) || !a.exposure().equals(b.exposure())
                    || !a.openQuestions().equals(b.openQuestions()) || !a.displaced().equals(b.displaced())) {
                return true;
            }
        }
        return false;
    }
}
