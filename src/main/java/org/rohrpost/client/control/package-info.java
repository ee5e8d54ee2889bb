/** Creating and finding clients. */
package org.rohrpost.client.control;
