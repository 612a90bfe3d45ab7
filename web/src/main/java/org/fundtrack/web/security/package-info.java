/**
 * How callers sign in: one authentication mechanism that uses a form and a session for pages and
 * HTTP Basic for /api, both checked against the users in the database.
 */
package org.fundtrack.web.security;
