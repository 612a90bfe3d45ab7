/**
 * The integration tests' Payara Micro: one server booted for the whole run and shared by every test
 * class (Arquillian extension, registered in META-INF/services). Kept outside the test package that
 * the deployment carries.
 */
package org.fundtrack.web.it.server;
