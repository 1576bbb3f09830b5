package org.cartellab.app.i18n;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.evidence.Source;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.LawSource;
import org.cartellab.law.Provision;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordSource;

/**
 * Finds English left in text meant to be Spanish: the one detector shared by the CLI, report and browser tests of
 * Spanish parity. A fragment (a line or sentence) is a leak when it contains two or more words that are English and
 * not Spanish ("the", "of", "with", …), the word "the", a range written "N to M", or one of the English interface
 * words the product uses as labels ("download", "deaths", "baseline", …).
 *
 * <p>Not leaks: the titles, authors and outlets of the sources in the evidence ledger, the titles of the legal
 * knowledge base's sources and the titles and publishers of the public record's sources (timeline, precedents,
 * positions, claims) — a source keeps its own title and its outlet's name, never a provision's citation or summary —
 * anything the caller allows (ids, file names), URLs, and, in HTML, any element marked {@code lang="en"} together with
 * scripts and styles. The detector reads text only; it never decides what should be translated, so a test that uses
 * it still names what it allows.
 */
public final class EnglishLeaks {
    private static final Set<String> ENGLISH_ONLY = Set.of(
            "the", "of", "and", "with", "which", "is", "are", "from", "for", "this", "that", "by", "be", "was", "were",
            "have", "it", "its", "an", "at", "on", "or", "would", "should", "will", "not", "to", "into", "than",
            "these", "those", "their", "they", "what", "when", "where", "who", "how", "does", "must", "between", "each",
            "without", "within", "only", "also", "after", "before", "over", "under", "about");
    private static final Set<String> ENGLISH_LABELS = Set.of(
            "download", "save", "copy", "print", "share", "show", "hide", "loading", "running", "deaths", "members",
            "week", "weeks", "years", "year", "baseline", "sources", "change", "rank", "score", "risks",
            "court", "bundled", "catalog", "courses", "reference", "runs", "strikes", "consent", "casualties", "killed",
            "bibliography", "briefing", "settings", "more", "back", "band", "bands", "evidence", "unverified",
            "confirmed", "assumption", "judgment", "summary", "horizon", "horizons", "low", "high",
            "expected", "missing", "unknown", "status");
    private static final Pattern URL = Pattern.compile("(https?://|doi:|www\\.)\\S+");
    /** Identifiers: snake_case ids, kebab-case ids of three parts or more, file names. */
    private static final Pattern ID = Pattern.compile("[\\w.-]*_[\\w.-]*|\\b[a-z0-9]+(-[a-z0-9]+){2,}\\b|\\b[\\w-]+\\.(csv|json|html|yaml|png|svg)\\b");
    private static final Pattern RANGE = Pattern.compile("[0-9%)\\]] to [-−0-9]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern LANG_EN = Pattern.compile("\\blang\\s*=\\s*[\"']en[\"']");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");

    /**
     * The ledger's titles, authors, outlets and citations, the knowledge base's source titles and the record's source
     * titles and publishers, longest first, each matching across line wraps.
     */
    private static final List<Name> LEDGER = ledgerNames().stream().filter(n -> n != null && n.strip().length() >= 3)
            .map(n -> new Name(n.strip().length(), anySpacing(n))).toList();

    /** A name removed before judging: its length (longest removed first) and its pattern. */
    private record Name(int length, Pattern pattern) {}

    private EnglishLeaks() {}

    /**
     * The fragments of {@code text} that read as English.
     *
     * @param text    plain text (terminal output, a CSV cell, a page's visible text); lines and sentences are judged apart
     * @param allowed strings removed before judging (ids, file names, proper names); the sources' titles, authors and
     *                outlets (ledger, knowledge base, record) are always allowed
     * @return the offending fragments, trimmed, in order of appearance; empty when none
     */
    public static List<String> in(String text, Collection<String> allowed) {
        String t = URL.matcher(text).replaceAll(" ");
        // the caller's names and the sources' together, longest first, so that a longer name (a citation the caller
        // allows) is removed whole before a shorter one inside it (a publisher) breaks it
        List<Name> remove = new ArrayList<>(LEDGER);
        for (String a : allowed) {
            if (a != null && a.strip().length() >= 3) remove.add(new Name(a.strip().length(), anySpacing(a)));
        }
        remove.sort(Comparator.comparingInt(Name::length).reversed());
        for (Name n : remove) t = n.pattern().matcher(t).replaceAll(" ");
        t = ID.matcher(t).replaceAll(" ");
        List<String> leaks = new ArrayList<>();
        for (String fragment : t.split("[\\n.;:!?·|•]+")) {
            String f = fragment.strip();
            if (!f.isEmpty() && leaks(f)) leaks.add(f);
        }
        return leaks;
    }

    /** {@link #in(String, Collection)} with nothing allowed beyond the sources' names. */
    public static List<String> in(String text) { return in(text, List.of()); }

    /**
     * The English fragments of an HTML document's visible text: tags, scripts, styles and every element marked
     * {@code lang="en"} (with its content) are removed first; {@code title}, {@code alt} and {@code aria-label}
     * attribute values are judged as text too.
     */
    public static List<String> inHtml(String html, Collection<String> allowed) {
        return in(visibleText(html), allowed);
    }

    /** The visible text of an HTML document as this detector reads it (one line per block-level break). */
    static String visibleText(String html) {
        StringBuilder out = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        String skipTag = null;
        int skipDepth = 0;
        Matcher m = TAG.matcher(html);
        int last = 0;
        while (m.find()) {
            if (skipTag == null) out.append(html, last, m.start());
            last = m.end();
            if (m.group(2) == null) continue; // comment
            boolean closing = !m.group(1).isEmpty();
            String name = m.group(2).toLowerCase(Locale.ROOT);
            String attrs = m.group(3);
            boolean selfClosing = attrs.endsWith("/") || VOID.contains(name);
            if (skipTag != null) {
                if (name.equals(skipTag) && !selfClosing) skipDepth += closing ? -1 : 1;
                if (skipDepth == 0) skipTag = null;
                continue;
            }
            if (closing) {
                if (!open.isEmpty()) open.pop();
                out.append('\n');
                continue;
            }
            if (name.equals("script") || name.equals("style") || LANG_EN.matcher(attrs).find()) {
                if (!selfClosing) {
                    skipTag = name;
                    skipDepth = 1;
                }
                continue;
            }
            Matcher a = Pattern.compile("\\b(title|alt|aria-label)\\s*=\\s*\"([^\"]*)\"").matcher(attrs);
            while (a.find()) out.append('\n').append(a.group(2)).append('\n');
            if (!selfClosing) open.push(name);
            else out.append('\n');
        }
        if (skipTag == null) out.append(html.substring(last));
        return out.toString().replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
    }

    /** The name as a pattern that also matches it wrapped over lines or indented (terminal output wraps long titles). */
    private static Pattern anySpacing(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (b.length() > 0) b.append("\\s+");
            b.append(Pattern.quote(part));
        }
        return Pattern.compile(b.toString());
    }

    private static boolean leaks(String fragment) {
        if (RANGE.matcher(fragment).find()) return true;
        int english = 0;
        Matcher w = WORD.matcher(fragment);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (word.equals("the") || ENGLISH_LABELS.contains(word)) return true;
            if (ENGLISH_ONLY.contains(word)) english++;
        }
        return english >= 2;
    }

    private static Set<String> ledgerNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Source s : EvidenceCatalog.bundled().all()) {
            names.add(s.title());
            names.add(s.authors());
            names.add(s.venue());
            names.add(s.citation());
        }
        for (Provision p : KnowledgeBase.bundled().all()) {
            for (LawSource s : p.sources()) names.add(s.title());
        }
        PublicRecord r = PublicRecord.bundled();
        List<List<RecordSource>> lists = new ArrayList<>();
        r.timeline().events().forEach(e -> lists.add(e.sources()));
        r.precedents().precedents().forEach(e -> lists.add(e.sources()));
        r.positions().positions().forEach(e -> lists.add(e.sources()));
        r.claims().claims().forEach(e -> lists.add(e.sources()));
        for (List<RecordSource> l : lists) {
            for (RecordSource s : l) {
                names.add(s.title());
                names.add(s.publisher());
            }
        }
        return names;
    }
}
