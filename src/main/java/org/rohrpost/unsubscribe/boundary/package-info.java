/** The unsubscribe link that recipients and mail providers call without credentials. */
package org.rohrpost.unsubscribe.boundary;
