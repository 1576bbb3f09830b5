package org.cartellab.app.cli;

import java.time.LocalDate;

/** The statement the timeline and claims verbs print with every output, with the review date. */
final class RecordNotice {
    private RecordNotice() {}

    static String text(LocalDate asOf) {
        return "As of " + asOf + " (the review date). Public record from public sources, checked with the team's search tool; "
                + "entries marked UNVERIFIED could not be confirmed. States, organisations, programmes and laws only: no person "
                + "is named. Not legal advice.";
    }
}
