/** The tamper-evident audit trail: an append-only hash chain of every audited change. */
package org.fundtrack.audit.entity;
