/** Grant pages: the lazy grants list and one grant's terms and schedules. */
package org.fundtrack.web.grant;
