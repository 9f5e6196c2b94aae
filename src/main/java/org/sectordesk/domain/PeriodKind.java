package org.sectordesk.domain;

/** The kinds of reporting period an analyst asks for. */
public enum PeriodKind { WEEK, MONTH, QUARTER, YEAR_TO_DATE, CUSTOM }
