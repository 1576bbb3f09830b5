package org.cartellab.policy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cartellab.data.DataFormatException;
import org.cartellab.data.YamlNodes;
import org.cartellab.evidence.EvidenceCatalog;
import org.cartellab.law.CoursePathway;
import org.cartellab.law.Jurisdiction;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.PathwayBlock;
import org.cartellab.law.PathwayBlockParser;
import org.cartellab.law.PathwayRoles;
import org.cartellab.law.Provision;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one course-of-action file and checks it against the evidence ledger and the network: every problem is one
 * {@link DataFormatException} naming the file, line and field. Leadership targets must be top-k by rank or
 * organisation node ids in the network; anything else (a name, an alias) is refused, since the catalog never
 * targets persons.
 */
public final class CourseOfActionParser {
    static final Set<String> TOP_KEYS = Set.of("id", "title", "summary", "seeds", "levers", "legal", "risks", "outside_model", "pathway");
    static final Set<String> LEVER_KEYS = Set.of("lever", "effect", "start_week", "ramp_weeks", "scaled_by_cooperation", "settings", "evidence");
    static final Set<String> RANGE_KEYS = Set.of("low", "central", "high");
    static final Set<String> EVIDENCE_KEYS = Set.of("sources", "assumption", "rationale");
    static final Set<String> LEGAL_KEYS = Set.of("role", "jurisdiction", "citation", "note", "source", "provision");
    static final Set<String> RISK_KEYS = Set.of("level", "rationale", "evidence");
    /**
     * A risk level's evidence: {@code judgment: true} with the reasoning (sources optional, for direction only), or
     * {@code sources} with the level-relevant {@code fact} they give and a rationale saying why that fact supports this
     * level. {@code assumption: true} is read as {@code judgment: true} (catalog files written before judgments had
     * their own name).
     */
    static final Set<String> RISK_EVIDENCE_KEYS = Set.of("sources", "judgment", "assumption", "fact", "rationale");
    static final Set<String> OUTCOME_KEYS = Set.of("metric", "unit", "range", "evidence");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
    /** Longest start or ramp accepted (about 20 years), a guard against typos. */
    public static final int MAX_WEEKS = 1040;

    private final YamlNodes y;
    private final EvidenceCatalog sources;
    private final List<String> nodeIds;
    private final KnowledgeBase kb;

    private CourseOfActionParser(String source, EvidenceCatalog sources, List<String> nodeIds, KnowledgeBase kb) {
        this.y = new YamlNodes(source);
        this.sources = sources;
        this.nodeIds = nodeIds;
        this.kb = kb;
    }

    /**
     * Parses one file. {@code nodeIds} are the organisations of the network in rank-independent file order; top-k
     * targets may range from 1 to their number.
     */
    public static CourseOfAction parse(String source, String text, EvidenceCatalog sources, List<String> nodeIds) {
        return parse(source, text, sources, nodeIds, KnowledgeBase.bundled());
    }

    /**
     * Parses one file against a legal knowledge base: the {@code pathway:} block is required and its claims, and any
     * {@code legal[].provision}, must be knowledge-base ids; an authority must not be a prohibition or struck down.
     */
    public static CourseOfAction parse(String source, String text, EvidenceCatalog sources, List<String> nodeIds, KnowledgeBase kb) {
        return new CourseOfActionParser(source, sources, nodeIds, kb).read(text);
    }

    private CourseOfAction read(String text) {
        Node root = y.compose(text);
        if (root == null) throw new DataFormatException(y.source(), 1, null, "the file is empty; expected a course of action with id, title, summary, ...");
        MappingNode top = y.mapping(root, "(top level)");
        Map<String, Node> f = y.fields(top, "", TOP_KEYS);
        String id = y.text(y.required(f, top, "", "id", "a short id in lower case with underscores"), "id");
        if (!ID.matcher(id).matches()) throw y.error(f.get("id"), "id", "expected lower-case letters, digits and '_', found '" + id + "'");
        String title = y.text(y.required(f, top, "", "title", "a short title"), "title");
        String summary = y.text(y.required(f, top, "", "summary", "what the course of action is, in a few sentences"), "summary");
        List<String> seeds = seeds(y.required(f, top, "", "seeds", "the seed articles reporting it, e.g. [\"000\", \"003\"] (may be [])"));

        List<LeverEffect> levers = new ArrayList<>();
        Set<Lever> seenLevers = new HashSet<>();
        int k = 0;
        for (Node item : y.sequence(y.required(f, top, "", "levers", "a list of levers ([] for the status quo)"), "levers")) {
            String path = "levers[" + k++ + "]";
            LeverEffect e = lever(item, path);
            if (!seenLevers.add(e.lever())) throw y.error(item, path + ".lever", "lever '" + e.lever().id() + "' appears twice; give each lever once");
            levers.add(e);
        }

        List<LegalBasis> legal = new ArrayList<>();
        List<Node> legalNodes = y.sequence(y.required(f, top, "", "legal", "a list of authorities and constraints"), "legal");
        k = 0;
        for (Node item : legalNodes) {
            legal.add(legal(item, "legal[" + k++ + "]"));
        }

        Map<RiskDimension, RiskRating> risks = risks(y.required(f, top, "", "risks", "a rating for each of " + dimensions()));

        List<OutsideModelOutcome> outcomes = new ArrayList<>();
        if (f.containsKey("outside_model")) {
            k = 0;
            for (Node item : y.sequence(f.get("outside_model"), "outside_model")) outcomes.add(outcome(item, "outside_model[" + k++ + "]"));
        }
        Node pathwayNode = y.required(f, top, "", "pathway", "the pathway conditions {consent, branch, place, force, us_persons_exposed, "
                + "armed_conflict_claimed, claims} (docs/legal-review.md)");
        List<CoursePathway> pathways = new ArrayList<>();
        for (PathwayBlock block : PathwayBlockParser.parse(y, pathwayNode, "pathway", kb)) pathways.add(CoursePathway.of(block, kb));
        checkRoles(legal, legalNodes, pathways);
        return new CourseOfAction(id, title, summary, seeds, levers, legal, risks, outcomes, pathways);
    }

    /**
     * One provision, one role: a knowledge-base id appears at most once in {@code legal:}, and never with a role its
     * pathway contradicts (a constraint there that the pathway uses as a basis, or an authority the pathway lists as a
     * prohibition, duty, exposure or open question).
     */
    private void checkRoles(List<LegalBasis> legal, List<Node> nodes, List<CoursePathway> pathways) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < legal.size(); i++) {
            String id = legal.get(i).provision();
            if (id.isEmpty()) continue;
            String field = "legal[" + i + "].provision";
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) throw y.error(nodes.get(i), field, "'" + id + "' is already listed at legal[" + first + "]; list each provision once, with one role");
            for (CoursePathway cp : pathways) {
                String why = PathwayRoles.conflict(cp.assumed(), id, legal.get(i).role() == LegalBasis.Role.AUTHORITY);
                if (why != null) throw y.error(nodes.get(i), field, "'" + id + "' is " + why + (cp.block().part().isEmpty() ? "" : " (part '" + cp.block().part() + "')"));
            }
        }
    }

    private List<String> seeds(Node node) {
        List<String> out = new ArrayList<>();
        List<Node> items = y.sequence(node, "seeds");
        for (int i = 0; i < items.size(); i++) {
            String field = "seeds[" + i + "]";
            String s = y.text(items.get(i), field);
            if (sources.seed(s).isEmpty()) {
                throw y.error(items.get(i), field, "unknown seed '" + s + "'; expected one of " + String.join(", ", sources.seedIds()) + " (quote them: \"000\")");
            }
            if (out.contains(s)) throw y.error(items.get(i), field, "seed '" + s + "' listed twice");
            out.add(s);
        }
        return out;
    }

    private LeverEffect lever(Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", LEVER_KEYS);
        Node leverNode = y.required(f, m, path + ".", "lever", "one of " + levers());
        String leverId = y.text(leverNode, path + ".lever");
        Lever lever = Lever.fromId(leverId);
        if (lever == null) throw y.error(leverNode, path + ".lever", "unknown lever '" + leverId + "'; expected one of " + levers());
        Range effect = range(y.required(f, m, path + ".", "effect", "{low: .., central: .., high: ..} in " + lever.unit()),
                path + ".effect", lever.min(), lever.max());
        int start = y.integer(y.required(f, m, path + ".", "start_week", "weeks after the comparison's start (2022) when it begins"), path + ".start_week", 0, MAX_WEEKS);
        int ramp = y.integer(y.required(f, m, path + ".", "ramp_weeks", "weeks to reach full effect (0 = at once)"), path + ".ramp_weeks", 0, MAX_WEEKS);
        boolean scaled = y.bool(y.required(f, m, path + ".", "scaled_by_cooperation", "true or false"), path + ".scaled_by_cooperation");
        Map<String, Object> settings = settings(lever, f.get("settings"), m, path);
        Evidence evidence = evidence(y.required(f, m, path + ".", "evidence", "sources: [ids] or assumption: true, with a rationale"), path + ".evidence");
        return new LeverEffect(lever, effect, start, ramp, scaled, settings, evidence);
    }

    private Map<String, Object> settings(Lever lever, Node node, Node parent, String path) {
        Set<String> keys = LeverSettings.keys(lever);
        Map<String, Object> out = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            if (node != null) throw y.error(node, path + ".settings", "lever '" + lever.id() + "' takes no settings");
            return out;
        }
        if (node == null) throw y.error(parent, path + ".settings", "missing; lever '" + lever.id() + "' needs " + String.join(", ", new TreeSet<>(keys)));
        MappingNode m = y.mapping(node, path + ".settings");
        Set<String> allowed = new HashSet<>(keys);
        allowed.addAll(LeverSettings.optionalKeys(lever));
        Map<String, Node> f = y.fields(m, path + ".settings.", allowed);
        String p = path + ".settings.";
        for (String key : LeverSettings.optionalKeys(lever)) {
            if (!f.containsKey(key)) continue;
            String v = y.text(f.get(key), p + key);
            List<String> ok = LeverSettings.OPTIONAL.get(key);
            if (!ok.contains(v)) throw y.error(f.get(key), p + key, "expected one of " + String.join(", ", ok) + ", found '" + v + "'");
            out.put(key, v);
        }
        // with a removal_mode and no explicit window, the calibrated succession window of that mode applies
        boolean calibratedWindow = lever == Lever.LEADERSHIP_REMOVAL && f.containsKey(LeverSettings.REMOVAL_MODE)
                && !f.containsKey(LeverSettings.SUCCESSION_WEEKS) && !f.containsKey(LeverSettings.SUCCESSION_CONFLICT);
        for (String key : new TreeSet<>(keys)) {
            if (calibratedWindow && (key.equals(LeverSettings.SUCCESSION_WEEKS) || key.equals(LeverSettings.SUCCESSION_CONFLICT))) continue;
            y.required(f, m, p, key, settingHelp(key));
        }
        if (lever == Lever.LEADERSHIP_REMOVAL) {
            out.put(LeverSettings.TARGETS, targets(f.get(LeverSettings.TARGETS), p + LeverSettings.TARGETS));
            out.put(LeverSettings.RIVAL_WEIGHT, y.number(f.get(LeverSettings.RIVAL_WEIGHT), p + LeverSettings.RIVAL_WEIGHT, 0, 100));
            if (!calibratedWindow) {
                out.put(LeverSettings.SUCCESSION_WEEKS, y.integer(f.get(LeverSettings.SUCCESSION_WEEKS), p + LeverSettings.SUCCESSION_WEEKS, 0, MAX_WEEKS));
                out.put(LeverSettings.SUCCESSION_CONFLICT, y.number(f.get(LeverSettings.SUCCESSION_CONFLICT), p + LeverSettings.SUCCESSION_CONFLICT, 0, 10));
            }
        } else if (lever == Lever.COOPERATION) {
            out.put(LeverSettings.RECOVERY_WEEKS, y.integer(f.get(LeverSettings.RECOVERY_WEEKS), p + LeverSettings.RECOVERY_WEEKS, 0, MAX_WEEKS));
        }
        return out;
    }

    private static String settingHelp(String key) {
        return switch (key) {
            case LeverSettings.TARGETS -> "top-k by rank (a whole number) or a list of organisation node ids";
            case LeverSettings.RIVAL_WEIGHT -> "the rivalry weight between the resulting factions";
            case LeverSettings.SUCCESSION_WEEKS -> "how many weeks the succession struggle lasts (or omit both succession settings and give removal_mode for the calibrated window)";
            case LeverSettings.SUCCESSION_CONFLICT -> "the conflict multiplier during succession";
            case LeverSettings.RECOVERY_WEEKS -> "weeks for cooperation to recover (0 = never)";
            default -> "a value";
        };
    }

    private Object targets(Node node, String field) {
        String refusal = "targets are organisations only: top-k by rank (a whole number from 1 to " + nodeIds.size()
                + ") or a list of organisation node ids in the network (e.g. " + (nodeIds.isEmpty() ? "N10001" : nodeIds.get(0))
                + "); names of persons or groups are never accepted";
        if (node instanceof ScalarNode s) {
            String v = s.getValue().trim();
            try {
                int k = Integer.parseInt(v);
                if (k < 1 || k > nodeIds.size()) throw y.error(node, field, "top-k must be from 1 to " + nodeIds.size() + ", found " + v);
                return k;
            } catch (NumberFormatException e) {
                throw y.error(node, field, "'" + v + "' is not a top-k number; " + refusal);
            }
        }
        if (node instanceof SequenceNode seq) {
            if (seq.getValue().isEmpty()) throw y.error(node, field, "empty list; " + refusal);
            Set<String> known = new HashSet<>(nodeIds);
            List<String> ids = new ArrayList<>();
            int i = 0;
            for (Node item : seq.getValue()) {
                String f = field + "[" + i++ + "]";
                String v = y.text(item, f);
                if (!known.contains(v)) throw y.error(item, f, "'" + v + "' is not an organisation node id in the network; " + refusal);
                if (ids.contains(v)) throw y.error(item, f, "node id '" + v + "' listed twice");
                ids.add(v);
            }
            return List.copyOf(ids);
        }
        throw y.error(node, field, refusal);
    }

    private Range range(Node node, String path, double min, double max) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", RANGE_KEYS);
        double[] v = new double[3];
        String[] names = {"low", "central", "high"};
        for (int i = 0; i < 3; i++) {
            v[i] = y.number(y.required(f, m, path + ".", names[i], "a number from " + plain(min) + " to " + plain(max)), path + "." + names[i], min, max);
        }
        if (v[0] > v[1]) throw y.error(f.get("low"), path, "need low <= central <= high (numerically), found low " + plain(v[0]) + " > central " + plain(v[1]));
        if (v[1] > v[2]) throw y.error(f.get("central"), path, "need low <= central <= high (numerically), found central " + plain(v[1]) + " > high " + plain(v[2]));
        return new Range(v[0], v[1], v[2]);
    }

    /**
     * The ids listed under {@code sources} (empty when the field is absent), each checked against the evidence ledger.
     *
     * @param distinct whether an id listed twice is refused
     * @throws DataFormatException naming the field of an unknown (or, when {@code distinct}, repeated) id
     */
    private List<String> sourceIds(Map<String, Node> f, String path, boolean distinct) {
        List<String> ids = new ArrayList<>();
        if (!f.containsKey("sources")) return ids;
        List<Node> items = y.sequence(f.get("sources"), path + ".sources");
        for (int i = 0; i < items.size(); i++) {
            String field = path + ".sources[" + i + "]";
            String id = y.text(items.get(i), field);
            if (!sources.contains(id)) throw y.error(items.get(i), field, "unknown source id '" + id + "'; every source must be in the evidence ledger (sources.yaml)");
            if (distinct && ids.contains(id)) throw y.error(items.get(i), field, "source '" + id + "' listed twice");
            ids.add(id);
        }
        return ids;
    }

    private Evidence evidence(Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", EVIDENCE_KEYS);
        List<String> ids = sourceIds(f, path, false);
        boolean assumption = f.containsKey("assumption") && y.bool(f.get("assumption"), path + ".assumption");
        if (ids.isEmpty() && !assumption) {
            throw y.error(node, path, "no source and no assumption flag; give 'sources: [ids]' or 'assumption: true' with a rationale");
        }
        String rationale = y.text(y.required(f, m, path + ".", "rationale", "one line on why this value"), path + ".rationale");
        return new Evidence(ids, assumption, rationale);
    }

    private LegalBasis legal(Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", LEGAL_KEYS);
        String role = y.text(y.required(f, m, path + ".", "role", "authority or constraint"), path + ".role");
        LegalBasis.Role r = switch (role) {
            case "authority" -> LegalBasis.Role.AUTHORITY;
            case "constraint" -> LegalBasis.Role.CONSTRAINT;
            default -> throw y.error(f.get("role"), path + ".role", "expected authority or constraint, found '" + role + "'");
        };
        String j = y.text(y.required(f, m, path + ".", "jurisdiction", "US, MX or INTERNATIONAL"), path + ".jurisdiction");
        Jurisdiction jurisdiction = Jurisdiction.fromId(j);
        if (jurisdiction == null) throw y.error(f.get("jurisdiction"), path + ".jurisdiction", "expected US, MX or INTERNATIONAL, found '" + j + "'");
        String citation = y.text(y.required(f, m, path + ".", "citation", "the instrument, e.g. 50 U.S.C. 3093"), path + ".citation");
        String note = y.text(y.required(f, m, path + ".", "note", "one line on how it applies"), path + ".note");
        if (!f.containsKey("source") && !f.containsKey("provision")) {
            throw y.error(m, path + ".provision", "missing; give 'provision:' (a legal knowledge-base id, which carries its dated sources) or 'source:' (an evidence-ledger id)");
        }
        String source = "";
        if (f.containsKey("source")) {
            Node sourceNode = f.get("source");
            source = y.text(sourceNode, path + ".source");
            if (!sources.contains(source)) throw y.error(sourceNode, path + ".source", "unknown source id '" + source + "'; every source must be in the evidence ledger (sources.yaml)");
        }
        String provision = "";
        if (f.containsKey("provision")) {
            Node pn = f.get("provision");
            provision = y.text(pn, path + ".provision");
            if (r == LegalBasis.Role.AUTHORITY) {
                PathwayBlockParser.checkBasis(y, pn, path + ".provision", provision, jurisdiction, kb);
            } else {
                String id = provision;
                Provision p = kb.find(id).orElseThrow(() -> y.error(pn, path + ".provision", "unknown provision id '" + id + "'; expected an id from the legal knowledge base (cartel-lab law lists them)"));
                if (p.jurisdiction() != jurisdiction) throw y.error(pn, path + ".provision", "'" + id + "' is " + p.jurisdiction() + " law, but this item says " + jurisdiction);
            }
        }
        return new LegalBasis(r, jurisdiction, citation, note, source, provision);
    }

    private Map<RiskDimension, RiskRating> risks(Node node) {
        MappingNode m = y.mapping(node, "risks");
        Set<String> allowed = new HashSet<>();
        for (RiskDimension d : RiskDimension.values()) allowed.add(d.id());
        Map<String, Node> f = y.fields(m, "risks.", allowed);
        Map<RiskDimension, RiskRating> out = new EnumMap<>(RiskDimension.class);
        for (RiskDimension d : RiskDimension.values()) {
            String path = "risks." + d.id();
            Node r = y.required(f, m, "risks.", d.id(), "a rating {level: 0..4, rationale, evidence}; every dimension must be rated");
            MappingNode rm = y.mapping(r, path);
            Map<String, Node> rf = y.fields(rm, path + ".", RISK_KEYS);
            int level = y.integer(y.required(rf, rm, path + ".", "level", "0 none, 1 low, 2 moderate, 3 high, 4 severe"), path + ".level", 0, RiskRating.MAX_LEVEL);
            String rationale = y.text(y.required(rf, rm, path + ".", "rationale", "one line on why this level"), path + ".rationale");
            out.put(d, riskEvidence(d, level, rationale, y.required(rf, rm, path + ".", "evidence",
                    "judgment: true with its reasoning, or sources: [ids] with the level-relevant fact and why it gives this level"), path + ".evidence"));
        }
        return out;
    }

    /** One risk level's evidence: sourced (sources + fact + why this level) or a judgment, never neither. */
    private RiskRating riskEvidence(RiskDimension d, int level, String ratingRationale, Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", RISK_EVIDENCE_KEYS);
        if (f.containsKey("judgment") && f.containsKey("assumption")) {
            throw y.error(f.get("assumption"), path + ".assumption", "give 'judgment' only ('assumption' is its older name)");
        }
        Node flag = f.containsKey("judgment") ? f.get("judgment") : f.get("assumption");
        String flagName = f.containsKey("judgment") ? "judgment" : "assumption";
        boolean judgment = flag != null && y.bool(flag, path + "." + flagName);
        List<String> ids = sourceIds(f, path, true);
        String fact = f.containsKey("fact") ? y.text(f.get("fact"), path + ".fact") : "";
        String rationale = y.text(y.required(f, m, path + ".", "rationale",
                judgment ? "the reasoning behind the judged level" : "why the fact supports this level (not only a direction)"), path + ".rationale");
        boolean lowOnly = !ids.isEmpty() && ids.stream().allMatch(this::lowReliability);
        if (judgment) {
            if (!fact.isEmpty()) throw y.error(f.get("fact"), path + ".fact", "a judgment carries no level fact; drop 'fact', or drop 'judgment: true' if the fact gives the level");
        } else {
            if (ids.isEmpty()) {
                throw y.error(node, path, "no source and no judgment flag; give 'judgment: true' with the reasoning, or 'sources: [ids]' with the level-relevant 'fact'");
            }
            if (fact.isEmpty()) {
                throw y.error(node, path + ".fact", "missing; a sourced level needs the level-relevant fact its sources give "
                        + "(sources that show only a direction make the level a judgment: add 'judgment: true')");
            }
            if (lowOnly) {
                throw y.error(f.get("sources"), path + ".sources", "every source here is graded low or unverified (" + String.join(", ", ids)
                        + "); a level resting only on them is a judgment: add 'judgment: true'");
            }
        }
        return new RiskRating(d, level, ratingRationale, new Evidence(ids, judgment, rationale), fact, lowOnly);
    }

    /** A news source graded low or unverified. */
    private boolean lowReliability(String id) {
        return sources.find(id).flatMap(org.cartellab.evidence.Source::reliabilityGrade)
                .map(r -> r.grade() == org.cartellab.evidence.Reliability.Grade.LOW || r.grade() == org.cartellab.evidence.Reliability.Grade.UNVERIFIED)
                .orElse(false);
    }

    private OutsideModelOutcome outcome(Node node, String path) {
        MappingNode m = y.mapping(node, path);
        Map<String, Node> f = y.fields(m, path + ".", OUTCOME_KEYS);
        String metric = y.text(y.required(f, m, path + ".", "metric", "what is measured"), path + ".metric");
        String unit = y.text(y.required(f, m, path + ".", "unit", "its unit"), path + ".unit");
        Range range = range(y.required(f, m, path + ".", "range", "{low, central, high}"), path + ".range", -Double.MAX_VALUE, Double.MAX_VALUE);
        Evidence e = evidence(y.required(f, m, path + ".", "evidence", "sources: [ids] or assumption: true, with a rationale"), path + ".evidence");
        return new OutsideModelOutcome(metric, unit, range, e);
    }

    private static String levers() {
        List<String> out = new ArrayList<>();
        for (Lever l : Lever.values()) out.add(l.id());
        return String.join(", ", out);
    }

    private static String dimensions() {
        List<String> out = new ArrayList<>();
        for (RiskDimension d : RiskDimension.values()) out.add(d.id());
        return String.join(", ", out);
    }

    private static String plain(double d) {
        if (d == -Double.MAX_VALUE) return "-inf";
        if (d == Double.MAX_VALUE) return "inf";
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
