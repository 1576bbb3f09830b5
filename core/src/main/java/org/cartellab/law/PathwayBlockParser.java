package org.cartellab.law;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.data.YamlNodes;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a course's {@code pathway:} block and checks it against the knowledge base: every condition must exist and
 * have an allowed value, every claimed id must be a knowledge-base entry of that jurisdiction, and only authorities
 * and exceptions that are neither struck down nor expired can be claimed (a prohibition is never a basis).
 */
public final class PathwayBlockParser {
    static final Set<String> CLAIM_KEYS = Set.of("US", "MX", "INTERNATIONAL");
    /**
     * Optional block key: {@code true} when Mexico's consent is part of the course's definition, so no variant with
     * the other answer is computed (see {@link PathwayBlock#consentFixed()}).
     */
    public static final String CONSENT_FIXED = "consent_fixed";
    /** Optional block key, only with {@code consent_fixed: true}: the id of the course that makes the other assumption. */
    public static final String CONSENT_COUNTERPART = "consent_counterpart";

    private PathwayBlockParser() {}

    /**
     * Parses the {@code pathway:} value: one block (a mapping) or, for a course with parts that act differently, a list
     * of blocks each with a {@code part:} name. {@code path} is its field name in messages (normally "pathway").
     */
    public static List<PathwayBlock> parse(YamlNodes y, Node node, String path, KnowledgeBase kb) {
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            if (seq.getValue().isEmpty()) throw y.error(node, path, "empty list; give one block, or one block per part with a 'part:' name");
            List<PathwayBlock> out = new ArrayList<>();
            Set<String> parts = new HashSet<>();
            for (int i = 0; i < seq.getValue().size(); i++) {
                String p = path + "[" + i + "]";
                PathwayBlock b = block(y, seq.getValue().get(i), p, kb, true);
                if (!parts.add(b.part())) throw y.error(seq.getValue().get(i), p + ".part", "part '" + b.part() + "' appears twice");
                out.add(b);
            }
            return out;
        }
        return List.of(block(y, node, path, kb, false));
    }

    private static PathwayBlock block(YamlNodes y, Node node, String path, KnowledgeBase kb, boolean needsPart) {
        MappingNode m = y.mapping(node, path);
        MappingNode conditionsOnly = new MappingNode(m.getTag(), new ArrayList<>(), m.getFlowStyle());
        Node claimsNode = null;
        Node partNode = null;
        Node fixedNode = null;
        Node counterpartNode = null;
        for (var t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (key.equals("claims") || key.equals("part") || key.equals(CONSENT_FIXED) || key.equals(CONSENT_COUNTERPART)) {
                Node prev = key.equals("claims") ? claimsNode : key.equals("part") ? partNode : key.equals(CONSENT_FIXED) ? fixedNode : counterpartNode;
                if (prev != null) throw y.error(t.getKeyNode(), path + "." + key, "duplicate key");
                if (key.equals("claims")) claimsNode = t.getValueNode();
                else if (key.equals("part")) partNode = t.getValueNode();
                else if (key.equals(CONSENT_FIXED)) fixedNode = t.getValueNode();
                else counterpartNode = t.getValueNode();
            } else {
                conditionsOnly.getValue().add(t);
            }
        }
        String part = partNode == null ? "" : y.text(partNode, path + ".part");
        if (needsPart && part.isEmpty()) throw y.error(m, path + ".part", "missing; each block of a list needs a short 'part:' name");
        Map<String, Node> f = KnowledgeBaseLoader.conditionFields(y, conditionsOnly, path);
        String p = path + ".";
        boolean consent = y.bool(y.required(f, m, p, "consent", "true or false: whether Mexico consents in the case this course assumes"), p + "consent");
        Branch branch = KnowledgeBaseLoader.branch(y, y.required(f, m, p, "branch", "armed_forces, covert_action, law_enforcement, intelligence, treasury_state or civilian"), p + "branch");
        Node placeNode = y.required(f, m, p, "place", "a list of mx_territory, mx_airspace, mx_waters, international_waters, us_territory");
        Set<Place> places = EnumSet.noneOf(Place.class);
        List<Node> items = y.sequence(placeNode, p + "place");
        if (items.isEmpty()) throw y.error(placeNode, p + "place", "empty; name at least one place");
        for (int i = 0; i < items.size(); i++) {
            Place pl = KnowledgeBaseLoader.place(y, items.get(i), p + "place[" + i + "]");
            if (!places.add(pl)) throw y.error(items.get(i), p + "place[" + i + "]", "'" + pl.id() + "' listed twice");
        }
        Force force = KnowledgeBaseLoader.force(y, y.required(f, m, p, "force", "lethal, non_forcible or none"), p + "force");
        boolean usp = y.bool(y.required(f, m, p, "us_persons_exposed", "true or false"), p + "us_persons_exposed");
        boolean ac = y.bool(y.required(f, m, p, "armed_conflict_claimed", "true or false: whether the course relies on a determination that an armed conflict exists"), p + "armed_conflict_claimed");
        if (claimsNode == null) throw y.error(m, p + "claims", "missing; expected {US: [ids], MX: [ids], INTERNATIONAL: [ids]} naming knowledge-base authorities or exceptions");
        Map<Jurisdiction, List<String>> claims = claims(y, claimsNode, p + "claims", kb);
        boolean fixed = fixedNode != null && y.bool(fixedNode, p + CONSENT_FIXED);
        String counterpart = counterpartNode == null ? "" : y.text(counterpartNode, p + CONSENT_COUNTERPART);
        if (!counterpart.isEmpty() && !fixed) {
            throw y.error(counterpartNode, p + CONSENT_COUNTERPART, "only a block with 'consent_fixed: true' names a counterpart course");
        }
        return new PathwayBlock(part, new Conditions(consent, branch, places, force, usp, ac), claims, fixed, counterpart);
    }

    private static Map<Jurisdiction, List<String>> claims(YamlNodes y, Node node, String path, KnowledgeBase kb) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", CLAIM_KEYS);
        Map<Jurisdiction, List<String>> out = new EnumMap<>(Jurisdiction.class);
        for (Map.Entry<String, Node> e : f.entrySet()) {
            Jurisdiction j = Jurisdiction.fromId(e.getKey());
            List<String> ids = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<Node> items = y.sequence(e.getValue(), path + "." + e.getKey());
            for (int i = 0; i < items.size(); i++) {
                String field = path + "." + e.getKey() + "[" + i + "]";
                String id = y.text(items.get(i), field);
                if (!seen.add(id)) throw y.error(items.get(i), field, "'" + id + "' listed twice");
                checkBasis(y, items.get(i), field, id, j, kb);
                ids.add(id);
            }
            out.put(j, ids);
        }
        return out;
    }

    /**
     * Refuses an id that is unknown, of another jurisdiction (if {@code j} is not null), a prohibition or any other
     * kind that is not a basis, or struck down or expired.
     */
    public static void checkBasis(YamlNodes y, Node node, String field, String id, Jurisdiction j, KnowledgeBase kb) {
        Provision p = kb.find(id).orElseThrow(() -> y.error(node, field, "unknown provision id '" + id + "'; expected an id from the legal knowledge base (cartel-lab law lists them)"));
        if (p.kind() == ProvisionKind.PROHIBITION) {
            throw y.error(node, field, "'" + id + "' (" + p.citation() + ") is a prohibition; a prohibition is never an authority or basis");
        }
        if (!p.kind().canBeBasis()) throw y.error(node, field, "'" + id + "' is " + p.kindLabel() + "; only an authority or an exception can be claimed as a basis");
        if (p.status().state().isDead()) {
            throw y.error(node, field, "'" + id + "' (" + p.citation() + ") is " + p.status().describe() + "; it cannot be used as an authority");
        }
        if (j != null && p.jurisdiction() != j) throw y.error(node, field, "'" + id + "' is " + p.jurisdiction() + " law, listed under " + j);
    }
}
