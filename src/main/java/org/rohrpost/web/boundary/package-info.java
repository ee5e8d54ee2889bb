/** What every page shares: the values its forms post beside their components. */
package org.rohrpost.web.boundary;
