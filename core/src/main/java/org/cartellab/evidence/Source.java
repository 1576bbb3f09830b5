package org.cartellab.evidence;

import java.util.Optional;

/**
 * One entry of the evidence ledger: a paper, law, statistic, news report or data set, cited in full, with what it
 * supports in the catalog (one line) and, for news reports, how reliable it is. Optional parts are empty strings.
 * {@code published} is the publication date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD); {@code localCopy} is
 * the path of the project's own copy of the text (the seed articles under {@code ../shared/seeds/}), a secondary
 * field: the article is cited by outlet, date, title and address.
 */
public record Source(String id, SourceKind kind, String authors, String title, String venue, int year, String volume,
                     String pages, String doi, String url, String supports, Reliability reliability, String published,
                     String localCopy) {
    public Source {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a source needs an id");
        if (kind == null) throw new IllegalArgumentException("a source needs a kind");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("a source needs a title");
        if (supports == null || supports.isBlank()) throw new IllegalArgumentException("a source must say what it supports");
        authors = authors == null ? "" : authors;
        venue = venue == null ? "" : venue;
        volume = volume == null ? "" : volume;
        pages = pages == null ? "" : pages;
        doi = doi == null ? "" : doi;
        url = url == null ? "" : url;
        published = published == null ? "" : published;
        localCopy = localCopy == null ? "" : localCopy;
    }

    public Optional<Reliability> reliabilityGrade() { return Optional.ofNullable(reliability); }

    /** The citation on one line: authors, title, venue volume, pages (publication date or year), doi or address. */
    public String citation() {
        StringBuilder b = new StringBuilder();
        if (!authors.isEmpty()) b.append(authors).append(". ");
        b.append(title);
        if (!venue.isEmpty()) b.append(". ").append(venue);
        if (!volume.isEmpty()) b.append(' ').append(volume);
        if (!pages.isEmpty()) b.append(", ").append(pages);
        if (!published.isEmpty()) b.append(" (").append(published).append(')');
        else if (year > 0) b.append(" (").append(year).append(')');
        if (!doi.isEmpty()) b.append(". doi:").append(doi);
        else if (!url.isEmpty()) b.append(". ").append(url);
        return b.toString();
    }
}
