/** The built-in {@code xor} data: the four examples of exclusive or, for smoke tests and demos. */
package org.deltanet.data.xor;
