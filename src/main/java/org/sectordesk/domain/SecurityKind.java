package org.sectordesk.domain;

/** A listed share (or ADR) or an index. */
public enum SecurityKind { STOCK, INDEX }
