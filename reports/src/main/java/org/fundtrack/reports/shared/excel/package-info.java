/**
 * Streaming auditor workbooks (POI SXSSF): typed columns, the About sheet with control totals, and
 * the one cell writer that keeps text as quote-prefixed strings and never makes a formula.
 */
package org.fundtrack.reports.shared.excel;
