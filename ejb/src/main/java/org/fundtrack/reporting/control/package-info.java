/** Rules of progress reports that need no container: what an uploaded attachment may be. */
package org.fundtrack.reporting.control;
