package org.cartellab.law;

import java.util.List;
import java.util.function.Function;

/**
 * One line of a pathway's reasoning as data: which step of the rule it reports ({@link Kind}) and the knowledge-base
 * ids it names, in slots (each slot a list of ids, joined with "; " when rendered). Renderers put a readable name in
 * each slot, by default the {@link ShortCitation}, never the id; the English sentence is {@link #english}, other
 * languages use the message key {@code pathway.reason.KIND} with the same slots in the same order.
 *
 * @param kind  the step of the rule
 * @param slots the ids named by the sentence, in order (as many slots as the kind's template has {@code %s})
 */
public record Reason(Kind kind, List<List<String>> slots) {
    public Reason {
        slots = slots.stream().map(List::copyOf).toList();
        long holes = kind.english.split("%s", -1).length - 1;
        if (holes != slots.size()) throw new IllegalArgumentException(kind + " takes " + holes + " slots, got " + slots.size());
    }

    /** A reason of {@code kind} whose slots each hold one id. */
    public static Reason of(Kind kind, String... ids) {
        return new Reason(kind, java.util.Arrays.stream(ids).map(List::of).toList());
    }

    /** The steps of the rule in {@link PathwayAssessor}, each with its English template. */
    public enum Kind {
        NO_US_BASIS("No US authority applies under these conditions."),
        NO_US_BASIS_UNAVAILABLE("No US authority applies under these conditions (claimed but unavailable: %s)."),
        REACH_DISPUTED("%s applies on its face, but its reach here is disputed (%s)."),
        REACH_CONTESTED("%s applies on its face, but its reach here is disputed (status contested)."),
        ANSWERED("%s applies and is answered by %s."),
        ANSWERED_IF("%s applies; it is answered by %s only if %s is resolved in its favour."),
        UNANSWERED("%s applies and nothing in the knowledge base answers it under these conditions."),
        ONLY_ANSWER_CONTESTED("%s applies; its only answer, %s, rests on a contested rule."),
        BASIS_DISPUTED("The basis %s is disputed (%s)."),
        BASIS_CONTESTED("The basis %s is disputed (status contested)."),
        OPEN_QUESTION("Open question %s bears on this pathway."),
        NOTHING_ENGAGED("Nothing in the knowledge base for this jurisdiction bears on these conditions."),
        BASIS_CLEAR("The basis %s applies and is in force; no prohibition applies unanswered."),
        NO_PROHIBITION("No prohibition applies unanswered.");

        private final String english;

        Kind(String english) { this.english = english; }

        /** The English template, one {@code %s} per slot. */
        public String english() { return english; }

        /** The message key of the template in other languages. */
        public String key() { return "pathway.reason." + name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** The names in each slot, each slot joined with "; ". */
    public Object[] args(Function<String, String> name) {
        return slots.stream().map(s -> String.join("; ", s.stream().map(name).toList())).toArray();
    }

    /** The sentence in {@code template} (one {@code %s} per slot) with {@code name} applied to each id. */
    public String render(String template, Function<String, String> name) {
        return String.format(java.util.Locale.ROOT, template, args(name));
    }

    /** The English sentence, naming each entry by its short citation in {@code kb}. */
    public String english(KnowledgeBase kb) {
        return render(kind.english, id -> ShortCitation.of(kb.get(id)));
    }
}
