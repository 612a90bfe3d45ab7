/**
 * Budget documents: the fund allocation summary PDF (program area → fund → budget line) and the
 * budget-against-actual workbook, with the rows they are filled from.
 */
package org.fundtrack.reports.budget;
