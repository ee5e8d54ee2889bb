/** The Java client that the build generates from the OpenAPI document, for GeneratedClientIT. */
package org.rohrpost.generated;
