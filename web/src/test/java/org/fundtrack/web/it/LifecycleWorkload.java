package org.fundtrack.web.it;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.fundtrack.web.it.ApiClient.Answer;

/**
 * Clients running the grant lifecycle through the API, each on its own grants: create, submit,
 * review, approve, execute, pay the first instalment. Every answer is logged with when it was sent
 * and received; a step that did not answer 2xx abandons its grant (its outcome is the server's to
 * report, not the client's to guess) and the client starts a new one. The log of acknowledged steps
 * is what a drill compares with the database afterwards.
 */
public final class LifecycleWorkload {

  /** One step's answer: which grant, what was asked, when, and what came back. */
  public record Step(
      long grantId,
      String action,
      long sentNanos,
      long answeredNanos,
      Answer answer,
      String failure) {

    public boolean acknowledged() {
      return answer != null && answer.status() / 100 == 2;
    }

    public double seconds() {
      return (answeredNanos - sentNanos) / 1e9;
    }
  }

  /** The grant's state each action leaves when acknowledged. */
  public static final Map<String, String> STATUS_AFTER =
      Map.of(
          "create", "DRAFT",
          "submit", "SUBMITTED",
          "review", "UNDER_REVIEW",
          "approve", "APPROVED",
          "execute", "ACTIVE",
          "pay", "ACTIVE");

  private final ApiClient api;
  private final long recipientId;
  private final long fundId;
  private final int fiscalYear;
  private final Queue<Step> steps = new ConcurrentLinkedQueue<>();

  /**
   * The crash drill serializes creation, so that its kills land on every kind of step and not
   * mostly on creations; {@link #creatingConcurrently} lets clients create at once, as real ones do
   * (reference numbers come from a locked counter, so they do not collide).
   */
  private final ReentrantLock creating = new ReentrantLock();

  private volatile boolean serializeCreation = true;

  private volatile boolean running = true;

  public LifecycleWorkload(URL base, long recipientId, long fundId, int fiscalYear) {
    this.api = new ApiClient(base);
    this.recipientId = recipientId;
    this.fundId = fundId;
    this.fiscalYear = fiscalYear;
  }

  /** The fiscal year today falls in, named by its start year (April to March). */
  public static int currentFiscalYear() {
    LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
    return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
  }

  /** Starts {@code clients} threads; they run until {@link #stop}. */
  public List<Thread> start(int clients) {
    List<Thread> threads =
        java.util.stream.IntStream.range(0, clients)
            .mapToObj(i -> new Thread(this::runClient, "lifecycle-client-" + i))
            .toList();
    threads.forEach(Thread::start);
    return threads;
  }

  public void stop(List<Thread> threads) throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    }
  }

  public List<Step> steps() {
    return List.copyOf(steps);
  }

  private void runClient() {
    while (running) {
      try {
        if (!oneGrant()) {
          Thread.sleep(200);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** One grant through its lifecycle; false as soon as a step is not acknowledged. */
  private boolean oneGrant() throws InterruptedException {
    Step created = create();
    if (!created.acknowledged()) {
      return false;
    }
    long id = ((BigDecimal) created.answer().object().get("id")).longValue();
    for (String[] move :
        new String[][] {
          {"officer", "submit", null}, {"officer2", "review", null},
          {"officer2", "approve", "{}"}, {"officer", "execute", null}
        }) {
      if (!step(id, move[1], move[0], "grants/" + id + "/" + move[1], move[2], Map.of())
          .acknowledged()) {
        return false;
      }
    }
    return pay(id).acknowledged();
  }

  /** From now on, clients create drafts at the same time. */
  public LifecycleWorkload creatingConcurrently() {
    serializeCreation = false;
    return this;
  }

  private Step create() throws InterruptedException {
    if (!serializeCreation) {
      return step(0, "create", "officer", "grants", draftJson(), Map.of());
    }
    creating.lock();
    try {
      return step(0, "create", "officer", "grants", draftJson(), Map.of());
    } finally {
      creating.unlock();
    }
  }

  private Step pay(long id) throws InterruptedException {
    Step grant = step(id, "read", "officer", null, null, Map.of());
    if (!grant.acknowledged()) {
      return grant;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> instalment =
        ((List<Map<String, Object>>) grant.answer().object().get("paymentSchedule")).get(0);
    String json =
        "{\"instalmentId\": "
            + instalment.get("id")
            + ", \"paidOn\": \""
            + LocalDate.now(ZoneId.of("America/Toronto"))
            + "\", \"paymentReference\": \"DRILL-"
            + id
            + "\"}";
    return step(
        id,
        "pay",
        "officer",
        "grants/" + id + "/payments",
        json,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
  }

  private Step step(
      long id, String action, String user, String path, String json, Map<String, String> headers)
      throws InterruptedException {
    long sent = System.nanoTime();
    Answer answer = null;
    String failure = null;
    try {
      answer =
          path == null
              ? api.get(user, "grants/" + id)
              : api.post(user, path, json, "en-CA", headers);
    } catch (IOException e) {
      failure = e.toString();
    }
    Step step = new Step(id, action, sent, System.nanoTime(), answer, failure);
    steps.add(step);
    return step;
  }

  private String draftJson() {
    String total = "1000.00";
    return "{\"recipientId\": "
        + recipientId
        + ", \"fundId\": "
        + fundId
        + ", \"instrumentType\": \"GRANT\", \"titleEn\": \"Crash drill\","
        + " \"titleFr\": \"Exercice de panne\", \"descriptionEn\": \"Drill\","
        + " \"totalAmount\": "
        + total
        + ", \"startDate\": \""
        + fiscalYear
        + "-04-01\","
        + " \"endDate\": \""
        + (fiscalYear + 1)
        + "-03-31\", \"holdbackPercent\": 10.00,"
        + " \"reportingFrequency\": \"ANNUAL\", \"dataOwnership\": \"RECIPIENT\","
        + " \"yearShares\": [{\"fiscalYear\": "
        + fiscalYear
        + ", \"amount\": "
        + total
        + "}],"
        + " \"budgetItems\": [{\"expenseCategory\": \"SALARIES_BENEFITS\", \"amount\": "
        + total
        + "}], \"instalments\": [], \"indicators\": []}";
  }
}
