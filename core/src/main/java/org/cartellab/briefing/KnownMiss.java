package org.cartellab.briefing;

/**
 * Something the model is known to get wrong, from a back-test or a stated limit of the calibration.
 *
 * @param statement one or two sentences, with the numbers
 * @param source    where it comes from (a verb, a document, a data set)
 * @param measured  true when it is a measured out-of-sample result, false for a stated limit (e.g. no back-test yet)
 */
public record KnownMiss(String statement, String source, boolean measured) {
    public KnownMiss {
        if (statement == null || statement.isBlank()) throw new IllegalArgumentException("a known miss needs a statement");
        source = source == null ? "" : source;
    }
}
