/**
 * The check of permissions: on every API call, and on the pages before they offer or do a thing.
 */
package org.rohrpost.access.boundary;
