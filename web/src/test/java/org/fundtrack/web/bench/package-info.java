/**
 * Benchmarks that measure and print figures, never assert a time; run one on demand, e.g. {@code
 * mvn verify -Dit.test=ApprovalBenchmark}. Normal builds do not run them (no *IT suffix).
 */
package org.fundtrack.web.bench;
