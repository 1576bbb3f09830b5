package org.cartellab.app.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.law.ProvisionKind;
import org.cartellab.law.Status;

/**
 * The knowledge-base filters shared by {@code cartel-lab law} and {@code GET /api/law}: jurisdiction, kind, status
 * and a set of ids (a course's). Null means no filter. A value that names nothing is an {@link IllegalArgumentException}
 * whose message names the filter and what was expected.
 */
public record LawFilter(String jurisdiction, String kind, String status, Set<String> ids) {
    public List<Provision> apply(KnowledgeBase kb) {
        Jurisdiction j = null;
        if (jurisdiction != null) {
            j = Jurisdiction.fromId(jurisdiction.toUpperCase(Locale.ROOT));
            if (j == null) throw new IllegalArgumentException("jurisdiction: expected US, MX or INTERNATIONAL, found '" + jurisdiction + "'");
        }
        ProvisionKind k = null;
        if (kind != null) {
            k = ProvisionKind.fromId(kind);
            if (k == null) throw new IllegalArgumentException("kind: expected authority, exception, prohibition, procedural_duty, liability_exposure or open_question, found '" + kind + "'");
        }
        Status.State s = null;
        if (status != null) {
            s = Status.State.fromId(status);
            if (s == null) throw new IllegalArgumentException("status: expected in_force, contested, struck_down, expired, sunset or amended, found '" + status + "'");
        }
        List<Provision> out = new ArrayList<>();
        for (Provision p : kb.all()) {
            if (j != null && p.jurisdiction() != j) continue;
            if (k != null && p.kind() != k) continue;
            if (s != null && p.status().state() != s) continue;
            if (ids != null && !ids.contains(p.id())) continue;
            out.add(p);
        }
        return out;
    }
}
