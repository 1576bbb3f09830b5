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
import org.cartellab.app.i18n.Messages;

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

    public static String render(Briefing b) { return render(b, Messages.english()); }

    /** As above, in the language of {@code t}. */
    public static String render(Briefing b, Messages t) {
        List<String> out = new ArrayList<>();
        out.add(BriefingWords.heading(b, t));
        wrap(out, "", BriefingWords.asOf(b.asOf(), t));
        boolean compact = b.kind() == Briefing.Kind.COMPARISON && b.courses().size() > 2;
        for (CourseBriefing c : b.courses()) {
            out.add("");
            out.add(c.title() + " [" + c.id() + "]");
            wrap(out, "  ", BriefingWords.changesHeader(b.horizonYears(), c.changes(), t));
            for (Change ch : c.changes()) {
                if (compact && ch.metric() != org.cartellab.comparison.Metric.MEMBERS && ch.metric() != org.cartellab.comparison.Metric.CUMULATIVE_CASUALTIES) continue;
                wrap(out, "    - ", BriefingWords.changeShort(ch, t));
            }
            c.standing().ifPresent(s -> wrap(out, "  ", BriefingWords.standing(s, b.kind() != Briefing.Kind.COMPARISON, t)));
            legal(out, c, compact, t);
            risks(out, c, compact, t);
            if (!compact) gaps(out, c, t);
        }
        out.add("");
        out.add(t.get("brief.known_misses") + ":");
        for (KnownMiss m : b.knownMisses()) wrap(out, "  - ", m.statement() + (m.source().isEmpty() ? "" : " (" + m.source() + ")"));
        if (compact) wrap(out, "", t.get("brief.compact_note"));
        return String.join("\n", out) + "\n";
    }

    private static void legal(List<String> out, CourseBriefing c, boolean compact, Messages t) {
        if (c.legal().isEmpty()) {
            wrap(out, "  ", t.get("brief.no_pathway_text"));
            return;
        }
        out.add("  " + t.get("brief.legal_text"));
        for (ConsentCondition cc : c.consent()) {
            StringBuilder line = new StringBuilder();
            for (LegalStanding l : c.legal()) {
                if (!l.part().equals(cc.part())) continue;
                if (line.length() > 0) line.append("; ");
                line.append(BriefingWords.short_(l.jurisdiction(), t)).append(' ').append(BriefingWords.assessment(l.assessment(), t));
                if (!compact && !l.basis().isEmpty()) line.append(" (").append(t.get("brief.basis")).append(' ').append(names(l.basis(), t)).append(')');
                if (!compact && !l.prohibitions().isEmpty()) line.append(" (").append(t.get("brief.prohibitions")).append(' ').append(names(l.prohibitions(), t)).append(')');
            }
            wrap(out, "    - ", (c.consent().size() > 1 ? cc.part() + ": " : "") + line + ".");
            wrap(out, "      ", BriefingWords.consent(cc, c.legal(), t));
        }
    }

    /** Knowledge-base ids as readable short citations in the language of {@code t} (bundled base; an id it lacks stays as it is). */
    private static String names(List<String> ids, Messages t) {
        org.cartellab.law.KnowledgeBase kb = org.cartellab.law.KnowledgeBase.bundled();
        return String.join("; ", ids.stream().map(id -> org.cartellab.app.law.LawWords.readable(id, kb, t)).toList());
    }

    private static void risks(List<String> out, CourseBriefing c, boolean compact, Messages t) {
        if (c.risks().isEmpty()) {
            wrap(out, "  ", t.get("brief.no_risks_text"));
            return;
        }
        out.add("  " + t.get("brief.top_risks") + ":");
        for (TopRisk r : compact ? c.risks().subList(0, 1) : c.risks()) {
            String basis = r.judgment() ? t.get("brief.judgment") : t.get("brief.sourced") + ": " + String.join(", ", r.sources());
            wrap(out, "    - ", t.getOr("risk." + r.dimension().id(), r.dimension().id().replace('_', ' ')) + ": " + t.getOr("risk.level." + r.level(), r.label()) + " (" + r.level() + "/4, " + basis + ")"
                    + (compact ? "" : ". " + r.rationale()));
        }
    }

    private static void gaps(List<String> out, CourseBriefing c, Messages t) {
        out.add("  " + t.get("brief.gaps") + ":");
        if (c.gaps().isEmpty()) {
            wrap(out, "    - ", t.get("brief.no_gaps"));
            return;
        }
        int n = 0;
        for (EvidenceGap g : c.gaps()) {
            if (n++ == GAPS) {
                out.add("    - " + t.get("brief.more_text", c.gaps().size() - GAPS));
                break;
            }
            wrap(out, "    - ", t.phrase(g.phrase()));
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
