/**
 * Limits on what input may ask of this process, checked before anything is allocated or parsed:
 * sizes against the heap ({@link org.deltanet.experiment.limits.HeapLimits}) and YAML documents
 * against size, nesting and alias limits.
 */
package org.deltanet.experiment.limits;
