/** Finding batches and the operator's controls over them (approve, pause, resume, cancel). */
package org.rohrpost.batch.control;
