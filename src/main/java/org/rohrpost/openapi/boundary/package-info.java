/** Serves the API's OpenAPI document that the build made. */
package org.rohrpost.openapi.boundary;
