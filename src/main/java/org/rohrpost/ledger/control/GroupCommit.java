package org.rohrpost.ledger.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes what several threads hand in at about the same time in one transaction, and lets each
 * thread return only once its own part is committed (a group commit, as databases do with their
 * log). The first thread to find no write under way writes everything handed in so far; the others
 * wait for it, and one of them writes what came in meanwhile. Nobody waits longer than one write
 * already under way plus its own. A group that fails is written again one part at a time, so that
 * one part that cannot be written fails only its own thread.
 *
 * @param <T> what a thread hands in
 * @param <R> what it gets back once that is committed
 */
final class GroupCommit<T, R> {
  private final Function<List<T>, List<R>> write;
  private final List<Part> handedIn = new ArrayList<>();
  private boolean writing;

  /** {@code write} commits the parts given, all or none, and answers for each in their order. */
  GroupCommit(Function<List<T>, List<R>> write) {
    this.write = write;
  }

  /** Returns the answer for {@code item} once it is committed; throws what its write threw. */
  R commit(T item) {
    Part mine = new Part(item);
    synchronized (this) {
      handedIn.add(mine);
    }
    while (true) {
      List<Part> group;
      synchronized (this) {
        while (writing && !mine.done) {
          awaitWrite();
        }
        if (mine.done) {
          return mine.answer();
        }
        writing = true;
        group = new ArrayList<>(handedIn);
        handedIn.clear();
      }
      try {
        writeGroup(group);
      } finally {
        synchronized (this) {
          writing = false;
          notifyAll();
        }
      }
    }
  }

  private void writeGroup(List<Part> group) {
    try {
      answer(group, write.apply(items(group)));
    } catch (RuntimeException e) {
      if (group.size() == 1) {
        group.get(0).failed(e);
        return;
      }
      for (Part part : group) {
        try {
          answer(List.of(part), write.apply(List.of(part.item)));
        } catch (RuntimeException alone) {
          part.failed(alone);
        }
      }
    }
  }

  private void answer(List<Part> group, List<R> answers) {
    synchronized (this) {
      for (int i = 0; i < group.size(); i++) {
        group.get(i).answered(answers.get(i));
      }
    }
  }

  private List<T> items(List<Part> group) {
    List<T> items = new ArrayList<>(group.size());
    group.forEach(part -> items.add(part.item));
    return items;
  }

  private void awaitWrite() {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a commit", e);
    }
  }

  /** One thread's item and, once written, its answer or failure. Guarded by the group's lock. */
  private final class Part {
    final T item;
    boolean done;
    R answer;
    RuntimeException failure;

    Part(T item) {
      this.item = item;
    }

    void answered(R answer) {
      this.answer = answer;
      this.done = true;
    }

    void failed(RuntimeException failure) {
      synchronized (GroupCommit.this) {
        this.failure = failure;
        this.done = true;
      }
    }

    R answer() {
      if (failure != null) {
        throw failure;
      }
      return answer;
    }
  }
}
