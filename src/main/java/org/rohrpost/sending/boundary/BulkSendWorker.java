package org.rohrpost.sending.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.control.WorkerCounts;

/** Send workers of the BULK class. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = "rohrpost.send.BULK"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
      @ActivationConfigProperty(
          propertyName = "maxSessions",
          propertyValue = "${MPCONFIG=rohrpost.workers.bulk:" + WorkerCounts.BULK + "}"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${env.ROHRPOST_WORKERS_BULK:" + WorkerCounts.BULK + "}"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
public class BulkSendWorker extends SendWorker {
  @Override
  protected QueueClass queueClass() {
    return QueueClass.BULK;
  }
}
