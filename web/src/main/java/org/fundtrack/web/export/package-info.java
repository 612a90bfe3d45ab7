/**
 * The export centre: the page where staff and recipients choose a document, and the download that
 * streams it. Rendering and permissions are the reports module's {@code ExportService}.
 */
package org.fundtrack.web.export;
