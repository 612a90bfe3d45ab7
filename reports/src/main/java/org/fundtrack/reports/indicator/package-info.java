/**
 * Indicator documents: the scorecard PDF at grant, fund, program area or strategy scope and the
 * indicator results workbook, with the rows they are filled from.
 */
package org.fundtrack.reports.indicator;
