/**
 * The database's own code: applying the Flyway migrations (schema, reference data, and demo data
 * when asked) to a {@link javax.sql.DataSource}. Nothing here knows about JPA or the container.
 */
package org.fundtrack.db;
