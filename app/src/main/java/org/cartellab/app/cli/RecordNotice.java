package org.cartellab.app.cli;

import java.time.LocalDate;
import org.cartellab.app.i18n.Messages;

/** The statement the timeline and claims verbs print with every output, with the review date. */
final class RecordNotice {
    private RecordNotice() {}

    static String text(LocalDate asOf) { return text(asOf, Messages.english()); }

    static String text(LocalDate asOf, Messages m) { return m.get("record.notice", m.date(asOf)); }
}
