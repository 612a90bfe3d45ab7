/**
 * The scale benchmark: the hot paths of a running FundTrack on a generated tier, each beside its
 * bare baseline in the same run, and concurrent users; run with {@code mvn -pl web -Pbench} (see
 * the README). It prints figures and asserts nothing.
 */
package org.fundtrack.web.bench.scale;
