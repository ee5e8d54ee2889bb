package org.rohrpost.sending.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

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
      @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "4"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NormalSendWorker extends SendWorker {}
