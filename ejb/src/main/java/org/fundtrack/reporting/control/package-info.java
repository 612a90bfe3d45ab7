/**
 * Progress reports' rules that need no container (what an uploaded attachment may be, a period's
 * budget share), their repository and audit, and the typed reads behind a report's form.
 */
package org.fundtrack.reporting.control;
