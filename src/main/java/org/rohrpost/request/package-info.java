/** Ad-hoc requests from other applications over JMS, answered and never dropped silently. */
package org.rohrpost.request;
