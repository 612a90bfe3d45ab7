/**
 * Progress report pages: the recipient's report form, the officers' review queue and review page,
 * attachment downloads. The rules are the reporting services'.
 */
package org.fundtrack.web.reporting;
