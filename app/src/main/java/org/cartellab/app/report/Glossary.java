package org.cartellab.app.report;

import java.util.List;
import org.cartellab.comparison.Metric;

/**
 * One name and one definition per quantity, used by the CLI, the report, the briefing and docs/glossary.md (a test
 * keeps the document equal to this list). CSV and JSON column names are the public contract and stay as they are;
 * each entry lists the columns that hold the quantity.
 */
public final class Glossary {
    private Glossary() {}

    /**
     * One quantity or term.
     *
     * @param term       the name used everywhere in prose, tables and charts
     * @param columns    the CSV/JSON column or key names that hold it (the public contract), comma-separated; empty if none
     * @param unit       its unit
     * @param definition what it is, as the model defines it
     */
    public record Entry(String term, String columns, String unit, String definition) {}

    /** The glossary, in reading order. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("cartel members", "members", "people",
                    "People working for the 150 organisations of the network model at a given week (the model's state C, summed over organisations)."),
            new Entry("casualties", "deaths, weekly_casualties", "people per week",
                    "Cartel members killed in conflict between cartels in one week: the network model's conflict term (theta times rival members). "
                            + "Not all homicides: the calibration takes 10 % of homicides plus missing persons as its measure."),
            new Entry("cumulative casualties", "cum_deaths, cumulative_casualties", "people",
                    "Casualties added up from the start of the run (or, in a comparison, from the 2022 start) to the week shown."),
            new Entry("incapacitations", "incapacitations, cum_incapacitations, cumulative_incapacitations", "people per week (or cumulative)",
                    "Cartel members removed by arrest and imprisonment: in the network model a constant eta per week in total, shared among organisations in proportion to their size."),
            new Entry("recruits", "recruits, cum_recruits", "people per week (or cumulative)",
                    "New members joining, at the rate rho times current members."),
            new Entry("exits", "exits, cum_exits", "people per week (or cumulative)",
                    "Members leaving through saturation (the model's omega term, omega times members squared per organisation)."),
            new Entry("sentence-years", "sentence_years", "years",
                    "Estimate outside the engine: cumulative incapacitations times the ENPOL 2021 mean sentence. Not engine output."),
            new Entry("status quo", "status_quo", "",
                    "The run with no new measures from the 2022 start; every change is against it, in the same run or ensemble member."),
            new Entry("change vs status quo", "change_vs_status_quo", "percent",
                    "(course value - status quo value) / status quo value x 100, at the same horizon."),
            new Entry("band", "low, high", "the quantity's unit",
                    "Without an ensemble: the smallest and largest value over the runs with every lever at the low, central and high end of its range "
                            + "(a sweep, not a probability interval). With an ensemble: the 5-95 % range over members."),
            new Entry("agreement", "", "count of runs",
                    "How many runs (lever-range runs, or ensemble members) move a quantity in the same direction as the central value."),
            new Entry("2022 start", "", "model week 520",
                    "The state the courses of action start from: model week 520 of the network model, whose week 0 is 2012-01-01, so week 520 is the week "
                            + "starting 2021-12-19. Horizons of 1, 5 and 10 years are 52, 260 and 520 weeks after it."),
            new Entry("week", "week", "7 days",
                    "Model week k starts on the origin date plus 7k days (network model: origin 2012-01-01; cohort model: 1965-01-01)."),
            new Entry("legal assessment", "", "clear / contested / prima facie unlawful",
                    "The pathway's reading of a jurisdiction's law under the conditions a course assumes (consent, place, force); not legal advice."),
            new Entry("risk level", "", "0 none .. 4 severe",
                    "An ordinal rating of one risk dimension with a rationale; sourced when the rating cites evidence, judgment when it is an assumption."),
            new Entry("decision matrix score", "score", "0..1",
                    "Weighted mean of each criterion normalised on its fixed scale; higher is better; adding a course never changes another's score."),
            new Entry("judgment", "", "",
                    "A value no study gives: our assumption, always with a range, flagged ASSUMPTION or graded judgment in the evidence tables."));

    /**
     * The glossary in the language of {@code t}: in English {@link #ENTRIES}; otherwise each entry's term, unit and
     * definition from the bundle's {@code glossary.SLUG.term|unit|definition} keys (SLUG: the English term with
     * non-letters as '_'), falling back to English. Column names never change.
     */
    public static List<Entry> entries(org.cartellab.app.i18n.Messages t) {
        if (t.language() == org.cartellab.i18n.Language.EN) return ENTRIES;
        return ENTRIES.stream().map(e -> {
            String k = "glossary." + slug(e.term()) + ".";
            return new Entry(t.getOr(k + "term", e.term()), e.columns(), e.unit().isEmpty() ? "" : t.getOr(k + "unit", e.unit()),
                    t.getOr(k + "definition", e.definition()));
        }).toList();
    }

    /** "cartel members" -> "cartel_members", "2022 start" -> "2022_start". */
    static String slug(String term) { return term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"); }

    /** The prose name of a comparison metric (e.g. "casualties per week"). */
    public static String name(Metric m) {
        return switch (m) {
            case MEMBERS -> "Cartel members";
            case WEEKLY_CASUALTIES -> "Casualties per week";
            case CUMULATIVE_CASUALTIES -> "Cumulative casualties";
            case CUMULATIVE_INCAPACITATIONS -> "Cumulative incapacitations";
            case SENTENCE_YEARS -> "Sentence-years";
        };
    }

    /** docs/glossary.md's body, generated from {@link #ENTRIES} (the test compares the file with it). */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Glossary\n\nOne name and one definition per quantity, in the CLI, the CSV and JSON files, the HTML report and the briefing.\n")
                .append("Column names are the public contract and do not change; this table says which columns hold each quantity.\n")
                .append("Generated from `org.cartellab.app.report.Glossary` (a test keeps this file equal to it).\n\n")
                .append("| term | columns / keys | unit | definition |\n|---|---|---|---|\n");
        for (Entry e : ENTRIES) {
            b.append("| ").append(e.term()).append(" | ").append(e.columns().isEmpty() ? "" : "`" + e.columns().replace(", ", "`, `") + "`")
                    .append(" | ").append(e.unit()).append(" | ").append(e.definition()).append(" |\n");
        }
        return b.toString();
    }
}
