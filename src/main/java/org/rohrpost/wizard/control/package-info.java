/** Saving what the Schedule Message wizard collected, whole or not at all. */
package org.rohrpost.wizard.control;
