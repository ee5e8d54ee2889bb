/** Mustache templates: compiling with clear errors, and rendering with HTML escaping. */
package org.rohrpost.template.control;
