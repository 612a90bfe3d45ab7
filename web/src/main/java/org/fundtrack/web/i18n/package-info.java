/**
 * Language of the pages: English or French, chosen by the user, remembered for the session and
 * (once signed in) for the user; amounts and dates follow it.
 */
package org.fundtrack.web.i18n;
