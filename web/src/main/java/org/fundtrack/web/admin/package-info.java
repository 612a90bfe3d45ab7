/**
 * Administration pages: users (create, change role and organisation, disable, reset password) and
 * the indicator catalogue. The services check the ADMIN role again; these beans only show and
 * collect.
 */
package org.fundtrack.web.admin;
