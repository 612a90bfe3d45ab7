/**
 * Who is calling and what they may see: the signed-in caller, sign-in with throttling, and the
 * administration of users. Ownership rules for recipients start here.
 */
package org.fundtrack.security.boundary;
