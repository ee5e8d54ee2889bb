/** Users, password checks and the encryption of stored secrets. */
package org.rohrpost.security.control;
