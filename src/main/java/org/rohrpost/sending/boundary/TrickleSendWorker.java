package org.rohrpost.sending.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.control.WorkerCounts;

/** Send workers of the TRICKLE class. */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = "rohrpost.send.TRICKLE"),
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "activemq-rar"),
      @ActivationConfigProperty(
          propertyName = "maxSessions",
          propertyValue = "${MPCONFIG=rohrpost.workers.trickle:" + WorkerCounts.TRICKLE + "}"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${env.ROHRPOST_WORKERS_TRICKLE:" + WorkerCounts.TRICKLE + "}"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
public class TrickleSendWorker extends SendWorker {
  @Override
  protected QueueClass queueClass() {
    return QueueClass.TRICKLE;
  }
}
