/** The roles and the permissions they grant: who may do what, written once. */
package org.rohrpost.access.entity;
