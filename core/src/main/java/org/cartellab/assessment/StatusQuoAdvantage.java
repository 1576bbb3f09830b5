package org.cartellab.assessment;

import java.util.Optional;

/**
 * Why the status quo ranks high in the decision matrix partly by construction: as the course without levers its
 * modelled outcomes are no change against itself (normalised 0.5 on the modelled scales), it needs no new legal basis
 * (legal criterion at its best) and it adds few risks of its own, so the legal and risk criteria give it nearly their
 * full weight. Found from the matrix, never assumed: present only when the status quo is compared, ranks among the
 * first {@value #TOP_RANKS}, its legal score is at the scale's best (normalised 1) and the weighted mean of its
 * normalised risk scores is at least {@value #RISK_AT_BEST} (at most 0.4 of a level on the 0-4 scale on average), with
 * some weight on the legal and risk criteria.
 *
 * @param statusQuoId    its course id
 * @param rank           its rank (1 = first)
 * @param courses        courses ranked
 * @param score          its weighted score (0..1 on the fixed scales)
 * @param legalScore     its normalised legal score (1 = best)
 * @param riskScore      the weight-averaged normalised score of its risk criteria (1 = no risk on any)
 * @param fromLegalAndRisk the part of {@code score} that comes from the legal and risk criteria
 * @param legalAndRiskWeight the weight the legal and risk criteria carry together (normalised weights, sum 1)
 */
public record StatusQuoAdvantage(String statusQuoId, int rank, int courses, double score, double legalScore, double riskScore,
                                 double fromLegalAndRisk, double legalAndRiskWeight) {
    /** The ranks at which the note is given. */
    public static final int TOP_RANKS = 3;
    /** The least weighted mean normalised risk score that counts as near-zero new risks. */
    public static final double RISK_AT_BEST = 0.9;

    /** The note's figures for {@code m}, or empty when the status quo is absent, ranks lower or is not at its best on legal and risks. */
    public static Optional<StatusQuoAdvantage> of(DecisionMatrix m) {
        Optional<DecisionMatrix.Row> sq = m.statusQuoRow();
        if (sq.isEmpty()) return Optional.empty();
        DecisionMatrix.Row r = sq.get();
        if (r.rank() > TOP_RANKS) return Optional.empty();
        double[] w = m.weights().normalised();
        double legal = r.normalised().get(Criterion.LEGAL_BURDEN);
        double riskWeight = 0;
        double risk = 0;
        double part = 0;
        double partWeight = 0;
        for (Criterion c : Criterion.values()) {
            double wc = w[c.ordinal()];
            if (c.group() == Criterion.Group.MODELLED) continue;
            part += wc * r.normalised().get(c);
            partWeight += wc;
            if (c.group() == Criterion.Group.RISK) {
                risk += wc * r.normalised().get(c);
                riskWeight += wc;
            }
        }
        double riskScore = riskWeight > 0 ? risk / riskWeight : 1;
        if (partWeight <= 0 || legal < 1 || riskScore < RISK_AT_BEST) return Optional.empty();
        return Optional.of(new StatusQuoAdvantage(r.id(), r.rank(), m.rows().size(), r.score(), legal, riskScore, part, partWeight));
    }
}
