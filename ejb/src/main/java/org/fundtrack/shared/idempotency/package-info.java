/**
 * Creating requests a client may safely repeat: the Idempotency-Key it sent, recorded in the same
 * transaction as what the request created, so a repeat answers the first result.
 */
package org.fundtrack.shared.idempotency;
