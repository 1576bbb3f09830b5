package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Reliability;
import org.cartellab.evidence.Source;
import org.cartellab.law.KnowledgeBase;
import java.time.LocalDate;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.Evidence;
import org.cartellab.policy.LegalBasis;
import org.cartellab.policy.Lever;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.LeverSettings;
import org.cartellab.policy.OutsideModelOutcome;
import org.cartellab.policy.Range;
import org.cartellab.policy.RiskDimension;
import org.cartellab.policy.RiskRating;

/** Plain-text rendering of catalog entries for the terminal. */
final class CoaText {
    static final int WIDTH = 100;

    private CoaText() {}

    /** Prints one course of action; {@code c} is already localized (see {@link org.cartellab.i18n.Localizer}). */
    static void show(PrintWriter out, Catalog catalog, CourseOfAction c, Messages m) {
        EvidenceCatalog ledger = catalog.sources();
        out.println(c.title() + "  [" + c.id() + "]");
        wrap(out, CoaNotice.text(m), "");
        out.println(m.get("coa.show.entry_file", TerminalText.bundled(catalog.origin(c.id()), m)));

        heading(out, m.get("coa.show.what"));
        wrap(out, c.summary(), "  ");

        heading(out, m.get("coa.show.seeds"));
        if (c.seeds().isEmpty()) out.println("  " + m.get("common.none"));
        for (String s : c.seeds()) {
            Source src = ledger.seed(s).orElseThrow();
            Reliability r = src.reliability();
            out.println("  " + s + "  " + (r == null ? m.get("coa.show.ungraded") : m.get("grade." + r.grade().id())) + ": " + src.title());
            if (r != null) wrap(out, m.localizer().reliabilityReason(src), "        ");
            CoaRecordLinks.seed(out, s, m);
        }

        heading(out, m.get("coa.show.levers"));
        if (c.levers().isEmpty()) out.println("  " + m.get("coa.show.no_levers"));
        for (LeverEffect e : c.levers()) {
            Range r = e.effect();
            out.println("  " + e.lever().id() + " (" + m.getOr("lever.unit." + e.lever().id(), e.lever().unit()) + "): " + effect(e.lever(), r.low(), m) + " / "
                    + effect(e.lever(), r.central(), m) + " / " + effect(e.lever(), r.high(), m));
            out.println("      " + m.get("coa.show.timing", e.startWeek(), e.rampWeeks())
                    + (e.scaledByCooperation() ? m.get("coa.show.scaled") : m.get("coa.show.independent")));
            if (!e.settings().isEmpty()) out.println("      " + m.get("coa.show.settings") + " " + settings(e, m));
            evidence(out, e.evidence(), "      ", m);
        }

        heading(out, m.get("coa.show.authorities"));
        legal(out, c, LegalBasis.Role.AUTHORITY, m);
        heading(out, m.get("coa.show.constraints"));
        legal(out, c, LegalBasis.Role.CONSTRAINT, m);
        PathwayText.show(out, c, KnowledgeBase.bundled(), LocalDate.now(), m);

        heading(out, m.get("coa.show.risks"));
        for (RiskDimension d : RiskDimension.values()) {
            RiskRating r = c.risks().get(d);
            out.println(String.format(Locale.ROOT, "  %-28s %d %-8s %s", m.getOr("risk." + d.id(), d.id()), r.level(), m.get("risk.level." + r.level()),
                    m.get(r.judgment() ? "coa.judgment_tag" : "coa.sourced_tag")));
            wrap(out, r.rationale(), "      ");
            riskEvidence(out, r, "      ", m);
        }

        heading(out, m.get("coa.show.outside"));
        if (c.outsideModel().isEmpty()) out.println("  " + m.get("common.none"));
        for (OutsideModelOutcome o : c.outsideModel()) {
            Range r = o.range();
            out.println("  " + o.metric() + ": " + num(r.low()) + " / " + num(r.central()) + " / " + num(r.high()) + " " + o.unit());
            evidence(out, o.evidence(), "      ", m);
        }

        CoaRecordLinks.section(out, c.id(), m);

        heading(out, m.get("coa.show.sources"));
        for (String id : citedSources(c)) {
            Source s = ledger.get(id);
            wrap(out, "[" + id + "] (" + m.getOr("source.kind." + s.kind().id(), s.kind().id()) + ") " + s.citation(), "  ");
        }
        out.println();
        wrap(out, CoaNotice.text(m), "");
    }

    /** Every source id an entry cites, in order of first use (seeds first). */
    static List<String> citedSources(CourseOfAction c) {
        Set<String> ids = new LinkedHashSet<>();
        for (String s : c.seeds()) ids.add(EvidenceCatalog.SEED_PREFIX + s);
        for (LeverEffect e : c.levers()) ids.addAll(e.evidence().sources());
        for (LegalBasis l : c.legal()) if (!l.source().isEmpty()) ids.add(l.source());
        for (RiskDimension d : RiskDimension.values()) ids.addAll(c.risks().get(d).evidence().sources());
        for (OutsideModelOutcome o : c.outsideModel()) ids.addAll(o.evidence().sources());
        return new ArrayList<>(ids);
    }

    private static void legal(PrintWriter out, CourseOfAction c, LegalBasis.Role role, Messages m) {
        boolean any = false;
        for (LegalBasis l : c.legal()) {
            if (l.role() != role) continue;
            any = true;
            String ref = l.provision().isEmpty() ? m.get("coa.show.source") + " " + l.source()
                    : m.get("coa.show.law") + " " + l.provision() + (l.source().isEmpty() ? "" : "; " + m.get("coa.show.source") + " " + l.source());
            out.println("  [" + l.jurisdiction() + "] " + l.citation() + "  (" + ref + ")");
            wrap(out, l.note(), "      ");
        }
        if (!any) out.println("  " + m.get("coa.show.none_listed"));
    }

    /** A risk level's basis: the fact and why it gives the level, or the judgment's reasoning (and a low-reliability caveat). */
    private static void riskEvidence(PrintWriter out, RiskRating r, String indent, Messages m) {
        Evidence e = r.evidence();
        if (r.judgment()) {
            String informed = e.sources().isEmpty() ? "" : " " + m.get("coa.risk.informed", String.join(", ", e.sources()));
            wrap(out, m.get("coa.risk.judgment") + informed + " - " + e.rationale(), indent);
            if (r.lowReliabilityOnly()) wrap(out, m.get("coa.risk.caution", String.join(", ", e.sources())), indent);
        } else {
            wrap(out, m.get("coa.risk.fact", String.join(", ", e.sources())) + " " + r.fact(), indent);
            wrap(out, m.get("coa.risk.why") + " " + e.rationale(), indent);
        }
    }

    private static void evidence(PrintWriter out, Evidence e, String indent, Messages m) {
        String tag = e.assumption() ? (e.sources().isEmpty() ? m.get("coa.assumption") : m.get("coa.assumption_informed", String.join(", ", e.sources())))
                : m.get("coa.show.source") + " " + String.join(", ", e.sources());
        wrap(out, tag + " - " + e.rationale(), indent);
    }

    static String settings(LeverEffect e) { return settings(e, Messages.english()); }

    static String settings(LeverEffect e, Messages m) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> s : new TreeMap<>(e.settings()).entrySet()) {
            Object v = s.getValue();
            if (s.getKey().equals(LeverSettings.TARGETS)) {
                parts.add(v instanceof Integer k ? m.get("coa.targets_top", k) : m.get("coa.targets_nodes", v));
            } else {
                parts.add(s.getKey() + " = " + (v instanceof Double d ? num(d) : v));
            }
        }
        return String.join("; ", parts);
    }

    /** An effect value in the lever's unit: "x1.05" for multipliers, "+0.05" for changes, "2" for counts. */
    static String effect(Lever lever, double v) { return effect(lever, v, Messages.english()); }

    static String effect(Lever lever, double v, Messages m) {
        return switch (lever) {
            case COOPERATION -> String.format(Locale.ROOT, "%+.2f", v);
            case LEADERSHIP_REMOVAL -> num(v) + " " + (v == 1 ? m.get("coa.faction") : m.get("coa.factions"));
            default -> "x" + num(v);
        };
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%.4g", v).replaceFirst("(\\.\\d*?)0+$", "$1").replaceFirst("\\.$", "");
    }

    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    static void heading(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    /** Prints text wrapped at {@link #WIDTH}, every line with the indent. */
    static void wrap(PrintWriter out, String text, String indent) {
        StringBuilder line = new StringBuilder(indent);
        if (text.isBlank()) return;
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) line.append(' ');
            line.append(word);
        }
        if (line.length() > indent.length()) out.println(line);
    }

    /** Prints rows as left-aligned columns; the first row is the header. */
    static void table(PrintWriter out, List<String[]> rows) {
        int cols = rows.get(0).length;
        int[] w = new int[cols];
        for (String[] r : rows) for (int i = 0; i < cols; i++) w[i] = Math.max(w[i], r[i].length());
        for (String[] r : rows) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < cols; i++) {
                if (i > 0) b.append("  ");
                b.append(i == cols - 1 ? r[i] : String.format(Locale.ROOT, "%-" + w[i] + "s", r[i]));
            }
            out.println(b.toString().stripTrailing());
        }
    }
}
