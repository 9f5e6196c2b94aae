package org.sectordesk.cli;

/** The output formats every analytic command offers. */
enum NewsFormat { table, json, csv }
