package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import org.cartellab.policy.Catalog;
import org.cartellab.policy.CourseOfAction;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code coa show ID}: one course of action in full, with every number's source or assumption flag. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show one course of action in full.",
                "What it is, seed reports and their reliability, levers with low/central/high and their evidence, legal",
                "authorities and constraints, risk ratings, outcomes outside the model, and the sources cited.",
                "Strategic analysis from public data: not legal advice, not operational."})
public final class CoaShowCommand implements Runnable {
    @Mixin
    CatalogOptions options;

    @Mixin
    LangOption lang;

    @Parameters(index = "0", paramLabel = "ID", description = "Course-of-action id (see 'coa list').")
    String id;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Catalog catalog = options.load();
        Messages m = lang.messages();
        CourseOfAction c = m.localizer().course(catalog.find(id).orElseThrow(() -> new BadInputException(
                org.cartellab.app.i18n.UnknownCourse.message(m, id, catalog.ids()))));
        PrintWriter out = spec.commandLine().getOut();
        if (options.asJson()) {
            out.println(CoaJson.write(CoaJson.show(catalog, c, m)));
        } else {
            for (String o : catalog.overrides()) spec.commandLine().getErr().println("note: " + o);
            CoaText.show(out, catalog, c, m);
        }
        out.flush();
    }
}
