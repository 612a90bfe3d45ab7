/**
 * Paged reads shared by every feature's list queries: the page a caller asks for, bounded so one
 * request can never load a whole table, the page it gets back, and safe LIKE patterns.
 */
package org.fundtrack.shared.query;
