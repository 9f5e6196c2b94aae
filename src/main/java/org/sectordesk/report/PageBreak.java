package org.sectordesk.report;

/** Starts a new page in paged outputs (DOCX, PDF); ignored elsewhere. */
public record PageBreak() implements Block {}
