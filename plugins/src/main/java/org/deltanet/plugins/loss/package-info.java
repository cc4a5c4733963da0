/**
 * The built-in losses: {@code squared-error}, {@code binary-cross-entropy} and
 * {@code cross-entropy}.
 *
 * <p>Each reports J, the mean over the batch's rows of a per-example loss L, and the per-example
 * gradient dL/do (not divided by the number of rows). Each declares the shortcut delta = a - y
 * with its natural output activation ({@code identity}, {@code sigmoid}, {@code softmax}), chosen
 * by the activation's name and only when it has no parameters, with a value computed stably from
 * the net inputs where that matters. Every one passes {@code org.deltanet.testkit.LossContract}.
 */
package org.deltanet.plugins.loss;
