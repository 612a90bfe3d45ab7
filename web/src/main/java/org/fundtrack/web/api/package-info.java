/**
 * The HTTP API at {@code /api/v1}: read-only JAX-RS resources over the ejb query services, their
 * JSON records, and the RFC 9457 problem details every error becomes, in English or French.
 */
package org.fundtrack.web.api;
