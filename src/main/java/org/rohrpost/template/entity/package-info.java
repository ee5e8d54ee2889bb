/** What a message says: the template's parts. */
package org.rohrpost.template.entity;
