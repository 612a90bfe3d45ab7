/**
 * The audit trail's services: the recorder every state-changing use case calls inside its own
 * transaction, and the verifier that walks the hash chain and reports its first broken link.
 */
package org.fundtrack.audit.boundary;
