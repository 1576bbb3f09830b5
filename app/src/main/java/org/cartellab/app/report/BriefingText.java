package org.cartellab.app.report;

import java.util.ArrayList;
import java.util.List;
import org.cartellab.briefing.Briefing;
import org.cartellab.briefing.Change;
import org.cartellab.briefing.ConsentCondition;
import org.cartellab.briefing.CourseBriefing;
import org.cartellab.briefing.EvidenceGap;
import org.cartellab.briefing.KnownMiss;
import org.cartellab.briefing.LegalStanding;
import org.cartellab.briefing.TopRisk;

/**
 * A briefing as plain text for the terminal: lines wrapped at {@link #WIDTH} characters with hanging indents, one
 * course per block; a comparison of many courses keeps to the changes, legal line and top risk per course.
 */
public final class BriefingText {
    /** Line width. */
    public static final int WIDTH = 100;
    /** Evidence gaps listed per course before "n more". */
    static final int GAPS = 3;

    private BriefingText() {}

    public static String render(Briefing b) {
        List<String> out = new ArrayList<>();
        out.add(BriefingWords.heading(b));
        wrap(out, "", BriefingWords.asOf(b.asOf()));
        boolean compact = b.kind() == Briefing.Kind.COMPARISON && b.courses().size() > 2;
        for (CourseBriefing c : b.courses()) {
            out.add("");
            out.add(c.title() + " [" + c.id() + "]");
            wrap(out, "  ", BriefingWords.changesHeader(b.horizonYears(), c.changes()));
            for (Change ch : c.changes()) {
                if (compact && ch.metric() != org.cartellab.comparison.Metric.MEMBERS && ch.metric() != org.cartellab.comparison.Metric.CUMULATIVE_CASUALTIES) continue;
                wrap(out, "    - ", BriefingWords.changeShort(ch));
            }
            c.standing().ifPresent(s -> wrap(out, "  ", BriefingWords.standing(s, b.kind() != Briefing.Kind.COMPARISON)));
            legal(out, c, compact);
            risks(out, c, compact);
            if (!compact) gaps(out, c);
        }
        out.add("");
        out.add("Known misses of the model:");
        for (KnownMiss m : b.knownMisses()) wrap(out, "  - ", m.statement() + (m.source().isEmpty() ? "" : " (" + m.source() + ")"));
        if (compact) wrap(out, "", "Per-course evidence gaps, pathways and risks in full: cartel-lab brief ID, or the report (compare --out DIR).");
        return String.join("\n", out) + "\n";
    }

    private static void legal(List<String> out, CourseBriefing c, boolean compact) {
        if (c.legal().isEmpty()) {
            wrap(out, "  ", "Legal basis: no pathway recorded for this course in the catalog.");
            return;
        }
        out.add("  Legal basis (pathway assessment under the course's own conditions):");
        for (ConsentCondition cc : c.consent()) {
            StringBuilder line = new StringBuilder();
            for (LegalStanding l : c.legal()) {
                if (!l.part().equals(cc.part())) continue;
                if (line.length() > 0) line.append("; ");
                line.append(BriefingWords.short_(l.jurisdiction())).append(' ').append(l.assessment().label());
                if (!compact && !l.basis().isEmpty()) line.append(" (basis ").append(names(l.basis())).append(')');
                if (!compact && !l.prohibitions().isEmpty()) line.append(" (prohibitions ").append(names(l.prohibitions())).append(')');
            }
            wrap(out, "    - ", (c.consent().size() > 1 ? cc.part() + ": " : "") + line + ".");
            wrap(out, "      ", BriefingWords.consent(cc, c.legal()));
        }
    }

    /** Knowledge-base ids as readable short citations (bundled base; an id it lacks stays as it is). */
    private static String names(List<String> ids) {
        org.cartellab.law.KnowledgeBase kb = org.cartellab.law.KnowledgeBase.bundled();
        return String.join("; ", ids.stream().map(id -> org.cartellab.app.law.LawWords.readable(id, kb, org.cartellab.app.i18n.Messages.english())).toList());
    }

    private static void risks(List<String> out, CourseBriefing c, boolean compact) {
        if (c.risks().isEmpty()) {
            wrap(out, "  ", "Top risks: none rated moderate or above.");
            return;
        }
        out.add("  Top risks:");
        for (TopRisk r : compact ? c.risks().subList(0, 1) : c.risks()) {
            String basis = r.judgment() ? "judgment" : "sourced: " + String.join(", ", r.sources());
            wrap(out, "    - ", r.dimension().id().replace('_', ' ') + ": " + r.label() + " (" + r.level() + "/4, " + basis + ")"
                    + (compact ? "" : ". " + r.rationale()));
        }
    }

    private static void gaps(List<String> out, CourseBriefing c) {
        out.add("  What the evidence does not pin down:");
        if (c.gaps().isEmpty()) {
            wrap(out, "    - ", "Nothing flagged: no weak effect, no judgment-graded lever, no assumed effect size.");
            return;
        }
        int n = 0;
        for (EvidenceGap g : c.gaps()) {
            if (n++ == GAPS) {
                out.add("    - " + (c.gaps().size() - GAPS) + " more in the report (compare --out DIR) and in cartel-lab brief --format json.");
                break;
            }
            wrap(out, "    - ", g.text());
        }
    }

    /** Appends {@code text} wrapped at {@link #WIDTH}, the first line after {@code prefix}, the rest indented to match. */
    static void wrap(List<String> out, String prefix, String text) {
        String indent = " ".repeat(prefix.length());
        StringBuilder line = new StringBuilder(prefix);
        int start = prefix.length();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > start && !line.toString().endsWith(" ")) line.append(' ');
            line.append(word);
        }
        out.add(line.toString());
    }
}
