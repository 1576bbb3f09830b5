package org.cartellab.model;

/** The weekly outputs both engines produce; the first seven columns of weekly.csv are the public contract. */
public enum WeeklyColumn {
    MEMBERS("members"),
    DEATHS("deaths"),
    RECRUITS("recruits"),
    INCAPACITATIONS("incapacitations"),
    EXITS("exits"),
    CUM_DEATHS("cum_deaths"),
    CUM_RECRUITS("cum_recruits"),
    CUM_INCAPACITATIONS("cum_incapacitations"),
    CUM_EXITS("cum_exits");

    private final String csvName;

    WeeklyColumn(String csvName) { this.csvName = csvName; }

    /** The column's name in weekly.csv. */
    public String csvName() { return csvName; }
}
