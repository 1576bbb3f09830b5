package org.cartellab.law;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.cartellab.text.Phrase;
import org.cartellab.text.Phrases;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a legal pathway from the knowledge base and a course's conditions and claims. The rule, per jurisdiction:
 * <ol>
 *   <li>Basis: the claimed authorities and exceptions whose {@code applies_when} holds, plus exceptions that apply on
 *       their own (e.g. consent) and answer a prohibition or duty that applies; claimed entries whose conditions fail
 *       are listed as unavailable.</li>
 *   <li>Prohibitions that apply. Each is answered if an applying exception in force, about which no applying open
 *       question exists, answers it. If the exception is in force but an applying open question disputes its
 *       application to these facts, the prohibition counts as contested; if the only exception is itself a contested
 *       rule (status {@code contested}), or none answers, the prohibition stands. A prohibition whose reach an applying
 *       open question disputes counts as contested.</li>
 *   <li>Duties (findings, authorisations, notices, reports) that apply or that the basis needs, unless an uncontested
 *       exception displaces them; liability exposure that applies or that the basis brings; open questions that apply
 *       or that concern an entry relied on.</li>
 *   <li>Assessment: <em>prima facie unlawful</em> if a prohibition applies that no uncontested exception answers, or
 *       (United States only, since every course is a US course of action) no US basis applies; otherwise
 *       <em>contested</em> if a prohibition's reach or answer, a basis, or an applying open question is disputed; otherwise
 *       <em>clear</em>.</li>
 * </ol>
 * An entry is contested when its status is {@code contested} or an applying open question is about it. The counter-
 * argument is the recorded {@code counter} of the element that set the assessment.
 */
public final class PathwayAssessor {
    /** The counter-argument given when the knowledge base records none (its words are {@link Phrases#LAW_NO_COUNTER}). */
    public static final String NO_COUNTER = Phrases.LAW_NO_COUNTER.english();

    private PathwayAssessor() {}

    /** The pathway under {@code c} for these claims (ids by jurisdiction, as validated by {@link PathwayBlockParser}). */
    public static Pathway assess(Conditions c, Map<Jurisdiction, List<String>> claims, KnowledgeBase kb) {
        List<JurisdictionPathway> out = new ArrayList<>();
        for (Jurisdiction j : Jurisdiction.values()) out.add(one(j, c, claims.getOrDefault(j, List.of()), kb));
        return new Pathway(c, out);
    }

    private static JurisdictionPathway one(Jurisdiction j, Conditions c, List<String> claimed, KnowledgeBase kb) {
        List<Provision> applicable = kb.applicable(j, c);
        List<Provision> basis = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        for (String id : claimed) {
            Provision p = kb.get(id);
            if (p.appliesWhen() == null || p.appliesWhen().matches(c)) basis.add(p);
            else unavailable.add(id);
        }
        Set<String> answerable = new HashSet<>();
        for (Provision p : applicable) if (p.kind() == ProvisionKind.PROHIBITION || p.kind() == ProvisionKind.PROCEDURAL_DUTY) answerable.add(p.id());
        for (Provision p : applicable) {
            if (p.kind() == ProvisionKind.EXCEPTION && !basis.contains(p) && p.answers().stream().anyMatch(answerable::contains)) basis.add(p);
        }

        List<Provision> prohibitions = of(applicable, ProvisionKind.PROHIBITION);
        LinkedHashSet<Provision> duties = new LinkedHashSet<>(of(applicable, ProvisionKind.PROCEDURAL_DUTY));
        List<Provision> otherNeeds = new ArrayList<>();
        LinkedHashSet<Provision> exposureFromBasis = new LinkedHashSet<>();
        for (Provision b : basis) {
            for (String n : b.needs()) {
                Provision d = kb.get(n);
                if (d.appliesWhen() != null && !d.appliesWhen().matches(c)) continue;
                if (d.kind() == ProvisionKind.PROCEDURAL_DUTY) duties.add(d);
                else if (d.kind() == ProvisionKind.LIABILITY_EXPOSURE) exposureFromBasis.add(d);
                else if (!otherNeeds.contains(d)) otherNeeds.add(d);
            }
        }
        LinkedHashSet<Provision> exposureSet = new LinkedHashSet<>(of(applicable, ProvisionKind.LIABILITY_EXPOSURE));
        exposureSet.addAll(exposureFromBasis);
        List<Provision> exposure = new ArrayList<>(exposureSet);
        LinkedHashSet<Provision> relied = new LinkedHashSet<>(basis);
        relied.addAll(prohibitions);
        relied.addAll(duties);
        List<Provision> questions = new ArrayList<>(of(applicable, ProvisionKind.OPEN_QUESTION));
        for (Provision q : kb.all()) {
            if (q.jurisdiction() != j || q.kind() != ProvisionKind.OPEN_QUESTION || q.appliesWhen() != null || questions.contains(q)) continue;
            if (relied.stream().anyMatch(r -> q.about().contains(r.id()))) questions.add(q);
        }

        List<String> needs = new ArrayList<>();
        List<String> displaced = new ArrayList<>();
        List<String> notify = new ArrayList<>();
        LinkedHashSet<String> deciders = new LinkedHashSet<>();
        for (Provision b : basis) addDeciders(deciders, b);
        for (Provision d : duties) {
            Optional<Provision> by = basis.stream().filter(e -> e.kind() == ProvisionKind.EXCEPTION && e.answers().contains(d.id()) && !contested(e, questions)).findFirst();
            if (by.isPresent()) {
                displaced.add(d.id() + " by " + by.get().id());
                continue;
            }
            if (d.duty().isNotification()) notify.add(d.id());
            else {
                needs.add(d.id());
                addDeciders(deciders, d);
            }
        }
        for (Provision n : otherNeeds) {
            needs.add(n.id());
            addDeciders(deciders, n);
        }

        boolean engaged = !basis.isEmpty() || !prohibitions.isEmpty() || !duties.isEmpty() || !exposure.isEmpty() || !questions.isEmpty();
        Assessment level = Assessment.CLEAR;
        List<Phrase> reasons = new ArrayList<>();
        String counter = "";
        if (j == Jurisdiction.US && basis.isEmpty()) {
            level = Assessment.PRIMA_FACIE_UNLAWFUL;
            reasons.add(unavailable.isEmpty() ? Phrase.of(Phrases.LAW_NO_US_AUTHORITY)
                    : Phrase.of(Phrases.LAW_NO_US_AUTHORITY_UNAVAILABLE, String.join(", ", unavailable)));
        }
        for (Provision p : prohibitions) {
            Optional<Provision> q = questionAbout(p, questions);
            if (q.isPresent() || p.status().state() == Status.State.CONTESTED) {
                reasons.add(q.map(x -> Phrase.of(Phrases.LAW_REACH_DISPUTED, p.id(), x.id())).orElse(Phrase.of(Phrases.LAW_REACH_CONTESTED, p.id())));
                if (level.score() < Assessment.CONTESTED.score() || (level == Assessment.CONTESTED && counter.isEmpty())) {
                    counter = q.map(Provision::counter).filter(s -> !s.isEmpty()).orElse(p.counter());
                }
                level = level.worse(Assessment.CONTESTED);
                continue;
            }
            List<Provision> answers = basis.stream().filter(e -> e.kind() == ProvisionKind.EXCEPTION && e.answers().contains(p.id())).toList();
            List<Provision> firm = answers.stream().filter(e -> !contested(e, questions)).toList();
            List<Provision> questioned = answers.stream().filter(e -> e.status().state() != Status.State.CONTESTED && questionAbout(e, questions).isPresent()).toList();
            if (!firm.isEmpty()) {
                reasons.add(Phrase.of(Phrases.LAW_ANSWERED, p.id(), ids(firm)));
            } else if (!questioned.isEmpty()) {
                Provision e = questioned.get(0);
                Provision eq = questionAbout(e, questions).orElseThrow();
                reasons.add(Phrase.of(Phrases.LAW_ANSWERED_IF, p.id(), e.id(), eq.id()));
                if (level == Assessment.CLEAR || (level == Assessment.CONTESTED && counter.isEmpty())) counter = firstNonEmpty(eq.counter(), e.counter());
                level = level.worse(Assessment.CONTESTED);
            } else {
                reasons.add(answers.isEmpty() ? Phrase.of(Phrases.LAW_UNANSWERED, p.id()) : Phrase.of(Phrases.LAW_ANSWER_CONTESTED, p.id(), ids(answers)));
                if (level != Assessment.PRIMA_FACIE_UNLAWFUL || counter.isEmpty()) counter = firstNonEmpty(p.counter(), answers.isEmpty() ? "" : answers.get(0).requires());
                level = Assessment.PRIMA_FACIE_UNLAWFUL;
            }
        }
        for (Provision b : basis) {
            if (!contested(b, questions)) continue;
            Optional<Provision> q = questionAbout(b, questions);
            reasons.add(q.map(x -> Phrase.of(Phrases.LAW_BASIS_DISPUTED, b.id(), x.id())).orElse(Phrase.of(Phrases.LAW_BASIS_CONTESTED, b.id())));
            if (level == Assessment.CLEAR || (level == Assessment.CONTESTED && counter.isEmpty())) counter = firstNonEmpty(q.map(Provision::counter).orElse(""), b.counter());
            level = level.worse(Assessment.CONTESTED);
        }
        for (Provision q : questions) {
            boolean used = reasons.stream().anyMatch(r -> r.english().contains("(" + q.id() + ")"));
            if (used) continue;
            reasons.add(Phrase.of(Phrases.LAW_OPEN_QUESTION, q.id()));
            if (level == Assessment.CLEAR || (level == Assessment.CONTESTED && counter.isEmpty())) counter = q.counter();
            level = level.worse(Assessment.CONTESTED);
        }
        if (level == Assessment.CLEAR) {
            if (!engaged) reasons.add(Phrase.of(Phrases.LAW_NOTHING_BEARS));
            else if (!basis.isEmpty()) {
                // name only the bases no earlier line named, so the reasoning does not say the same thing twice
                List<Provision> unnamed = basis.stream().filter(b -> reasons.stream().noneMatch(r -> mentions(r.english(), b.id()))).toList();
                reasons.add(unnamed.isEmpty() ? Phrase.of(Phrases.LAW_ALL_ANSWERED) : Phrase.of(Phrases.LAW_BASIS_IN_FORCE, ids(unnamed)));
            }
            else reasons.add(Phrase.of(Phrases.LAW_NO_PROHIBITION));
            counter = basis.stream().map(Provision::counter).filter(s -> !s.isEmpty()).findFirst().orElse("");
        }
        if (counter.isEmpty()) counter = NO_COUNTER;
        return new JurisdictionPathway(j, engaged, idList(basis), unavailable, idList(prohibitions), needs, displaced,
                new ArrayList<>(deciders), notify, idList(exposure), idList(questions), level, reasons, counter);
    }

    /**
     * Adds an entry's deciders: its {@code decides} text names one or more deciders separated by "; ", each added once
     * (the "who decides" line never repeats a decider two entries share).
     */
    private static void addDeciders(LinkedHashSet<String> deciders, Provision p) {
        if (p.decides().isEmpty()) return;
        for (String d : Deciders.split(p.decides())) deciders.add(d);
    }

    /** Whether a reasoning line names this id as a whole word (ids share prefixes, e.g. usc50-3093-a and usc50-3093-c). */
    private static boolean mentions(String line, String id) {
        return java.util.regex.Pattern.compile("(?<![a-z0-9._-])" + java.util.regex.Pattern.quote(id) + "(?![a-z0-9_-]|\\.[a-z0-9])").matcher(line).find();
    }

    private static boolean contested(Provision p, List<Provision> questions) {
        return p.status().state() == Status.State.CONTESTED || questionAbout(p, questions).isPresent();
    }

    private static Optional<Provision> questionAbout(Provision p, List<Provision> questions) {
        return questions.stream().filter(q -> q.about().contains(p.id())).findFirst();
    }

    private static List<Provision> of(List<Provision> all, ProvisionKind kind) {
        return all.stream().filter(p -> p.kind() == kind).toList();
    }

    private static List<String> idList(List<Provision> ps) { return ps.stream().map(Provision::id).toList(); }

    private static String ids(List<Provision> ps) { return String.join(", ", idList(ps)); }

    private static String firstNonEmpty(String a, String b) { return a.isEmpty() ? b : a; }
}
