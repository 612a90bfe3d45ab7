/**
 * Browser tests: real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium
 * through page objects, with axe-core checking every page they reach against WCAG 2.0 A and AA.
 */
package org.fundtrack.web.it.browser;
