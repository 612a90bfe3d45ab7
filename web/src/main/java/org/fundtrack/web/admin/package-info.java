/**
 * Administration pages: users (create, change role and organisation, disable, reset password). The
 * services check the ADMIN role again; these beans only show and collect.
 */
package org.fundtrack.web.admin;
