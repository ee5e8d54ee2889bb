package org.rohrpost.sending.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.control.WorkerCounts;

/** Send workers of the DEDICATED class: only this server's pinned bundles, and unpinned ones. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = "rohrpost.send.DEDICATED"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
      @ActivationConfigProperty(
          propertyName = "messageSelector",
          propertyValue = SendWorker.PINNED_TO_THIS_SERVER),
      @ActivationConfigProperty(
          propertyName = "maxSessions",
          propertyValue = "${MPCONFIG=rohrpost.workers.dedicated:" + WorkerCounts.DEDICATED + "}"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${env.ROHRPOST_WORKERS_DEDICATED:" + WorkerCounts.DEDICATED + "}"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
public class DedicatedSendWorker extends SendWorker {
  @Override
  protected QueueClass queueClass() {
    return QueueClass.DEDICATED;
  }
}
