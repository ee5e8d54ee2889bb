/** A server as the others see it. */
package org.rohrpost.cluster.entity;
