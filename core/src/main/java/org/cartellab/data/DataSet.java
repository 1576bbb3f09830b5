package org.cartellab.data;

/** The data sets bundled in core, each with where it comes from. */
public enum DataSet {
    NODES("BACRIM2020_Nodes.csv", "Cartel presence in 2020 (150 organisations)",
            "CentroGeo, GeoInt and DataLab (CONACYT), compiled from open sources; published via ppdata.politicadedrogas.org "
                    + "and as matrices with Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023), doi:10.1126/science.adh2888",
            "Names of the 35 groups the data labels with a person's name are replaced by the neutral labels of "
                    + "BACRIM2020_person_labelled_nodes.csv; every id, state and number is unchanged."),
    RIVALRIES("BACRIM2020_Rivals.csv", "Directed rivalries between organisations in 2020, with weights",
            NODES.citation, NODES.changes),
    ALLIANCES("BACRIM2020_Alliances.csv", "Directed alliances between organisations in 2020, with weights",
            NODES.citation, NODES.changes),
    PERSON_LABELS("BACRIM2020_person_labelled_nodes.csv", "Neutral labels for groups the data names after a person",
            "Cartel Policy Lab project, derived from BACRIM2020_Nodes.csv", "none"),
    TRENDS("Trends2012_2021.csv", "Yearly homicides, missing persons and arrests in Mexico, 2012-2021",
            "Homicides: INEGI vital statistics; missing persons: national registry of missing persons (RNPDNO); arrests: "
                    + "national registries; as used by Prieto-Curiel, Campedelli & Hope, Science 381:1312 (2023)", "none"),
    NATIONAL("National2012_2024.csv", "Yearly homicides in Mexico 2012-2024 (missing persons and arrests 2012-2021 only), for the back-test",
            "Homicides 2012-2021 and missing persons and arrests: as Trends2012_2021.csv; homicides 2022-2024: INEGI, Estadisticas de "
                    + "Defunciones Registradas (definitive figures published 2023-2025); details in docs/validation.md#data",
            "2012-2021 copied unchanged from Trends2012_2021.csv; missing persons and arrests left empty after 2021 (RNPDNO contested; "
                    + "no consistent arrest series)"),
    SENTENCES("ENPOL_sentences.csv", "Prison sentences of respondents to the 2021 national survey of the prison population",
            "INEGI, Encuesta Nacional de Poblacion Privada de la Libertad (ENPOL) 2021; one row per respondent, sentence in years",
            "none");

    private final String file;
    private final String description;
    private final String citation;
    private final String changes;

    DataSet(String file, String description, String citation, String changes) {
        this.file = file;
        this.description = description;
        this.citation = citation;
        this.changes = changes;
    }

    public String file() { return file; }

    public String description() { return description; }

    public String citation() { return citation; }

    /** What the bundled copy changes from the original, or "none". */
    public String changes() { return changes; }
}
