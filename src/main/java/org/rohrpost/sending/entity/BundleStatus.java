package org.rohrpost.sending.entity;

/** A bundle is QUEUED until a worker has finished with every message in it. */
public enum BundleStatus {
  QUEUED,
  DONE
}
