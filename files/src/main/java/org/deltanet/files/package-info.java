/**
 * File writing shared by every output of a run: {@link org.deltanet.files.AtomicFiles}
 * replaces a file in one step, so a crash never leaves a half-written model, checkpoint, chart or
 * summary under the real name.
 */
package org.deltanet.files;
