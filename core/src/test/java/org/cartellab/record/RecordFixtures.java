package org.cartellab.record;

import java.util.Set;
import org.cartellab.evidence.EvidenceCatalog;

/** A small context and valid record texts that the rejection tests break one field at a time. */
final class RecordFixtures {
    private RecordFixtures() {}

    static RecordContext context() {
        return new RecordContext(Set.of("status_quo", "strikes_with_consent"), Set.of("vessel_strikes"), Set.of(), EvidenceCatalog.bundled());
    }

    static final String TIMELINE = """
            as_of: 2026-11-29
            events:
              - id: ev-a
                date: 2025-09-02
                actors: [United States]
                kind: strike
                summary: Something happened.
                courses: [vessel_strikes]
                verified: true
                sources:
                  - {title: A notice, publisher: Federal Register, date: 2025-09-03, primary: true}
              - id: ev-b
                date: 2025-10
                actors: [Mexico]
                kind: statement
                summary: Something was said.
                courses: [status_quo, strikes_with_consent]
                verified: false
                note: Not confirmed.
                sources:
                  - {title: A report, publisher: A newspaper, date: 2025-10}
            """;

    static final String CLAIMS = """
            as_of: 2026-11-29
            claims:
              - id: c-a
                claim: Many die each year.
                seeds: ["004"]
                status: false
                correct: Fewer do.
                figures:
                  - {label: deaths 2024, value: 80391, unit: deaths, basis: CDC}
                sources:
                  - {title: Provisional counts, publisher: CDC, date: 2025-05-14, ledger: cdc-overdose}
              - id: c-b
                claim: An uncheckable number.
                seeds: ["002"]
                status: unverified
            """;

    static final String PRECEDENTS = """
            as_of: 2026-11-29
            precedents:
              - id: p-a
                title: A programme
                from: 2000
                to: 2015
                actors: [United States, Colombia]
                what_happened: It ran.
                suggests: It suggests things.
                courses: [status_quo]
                verified: true
                sources:
                  - {title: An audit, publisher: GAO, date: 2008-10-06}
            """;

    static final String POSITIONS = """
            as_of: 2026-11-29
            positions:
              - id: pos-a
                government: MX
                course: vessel_strikes
                date: 2025-10-28
                stance: It disagrees.
                verified: true
                sources:
                  - {title: A report, publisher: A wire, date: 2025-10-29}
            """;
}
