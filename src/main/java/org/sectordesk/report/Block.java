package org.sectordesk.report;

/** One piece of a section's body. */
public sealed interface Block permits Paragraph, BulletList, Table, Figure, Toc, ListOfFigures, PageBreak,
    Picture {}
