/** Persistence conventions shared by every entity: how instants are stored. */
package org.rohrpost.server.entity;
