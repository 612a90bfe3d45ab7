/**
 * How callers sign in and out: one authentication mechanism (form and session for pages, HTTP Basic
 * for /api) over SignInService, session and cookie settings, and the recording of sign-outs and
 * refused pages in the security log.
 */
package org.fundtrack.web.security;
