/**
 * The data generator: fills a database with a named tier of consistent, reproducible data
 * (set-based SQL, audit trail chained with the application's hash) for benchmarks and scale tests.
 */
package org.fundtrack.db.generate;
