package org.cartellab.briefing;

/**
 * What a course (or one part of a combination) assumes about Mexico's consent, read from its pathway's conditions,
 * and whether the legal assessment would differ under the other answer. Renderers phrase consent from this record
 * only, so a course assumed to act without consent is never described as needing it.
 *
 * @param part           course id of the part (or of the course)
 * @param assumesConsent the pathway's {@code consent} condition
 * @param inMexico       whether the course acts on Mexican territory, airspace or waters
 * @param consentMatters whether any jurisdiction's assessment or listed provisions change with consent (false when
 *                       consent is fixed)
 * @param consentFixed   whether consent is part of the course's definition, so no variant with the other answer exists
 * @param counterpart    the course id that makes the other assumption, or empty
 */
public record ConsentCondition(String part, boolean assumesConsent, boolean inMexico, boolean consentMatters, boolean consentFixed,
                               String counterpart) {}
