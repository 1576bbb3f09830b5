package org.cartellab.app.cli;

import org.cartellab.app.i18n.Messages;

/** The statement every coa output carries about what the catalog is and is not. */
final class CoaNotice {
    static final String TEXT = "Strategic analysis from public data: not legal advice, not operational. "
            + "Organisations and aggregates only; numbers marked ASSUMPTION have no source and carry a range.";

    private CoaNotice() {}

    /** The statement in the given language. */
    static String text(Messages m) { return m.get("coa.notice"); }
}
