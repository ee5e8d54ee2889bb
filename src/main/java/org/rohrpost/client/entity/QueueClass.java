package org.rohrpost.client.entity;

/** The send-queue classes; each has its own JMS queue and send workers. */
public enum QueueClass {
  NORMAL,
  BULK,
  TRICKLE,
  PRINTER,
  DEDICATED;

  /** Physical name of the JMS queue that feeds this class's send workers. */
  public String queueName() {
    return "rohrpost.send." + name();
  }
}
