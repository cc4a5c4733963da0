/**
 * Files shared by every part of deltanet: {@link org.deltanet.files.AtomicFiles} replaces a file
 * in one step, so a crash never leaves a half-written model, checkpoint, chart or summary under the
 * real name; {@link org.deltanet.files.TextFiles} reads a user's text file with a size limit;
 * {@link org.deltanet.files.HeapLimits} says whether a size read from a file or a key fits the
 * heap, before anything of that size is allocated.
 */
package org.deltanet.files;
