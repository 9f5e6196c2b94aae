package org.sectordesk.cli;

/** How an analytic command prints its result. */
public enum OutputFormat { table, json, csv }
