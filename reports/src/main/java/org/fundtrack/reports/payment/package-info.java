/**
 * The payments ledger workbook and its rows: every instalment, scheduled or paid, with its budget
 * line and fiscal year.
 */
package org.fundtrack.reports.payment;
