package org.cartellab.briefing;

import java.time.LocalDate;

/**
 * The dates a briefing rests on.
 *
 * @param law             review date of the legal knowledge base
 * @param evidence        latest confirmation date in the lever evidence tables
 * @param dataThroughYear last calendar year of the calibration series
 * @param networkYear     year of the organisation network data
 * @param modelStart      calendar date of the comparison's start week (week 520 from 2012-01-01 is 2021-12-19)
 * @param startWeek       the model week the levers start from
 */
public record AsOf(LocalDate law, LocalDate evidence, int dataThroughYear, int networkYear, LocalDate modelStart, int startWeek) {}
