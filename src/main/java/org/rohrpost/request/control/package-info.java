/** Reading a JMS request and accepting it as an ad-hoc batch, once however often it arrives. */
package org.rohrpost.request.control;
