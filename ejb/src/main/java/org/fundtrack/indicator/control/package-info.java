/**
 * The indicator catalogue's repository and audit, the scorecard's policies (status, baseline, small
 * count suppression) and the typed SQL reads they score.
 */
package org.fundtrack.indicator.control;
