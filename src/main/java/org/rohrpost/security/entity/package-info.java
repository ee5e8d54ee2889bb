/** Users (with their roles) and API keys. */
package org.rohrpost.security.entity;
