/** Demo start-up and the demo mailbox resource. */
package org.rohrpost.demo.boundary;
