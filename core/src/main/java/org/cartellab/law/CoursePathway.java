package org.cartellab.law;

/**
 * A course's pathway block with the two computed pathways: {@code assumed} under the course's own conditions and
 * {@code otherConsent} with consent flipped (same claims, same knowledge base, so never written twice).
 * {@code consentMatters} is true when the two differ; renderers then show them side by side.
 */
public record CoursePathway(PathwayBlock block, Pathway assumed, Pathway otherConsent, boolean consentMatters) {
    /** Computes both pathways for a block. */
    public static CoursePathway of(PathwayBlock block, KnowledgeBase kb) {
        Pathway a = PathwayAssessor.assess(block.conditions(), block.claims(), kb);
        Pathway b = PathwayAssessor.assess(block.conditions().withConsent(!block.conditions().consent()), block.claims(), kb);
        return new CoursePathway(block, a, b, a.differsFrom(b));
    }

    /** The pathway with Mexico's consent. */
    public Pathway withConsent() { return block.conditions().consent() ? assumed : otherConsent; }

    /** The pathway without Mexico's consent. */
    public Pathway withoutConsent() { return block.conditions().consent() ? otherConsent : assumed; }
}
