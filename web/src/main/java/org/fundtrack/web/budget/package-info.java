/** Budget pages: the fund overview per fiscal year, and later the dashboard and reallocations. */
package org.fundtrack.web.budget;
