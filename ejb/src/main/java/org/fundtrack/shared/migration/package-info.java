/**
 * Start-up of the persistence layer: the application's data source, and the migration of the
 * database to this build's schema before anything else touches it.
 */
package org.fundtrack.shared.migration;
