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
    public void append(StringBuilder b, AsOf asOf) {
        b.append("<section id=\"cite\"><h2>Cite this</h2><p>").append(esc(version)).append(". Knowledge base reviewed ").append(asOf == null ? "n/a" : asOf.law())
                .append("; lever evidence confirmed up to ").append(asOf == null || asOf.evidence() == null ? "n/a" : asOf.evidence())
                .append("; calibration data through ").append(asOf == null ? "n/a" : asOf.dataThroughYear()).append("; organisation network ")
                .append(asOf == null ? "n/a" : asOf.networkYear()).append(".</p><p>Reproduce with:</p><pre id=\"cite-command\">")
                .append(esc(command)).append("</pre>");
        if (!files.isEmpty()) {
            b.append("<p>Tables as CSV (in this report's folder): ");
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
