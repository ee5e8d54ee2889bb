/** Batches and their life cycle: the one state machine of DESIGN.md. */
package org.rohrpost.batch.entity;
