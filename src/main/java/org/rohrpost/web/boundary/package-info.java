/**
 * What every page shares: the values its forms post beside their components, upload limits, expired
 * forms.
 */
package org.rohrpost.web.boundary;
