package org.cartellab.app.report;

import static org.cartellab.app.report.Xml.esc;

import java.util.List;
import org.cartellab.briefing.AsOf;

/**
 * The "cite this" block: tool version, data and knowledge-base dates, the exact command that reproduces the report,
 * and the files beside it.
 *
 * @param version the product's one version string (e.g. "cartel-lab 0.1.0")
 * @param command the command line that wrote the report, as typed (arguments quoted where needed)
 * @param files   the CSV and JSON files written beside report.html
 */
public record CiteThis(String version, String command, List<String> files) {
    public CiteThis {
        files = List.copyOf(files);
    }

    /** Appends the block (id "cite"). */
    public void append(StringBuilder b, AsOf asOf) { append(b, asOf, org.cartellab.app.i18n.Messages.english()); }

    /** As above, in the language of {@code t} (dates in prose in Spanish; the command and file names unchanged). */
    public void append(StringBuilder b, AsOf asOf, org.cartellab.app.i18n.Messages t) {
        String na = t.get("brief.na");
        b.append("<section id=\"cite\"><h2>").append(esc(t.get("report.toc.cite"))).append("</h2><p>")
                .append(esc(t.get("cite.dates", version, asOf == null ? na : t.date(asOf.law()), asOf == null || asOf.evidence() == null ? na : t.date(asOf.evidence()),
                        asOf == null ? na : String.valueOf(asOf.dataThroughYear()), asOf == null ? na : String.valueOf(asOf.networkYear()))))
                .append("</p><p>").append(esc(t.get("cite.reproduce"))).append("</p><pre id=\"cite-command\">")
                .append(esc(command)).append("</pre>");
        if (!files.isEmpty()) {
            b.append("<p>").append(esc(t.get("cite.files"))).append(' ');
            for (int i = 0; i < files.size(); i++) {
                b.append(i == 0 ? "" : ", ").append("<a href=\"").append(esc(files.get(i))).append("\" download=\"").append(esc(files.get(i))).append("\">")
                        .append(esc(files.get(i))).append("</a>");
            }
            b.append(".</p>");
        }
        b.append("</section>");
    }

    /** A command line from its arguments, single-quoting any argument with characters a shell would read. */
    public static String commandLine(String program, List<String> args) {
        StringBuilder b = new StringBuilder(program);
        for (String a : args) {
            b.append(' ');
            if (a.matches("[A-Za-z0-9_./:=+,@%-]+")) b.append(a);
            else b.append('\'').append(a.replace("'", "'\\''")).append('\'');
        }
        return b.toString();
    }
}
