/** The Schedule Message wizard: a Faces flow that defines a mailing step by step. */
package org.rohrpost.wizard.boundary;
