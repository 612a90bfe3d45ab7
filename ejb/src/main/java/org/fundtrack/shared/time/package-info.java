/**
 * The application's one clock: instants in UTC to the microsecond the DATETIME(6) columns keep,
 * business dates in Ontario's time zone.
 */
package org.fundtrack.shared.time;
