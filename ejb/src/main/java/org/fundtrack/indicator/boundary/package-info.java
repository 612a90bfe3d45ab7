/**
 * Indicators as the ministry reads them: scorecards (target against actual, direction-aware, with
 * small-count suppression) and reported results for the auditors' workbook.
 */
package org.fundtrack.indicator.boundary;
