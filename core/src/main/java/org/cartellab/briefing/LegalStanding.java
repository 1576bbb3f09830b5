package org.cartellab.briefing;

import java.util.List;
import org.cartellab.law.Assessment;
import org.cartellab.law.Jurisdiction;

/**
 * The legal standing of a course (or one part of a combination) in one jurisdiction, under the conditions its
 * pathway assumes, from {@link org.cartellab.law.PathwayAssessor}, and the assessment under the other consent.
 *
 * @param part            the part of a combination it belongs to (its course id), or the course's own id
 * @param jurisdiction    whose law
 * @param assessment      clear, contested or prima facie unlawful under the assumed conditions
 * @param basis           knowledge-base ids of the authorities and exceptions that apply
 * @param prohibitions    knowledge-base ids of the prohibitions that apply
 * @param counter         the strongest counter-argument recorded
 * @param otherConsent    the assessment if Mexico's consent were the opposite of what the course assumes
 */
public record LegalStanding(String part, Jurisdiction jurisdiction, Assessment assessment, List<String> basis, List<String> prohibitions,
                            String counter, Assessment otherConsent) {
    public LegalStanding {
        basis = List.copyOf(basis);
        prohibitions = List.copyOf(prohibitions);
    }
}
