/** What every page shares: the values its forms post beside their components, expired forms. */
package org.rohrpost.web.boundary;
