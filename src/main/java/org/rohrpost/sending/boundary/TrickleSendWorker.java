package org.rohrpost.sending.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

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
      @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "1"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1"),
      @ActivationConfigProperty(propertyName = "maxMessagesPerSessions", propertyValue = "1")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrickleSendWorker extends SendWorker {}
