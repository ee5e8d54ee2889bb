/** Users and their roles. */
package org.rohrpost.security.entity;
