/**
 * A small JSON value type for bot state and engine results, with a strict RFC 8259 parser and a writer whose
 * output is byte-identical on the JVM and in TeaVM JavaScript and equal to {@code JSON.stringify}'s.
 *
 * <p>Numbers are doubles printed as ECMAScript prints them ({@link io.awstrader.engine.json.NumberText});
 * non-finite numbers are written as {@code null}, as {@code JSON.stringify} does. Objects keep insertion order.
 */
package io.awstrader.engine.json;
