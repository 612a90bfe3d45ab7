/**
 * The documents FundTrack produces, read back as their readers read them (PDFBox, POI) and held
 * against the database: every field each assembler writes, and a sweep of every kind in both
 * languages for what a ministry could not send (null, codes, ISO dates in text, internal ids,
 * formula starts without their quote prefix). Client-only tests, like the other export tests.
 */
package org.fundtrack.web.it.documents;
