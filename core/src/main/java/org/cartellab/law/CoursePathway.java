package org.cartellab.law;

/**
 * A course's pathway block with the two computed pathways: {@code assumed} under the course's own conditions and
 * {@code otherConsent} with consent flipped (same claims, same knowledge base, so never written twice).
 * {@code consentMatters} is true when the two differ; renderers then show them side by side.
 *
 * <p>When the block fixes consent ({@link PathwayBlock#consentFixed()}: consent is part of the course's definition),
 * no variant with the other answer exists: {@code otherConsent} is the assumed pathway itself and
 * {@code consentMatters} is false, so no renderer can show a contradictory variant (a Mexican-led course "without
 * Mexico's consent"); renderers say instead that consent is part of the course ({@link #consentFixed()}).
 */
public record CoursePathway(PathwayBlock block, Pathway assumed, Pathway otherConsent, boolean consentMatters) {
    public CoursePathway {
        if (block.consentFixed() && (otherConsent != assumed || consentMatters)) {
            throw new IllegalArgumentException("a course whose consent is fixed has no variant with the other answer");
        }
    }

    /** Computes both pathways for a block (one when its consent is fixed). */
    public static CoursePathway of(PathwayBlock block, KnowledgeBase kb) {
        Pathway a = PathwayAssessor.assess(block.conditions(), block.claims(), kb);
        if (block.consentFixed()) return new CoursePathway(block, a, a, false);
        Pathway b = PathwayAssessor.assess(block.conditions().withConsent(!block.conditions().consent()), block.claims(), kb);
        return new CoursePathway(block, a, b, a.differsFrom(b));
    }

    /** Whether Mexico's consent is part of the course's definition (no variant with the other answer). */
    public boolean consentFixed() { return block.consentFixed(); }

    /**
     * The pathway with Mexico's consent.
     *
     * @throws IllegalStateException when the course fixes consent as absent (it has no pathway with consent)
     */
    public Pathway withConsent() {
        if (consentFixed() && !block.conditions().consent()) throw new IllegalStateException("this course is defined without Mexico's consent");
        return block.conditions().consent() ? assumed : otherConsent;
    }

    /**
     * The pathway without Mexico's consent.
     *
     * @throws IllegalStateException when the course fixes consent as given (it has no pathway without consent)
     */
    public Pathway withoutConsent() {
        if (consentFixed() && block.conditions().consent()) throw new IllegalStateException("this course is defined with Mexico's consent");
        return block.conditions().consent() ? otherConsent : assumed;
    }
}
