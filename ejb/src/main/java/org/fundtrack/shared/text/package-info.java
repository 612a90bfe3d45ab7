/** How dates read in English and in French, the same on pages, in PDFs and in workbooks. */
package org.fundtrack.shared.text;
