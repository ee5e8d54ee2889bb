/** Clients (tenants) and the send-queue classes they are assigned. */
package org.rohrpost.client.entity;
