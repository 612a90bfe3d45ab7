/**
 * The audit trail's page: verifying the hash chain for auditors and administrators. The trail is
 * read-only everywhere; this package only reads it.
 */
package org.fundtrack.web.audit;
