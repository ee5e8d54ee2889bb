package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit's promise: each thread returns with its own answer once its own part was
 * written; what is handed in while a write is under way goes in the next write, together; a part
 * that cannot be written fails only its own thread.
 */
class GroupCommitTest {
  private final List<List<String>> writes = new CopyOnWriteArrayList<>();
  private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<Thread> waiting = new CopyOnWriteArrayList<>();

  /** Answers each part with its upper case; the first write ends when the test says so. */
  private final GroupCommit<String, String> group =
      new GroupCommit<>(
          parts -> {
            writes.add(List.copyOf(parts));
            if (writes.size() == 1) {
              await(firstWriteMayEnd);
            }
            if (parts.size() > 1 && parts.contains("bad")) {
              throw new IllegalStateException("cannot write " + parts);
            }
            if (parts.equals(List.of("bad"))) {
              throw new IllegalStateException("cannot write bad");
            }
            return parts.stream().map(String::toUpperCase).toList();
          });

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aThreadAloneWritesItsOwnPartAndGetsItsAnswer() {
    firstWriteMayEnd.countDown();

    assertThat(group.commit("a")).isEqualTo("A");
    assertThat(writes).containsExactly(List.of("a"));
  }

  @Test
  void whatIsHandedInDuringAWriteIsWrittenTogetherNext() throws Exception {
    CompletableFuture<String> a = commitInThread("a");
    awaitWrites(1);
    CompletableFuture<String> b = commitInThread("b");
    CompletableFuture<String> c = commitInThread("c");
    awaitWaiting(3); // the writer waits too, for the test

    firstWriteMayEnd.countDown();

    assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("B");
    assertThat(c.get(10, TimeUnit.SECONDS)).isEqualTo("C");
    assertThat(writes).hasSize(2);
    assertThat(writes.get(1)).containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void aPartThatCannotBeWrittenFailsOnlyItsOwnThread() throws Exception {
    CompletableFuture<String> a = commitInThread("a");
    awaitWrites(1);
    CompletableFuture<String> b = commitInThread("b");
    CompletableFuture<String> bad = commitInThread("bad");
    awaitWaiting(3); // the writer waits too, for the test

    firstWriteMayEnd.countDown();

    assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThat(b.get(10, TimeUnit.SECONDS)).isEqualTo("B");
    assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS))
        .hasMessageContaining("cannot write bad");
    assertThat(writes.subList(2, writes.size()))
        .containsExactlyInAnyOrder(List.of("b"), List.of("bad"));
  }

  private CompletableFuture<String> commitInThread(String part) {
    return CompletableFuture.supplyAsync(
        () -> {
          waiting.add(Thread.currentThread());
          return group.commit(part);
        },
        threads);
  }

  private void awaitWrites(int count) throws InterruptedException {
    while (writes.size() < count) {
      Thread.sleep(5);
    }
  }

  /** Until {@code count} threads wait: the writer for the test, the others (handed in) for it. */
  private void awaitWaiting(int count) throws InterruptedException {
    while (waiting.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < count) {
      Thread.sleep(5);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
