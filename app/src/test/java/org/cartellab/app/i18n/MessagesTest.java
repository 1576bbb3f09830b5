package org.cartellab.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import org.cartellab.law.Status;
import org.cartellab.law.Place;
import org.cartellab.law.Force;
import org.cartellab.law.Branch;
import org.cartellab.law.Assessment;
import java.util.Locale;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cartellab.assessment.Criterion;
import org.cartellab.comparison.CohortMetric;
import org.cartellab.comparison.Metric;
import org.cartellab.evidence.SourceKind;
import org.cartellab.i18n.Language;
import org.cartellab.policy.Lever;
import org.cartellab.policy.RiskDimension;
import org.cartellab.record.ClaimStatus;
import org.cartellab.record.EventKind;
import org.cartellab.record.Government;
import org.cartellab.record.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Spanish parity of the CLI's and report's own words: every English message key has its Spanish text with the same
 * placeholders, and every value of the core enums the CLI and report label (metrics, criteria, risk dimensions, lever
 * units, event kinds, claim statuses, source kinds, governments) has a Spanish label, so a value added later fails here
 * until translated.
 */
class MessagesTest {
    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/cartellab/app/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static List<String> placeholders(String pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("%(\\d+\\$)?[-+,.0-9]*[sdf%]").matcher(pattern);
        while (m.find()) if (!m.group().equals("%%")) out.add(m.group().replaceAll("^%(\\d+\\$)?", "%").replaceAll("[-+,.0-9]", ""));
        out.sort(null);
        return out;
    }

    @Test
    void everyEnglishKeyHasSpanishTextWithTheSamePlaceholders() throws Exception {
        Properties en = load("messages.properties");
        Properties es = load("messages_es.properties");
        List<String> missing = new ArrayList<>();
        List<String> mismatched = new ArrayList<>();
        for (String k : new TreeSet<>(en.stringPropertyNames())) {
            String v = es.getProperty(k);
            if (v == null || v.isBlank()) missing.add(k);
            else if (!placeholders(v).equals(placeholders(en.getProperty(k)))) mismatched.add(k);
        }
        assertThat(missing).as("message keys without Spanish").isEmpty();
        assertThat(mismatched).as("Spanish messages whose placeholders differ from the English").isEmpty();
    }

    @Test
    void spanishHasNoKeyEnglishLacksExceptLabelsOfCoreValues() throws Exception {
        Properties en = load("messages.properties");
        List<String> extra = new ArrayList<>();
        for (String k : load("messages_es.properties").stringPropertyNames()) {
            if (!en.containsKey(k) && !k.matches("(metric|cohort\\.short|cohort\\.label|criterion|lever\\.unit|lever\\.name|glossary|jurisdiction|reliability|law\\.role|removal|risk|event\\.kind|source\\.kind|government|assessment|place|branch|force)\\..+")) {
                extra.add(k);
            }
        }
        assertThat(extra).as("stale Spanish keys").isEmpty();
    }

    @Test
    void everyCoreValueTheOutputLabelsHasASpanishLabel() throws Exception {
        Properties es = load("messages_es.properties");
        List<String> keys = new ArrayList<>();
        for (Metric m : Metric.values()) keys.add("metric." + m.id());
        for (CohortMetric m : CohortMetric.values()) {
            keys.add("cohort.short." + m.id());
            keys.add("cohort.label." + m.id());
        }
        for (Criterion c : Criterion.values()) keys.add("criterion." + c.id());
        for (RiskDimension d : RiskDimension.values()) keys.add("risk." + d.id());
        for (Lever l : Lever.values()) {
            keys.add("lever.unit." + l.id());
            keys.add("lever.name." + l.id());
        }
        for (Metric m : Metric.values()) keys.add("glossary.name." + m.id());
        for (org.cartellab.app.report.Glossary.Entry e : org.cartellab.app.report.Glossary.ENTRIES) {
            String k = "glossary." + e.term().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + ".";
            keys.add(k + "term");
            keys.add(k + "definition");
            if (!e.unit().isEmpty()) keys.add(k + "unit");
        }
        for (org.cartellab.assessment.Criterion.Group g : org.cartellab.assessment.Criterion.Group.values()) {
            keys.add("criterion.unit." + g.name().toLowerCase(Locale.ROOT));
        }
        for (org.cartellab.law.Jurisdiction j : org.cartellab.law.Jurisdiction.values()) keys.add("jurisdiction." + j.name().toLowerCase(Locale.ROOT));
        for (EventKind k : EventKind.values()) keys.add("event.kind." + k.id());
        for (ClaimStatus s : ClaimStatus.values()) keys.add("claim.status." + s.id());
        for (SourceKind s : SourceKind.values()) keys.add("source.kind." + s.id());
        for (Government g : Government.values()) keys.add("government." + g.id());
        for (int level = 0; level <= 4; level++) keys.add("risk.level." + level);
        for (Assessment a : Assessment.values()) keys.add("assessment." + a.name().toLowerCase(Locale.ROOT));
        for (Place pl : Place.values()) keys.add("place." + pl.name().toLowerCase(Locale.ROOT));
        for (Branch br : Branch.values()) keys.add("branch." + br.name().toLowerCase(Locale.ROOT));
        for (Force f : Force.values()) keys.add("force." + f.name().toLowerCase(Locale.ROOT));
        for (Status.State st : Status.State.values()) keys.add("law.state." + st.id());
        assertThat(keys.stream().filter(k -> !es.containsKey(k)).toList()).as("core values without a Spanish label").isEmpty();
    }

    @Test
    void englishKeepsTheCoreLabelsAndSpanishUsesTheBundle() {
        Messages en = Messages.of(Language.EN);
        Messages es = Messages.of(Language.ES);
        assertThat(en.getOr("metric.members", Metric.MEMBERS.label())).isEqualTo(Metric.MEMBERS.label());
        assertThat(es.getOr("metric.members", Metric.MEMBERS.label())).isEqualTo("Integrantes de cárteles");
        assertThat(es.get("timeline.count", 7, 42)).isEqualTo("Cronología: 7 de 42 eventos");
        assertThat(en.get("timeline.count", 7, 42)).isEqualTo("Timeline: 7 of 42 events");
    }

    @Test
    void datesAndNumbersFollowTheLanguage() {
        Messages es = Messages.of(Language.ES);
        assertThat(es.date(LocalDate.of(2026, 2, 20))).isEqualTo("20 de febrero de 2026");
        assertThat(es.date(PartialDate.parse("2025-09"))).isEqualTo("septiembre de 2025");
        assertThat(es.date(PartialDate.parse("2000"))).isEqualTo("2000");
        assertThat(Messages.of(Language.EN).date(LocalDate.of(2026, 2, 20))).isEqualTo("2026-02-20");
        // Mexico writes numbers like the United States: decimal point, comma between thousands
        assertThat(String.format(Language.ES.locale(), "%,.1f", 173837.25)).isEqualTo("173,837.3");
    }
}
