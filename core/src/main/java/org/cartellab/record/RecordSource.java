package org.cartellab.record;

import java.util.Optional;

/**
 * One dated source of a record entry: the document (a statute, Federal Register notice, court opinion, DOF decree,
 * statistic) or the page where the fact was confirmed.
 *
 * @param title     what the document is, in our words or its own title
 * @param publisher who published it (or whose copy was read)
 * @param date      when it was published or dated, to the precision known
 * @param url       where it was read; empty when the address is withheld (e.g. it carries a person's name)
 * @param primary   true for the primary document itself (law, notice, opinion, official statistic)
 * @param ledger    the evidence-ledger id of the same source, or empty
 */
public record RecordSource(String title, String publisher, PartialDate date, String url, boolean primary, String ledger) {
    public RecordSource {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a source needs a title");
        if (publisher == null || publisher.isBlank()) throw new IllegalArgumentException("a source needs a publisher");
        if (date == null) throw new IllegalArgumentException("a source needs a date");
        url = url == null ? "" : url;
        ledger = ledger == null ? "" : ledger;
    }

    public Optional<String> ledgerId() { return ledger.isEmpty() ? Optional.empty() : Optional.of(ledger); }

    /** One line: publisher, title (date)[, primary]. */
    public String citation() {
        return publisher + ": " + title + " (" + date + ")" + (primary ? " [primary]" : "");
    }
}
