package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.i18n.Language;
import java.nio.file.Path;
import org.cartellab.app.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.app.law.LawFilter;
import org.cartellab.app.law.LawViews;
import org.cartellab.app.law.LawWords;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.KnowledgeBaseLoader;
import org.cartellab.law.LawSource;
import org.cartellab.law.Provision;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code law}: the legal knowledge base, dated, filtered by jurisdiction, kind, status or course of action. */
@Command(name = "law", mixinStandardHelpOptions = true,
        description = {"List the legal knowledge base: provisions and rulings of US, Mexican and international law, each",
                "with kind, status and date, what it requires (our words) and dated sources. Prints the review date",
                "('law as of') and flags entries that are unverified or whose sunset or review date has passed.",
                "A structured reading of public sources: not legal advice."})
public final class LawCommand implements Runnable {
    @Mixin
    CatalogOptions options;

    @Option(names = "--jurisdiction", paramLabel = "J", description = "US, MX or INTERNATIONAL.")
    String jurisdiction;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "authority, exception, prohibition, procedural_duty, liability_exposure or open_question.")
    String kind;

    @Option(names = "--status", paramLabel = "STATE", description = "in_force, contested, struck_down, expired, sunset or amended.")
    String status;

    @Option(names = "--course", paramLabel = "ID", description = "Only entries a course of action's pathway or legal list refers to (see 'coa list').")
    String course;

    @Option(names = "--knowledge-base", paramLabel = "DIR",
            description = "Read and validate the knowledge base in DIR (knowledge-base.yaml and its files) instead of the bundled one.")
    Path knowledgeBase;

    @Mixin
    LangOption lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Messages m = Messages.english();

    @Override
    public void run() {
        m = lang.messages();
        KnowledgeBase kb = knowledgeBase == null ? KnowledgeBase.bundled() : KnowledgeBaseLoader.load(knowledgeBase);
        LocalDate today = LocalDate.now();
        List<Provision> entries = filter(kb);
        PrintWriter out = spec.commandLine().getOut();
        if (options.asJson()) {
            Map<String, Object> doc = new LinkedHashMap<>(LawViews.header(kb, today));
            doc.put("filters", filters());
            List<Map<String, Object>> list = new ArrayList<>();
            for (Provision p : entries) list.add(LawViews.entry(m.localizer().provision(p), today));
            doc.put("count", list.size());
            doc.put("entries", list);
            out.println(CoaJson.write(doc));
        } else {
            text(out, kb, entries, today, m);
        }
        out.flush();
    }

    private List<Provision> filter(KnowledgeBase kb) {
        Set<String> ids = null;
        if (course != null) {
            Catalog catalog = options.load();
            CourseOfAction c = catalog.find(course).orElseThrow(() -> new BadInputException(
                    "--course: " + m.get("err.unknown_course", course, String.join(", ", catalog.ids()))));
            ids = LawViews.idsOf(c);
        }
        try {
            return new LawFilter(jurisdiction, kind, status, ids).apply(kb);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage());
        }
    }

    private Map<String, Object> filters() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("jurisdiction", jurisdiction);
        f.put("kind", kind);
        f.put("status", status);
        f.put("course", course);
        return f;
    }

    private static void text(PrintWriter out, KnowledgeBase kb, List<Provision> entries, LocalDate today, Messages m) {
        boolean en = m.language() == Language.EN;
        out.println(en ? "Legal knowledge base. " + kb.asOf() + "." : m.get("law.heading", m.date(kb.reviewed())));
        CoaText.wrap(out, m.get("law.notice"), "");
        List<Provision> stale = kb.possiblyStale(today);
        if (!stale.isEmpty()) {
            CoaText.wrap(out, m.get("law.stale", m.date(today)) + " " + String.join(", ", stale.stream().map(Provision::id).toList()), "");
        }
        out.println(m.get("law.count", entries.size(), kb.size()));
        for (Provision en0 : entries) {
            Provision p = m.localizer().provision(en0);
            out.println();
            out.println(p.id() + "  [" + p.jurisdiction().name() + ", " + p.kindLabel() + "]  " + status(p, m)
                    + (en ? PathwayText.flags(p, today) : (p.verified() ? "" : " " + m.get("record.unverified")) + (p.possiblyStale(today) ? " " + m.get("law.possibly_stale") : "")));
            CoaText.wrap(out, p.citation(), "  ");
            if (!p.citationEs().isEmpty()) CoaText.wrap(out, p.citationEs(), "  ");
            CoaText.wrap(out, p.requires(), "    ");
            if (!p.decides().isEmpty()) CoaText.wrap(out, m.get("law.decides") + " " + p.decides(), "    ");
            if (!p.notifyWho().isEmpty()) CoaText.wrap(out, m.get("law.notify") + " " + p.notifyWho() + " - " + p.notifyWhen(), "    ");
            if (!p.answers().isEmpty()) CoaText.wrap(out, m.get("law.answers") + " " + String.join(", ", p.answers()), "    ");
            if (!p.about().isEmpty()) CoaText.wrap(out, m.get("law.about") + " " + String.join(", ", p.about()), "    ");
            if (!p.status().note().isEmpty()) CoaText.wrap(out, m.get("law.status_note") + " " + p.status().note(), "    ");
            if (!p.counter().isEmpty()) CoaText.wrap(out, m.get("law.counter") + " " + p.counter(), "    ");
            for (LawSource s : p.sources()) CoaText.wrap(out, m.getOr("law.role." + s.role().id(), s.role().id()) + ": " + s.describe(), "    ");
        }
    }

    /** A status in the messages' language, worded for the entry's instrument ({@link LawWords#status}). */
    private static String status(Provision p, Messages m) {
        return LawWords.status(p, m);
    }
}
