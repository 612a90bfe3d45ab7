/**
 * How the audit trail is kept: the change watch that turns entity states into one change per field,
 * the chain's repository and head lock, and the pure walk that verifies the hash chain.
 */
package org.fundtrack.audit.control;
