/**
 * The audit trail workbook's rows: each entry of the hash-chained, append-only trail as an auditor
 * reads it.
 */
package org.fundtrack.reports.audit;
