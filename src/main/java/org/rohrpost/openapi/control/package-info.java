/** The rules that the build applies to the API's OpenAPI document. */
package org.rohrpost.openapi.control;
