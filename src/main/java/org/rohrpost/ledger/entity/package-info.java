/** Ledger rows: one message to one recipient, with its status and attempts. */
package org.rohrpost.ledger.entity;
