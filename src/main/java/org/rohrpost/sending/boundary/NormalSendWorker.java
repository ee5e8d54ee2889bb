package org.rohrpost.sending.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.control.WorkerCounts;

/** Send workers of the NORMAL class. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = "rohrpost.send.NORMAL"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
      @ActivationConfigProperty(
          propertyName = "maxSessions",
          propertyValue = "${MPCONFIG=rohrpost.workers.normal:" + WorkerCounts.NORMAL + "}"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${env.ROHRPOST_WORKERS_NORMAL:" + WorkerCounts.NORMAL + "}"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
public class NormalSendWorker extends SendWorker {
  @Override
  protected QueueClass queueClass() {
    return QueueClass.NORMAL;
  }
}
