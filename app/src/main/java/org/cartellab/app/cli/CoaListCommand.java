package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.LeverEffect;
import org.cartellab.policy.RiskRating;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code coa list}: one line per course of action with its levers, assumption count and highest risk. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the courses of action.",
                "Columns: id, title, levers (central effect), number of values resting on an assumption or judgment,",
                "risk levels tied to a sourced level-relevant fact (of all rated), highest risk.",
                "Strategic analysis from public data: not legal advice, not operational."})
public final class CoaListCommand implements Runnable {
    @Mixin
    CatalogOptions options;

    @Mixin
    LangOption lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Catalog catalog = options.load();
        Messages m = lang.messages();
        List<CourseOfAction> courses = m.localizer().courses(catalog.all());
        PrintWriter out = spec.commandLine().getOut();
        if (options.asJson()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CourseOfAction c : courses) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.id());
                row.put("title", c.title());
                row.put("levers", CoaJson.levers(c));
                row.put("assumptions", Catalog.assumptionCount(c));
                row.put("max_risk", Catalog.maxRisk(c));
                row.put("risks_sourced", Catalog.sourcedRiskCount(c));
                row.put("risks_judgment", c.risks().size() - Catalog.sourcedRiskCount(c));
                row.put("origin", catalog.origin(c.id()));
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("notice", CoaNotice.text(m));
            doc.put("overrides", catalog.overrides());
            doc.put("courses_of_action", rows);
            out.println(CoaJson.write(doc));
        } else {
            for (String o : catalog.overrides()) spec.commandLine().getErr().println("note: " + o);
            CoaText.wrap(out, CoaNotice.text(m), "");
            out.println();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {m.get("coa.list.id"), m.get("coa.list.title"), m.get("coa.list.levers"), m.get("coa.list.assumptions"),
                    m.get("coa.list.risks_sourced"), m.get("coa.list.max_risk")});
            for (CourseOfAction c : courses) {
                int max = Catalog.maxRisk(c);
                rows.add(new String[] {c.id(), CoaText.shorten(c.title(), 52), leverSummary(c, m),
                        Integer.toString(Catalog.assumptionCount(c)), Catalog.sourcedRiskCount(c) + "/" + c.risks().size(), max + " " + m.get("risk.level." + max)});
            }
            CoaText.table(out, rows);
            out.println();
            out.println(m.get("coa.list.details"));
        }
        out.flush();
    }

    static String leverSummary(CourseOfAction c) { return leverSummary(c, Messages.english()); }

    static String leverSummary(CourseOfAction c, Messages m) {
        if (c.levers().isEmpty()) return m.get("coa.list.baseline");
        List<String> parts = new ArrayList<>();
        for (LeverEffect e : c.levers()) parts.add(e.lever().id() + " " + CoaText.effect(e.lever(), e.effect().central(), m));
        return String.join(", ", parts);
    }
}
