package org.cartellab.app.cli;

import java.io.PrintWriter;
import org.cartellab.app.i18n.Messages;
import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.record.Claim;
import org.cartellab.record.ClaimRegister;
import org.cartellab.record.ClaimStatus;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cartel-lab claims}: the claim register with each claim's status, the correct figure and its sources. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The claim register: claims from the seed articles and other sources,",
                "each confirmed, conflicting, consistent as a lower bound, unverified or false, with the correct",
                "figure or wording where known and dated sources.",
                "Filter by --status or --seed. Not legal advice."})
final class ClaimsCommand implements Runnable {
    @Option(names = "--status", paramLabel = "STATUS", description = "Only claims with this status: confirmed, conflicting, lower_bound, unverified or false.")
    String status;

    @Option(names = "--seed", paramLabel = "NNN", description = "Only claims made by this seed article (000-004).")
    String seed;

    @Option(names = "--json", description = "Write JSON instead of text.")
    boolean json;

    @Option(names = "--file", paramLabel = "FILE", description = "Read this claim register instead of the bundled one; it is validated the same way.")
    Path file;

    @Mixin
    LangOption lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Messages m = lang.messages();
        ClaimStatus s = null;
        if (status != null) {
            s = ClaimStatus.fromId(status);
            if (s == null) throw new BadInputException(m.get("err.expected_one_of", "--status " + status, String.join(", ", ClaimStatus.ids())));
        }
        List<String> seeds = EvidenceCatalog.bundled().seedIds();
        if (seed != null && !seeds.contains(seed)) {
            throw new BadInputException(m.get("err.expected_one_of", "--seed " + seed, String.join(", ", seeds)));
        }
        ClaimRegister register = file == null ? PublicRecord.bundled().claims()
                : RecordLoader.parseClaims(file.toString(), RecordFiles.read(file), RecordLoader.bundledContext());
        List<Claim> claims = register.select(s, seed);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("as_of", register.asOf().toString());
            doc.put("notice", RecordNotice.text(register.asOf(), m));
            Map<String, Object> filters = new LinkedHashMap<>();
            filters.put("status", s == null ? null : s.id());
            filters.put("seed", seed);
            doc.put("filters", filters);
            Map<String, Integer> counts = new LinkedHashMap<>();
            register.countByStatus().forEach((k, v) -> counts.put(k.id(), v));
            doc.put("counts_by_status", counts);
            doc.put("count", claims.size());
            doc.put("claims", claims.stream().map(c -> RecordJson.claim(m.localizer().claim(c))).toList());
            out.println(CoaJson.write(doc));
        } else {
            CoaText.wrap(out, RecordNotice.text(register.asOf(), m), "");
            out.println();
            StringBuilder counts = new StringBuilder();
            register.countByStatus().forEach((k, v) -> counts.append(counts.length() == 0 ? "" : ", ").append(m.get("claims.count_item", v, m.get("claim.status." + k.id()))));
            out.println(m.get("claims.count", register.claims().size(), counts));
            if (s != null || seed != null) {
                out.println((s == null ? m.get("claims.showing", claims.size()) : m.get("claims.showing_status", claims.size(), m.get("claim.status." + s.id())))
                        + (seed == null ? "" : " " + m.get("claims.from_seed", seed)));
            }
            for (Claim c : claims) {
                out.println();
                RecordText.claim(out, c, m);
            }
        }
        out.flush();
    }

    /** "seed-002: 3 flagged claims - see cartel-lab claims --seed 002", or empty when the seed has none. */
    static String seedLink(String seedId) { return seedLink(seedId, Messages.english()); }

    static String seedLink(String seedId, Messages m) {
        int n = PublicRecord.bundled().claims().flagged(seedId).size();
        if (n == 0) return "";
        return EvidenceCatalog.SEED_PREFIX + seedId + ": " + m.get(n == 1 ? "claims.flagged_one" : "claims.flagged_many", n)
                + " - " + m.get("coa.record.see") + " cartel-lab claims --seed " + seedId;
    }
}
